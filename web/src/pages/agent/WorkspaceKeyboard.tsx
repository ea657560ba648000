/**
 * The workspace's keyboard workflow and the agent's own quick replies (issue 17): the shortcuts
 * (useShortcuts.ts), a help panel listing them — opened with `?`, Alt+/ or its button — and the
 * dialog where an agent manages their personal quick replies. Rendered in the workspace's header.
 *
 * `data-testid`s: `shortcuts-button`, `shortcuts-help` (rows `shortcut-<action>`),
 * `my-replies-button`, `my-replies-dialog` (the editor's ids with the prefix `my-replies`).
 */
import { App, Button, Modal, Space, Table, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/http.js';
import { QuickReplyEditor } from '../../components/QuickReplyEditor.js';
import { usePersonalReplies } from './usePersonalReplies.js';
import { focusComposer, listedConversations, shortcutList, stepThrough, useShortcuts } from './useShortcuts.js';

/** As many as the server keeps per agent (src/domain/quick-reply.ts). */
const MAX_PERSONAL_REPLIES = 50;

const Keys = ({ keys }: { readonly keys: readonly string[] }): ReactNode => (
  <Space size={2}>
    {keys.map((key, index) => (
      <span key={key}>
        {index === 0 ? null : '+'}
        <kbd style={{ border: '1px solid #d9d9d9', borderRadius: 4, padding: '0 6px', background: '#fafafa' }}>
          {key}
        </kbd>
      </span>
    ))}
  </Space>
);

export function WorkspaceKeyboard(props: {
  readonly selectedId: string | null;
  readonly onSelect: (conversationId: string) => void;
  /** Asks the chat to open its close dialog; called only while the selected conversation may be closed. */
  readonly onClose: () => void;
  readonly mayClose: boolean;
}): ReactNode {
  const { t } = useTranslation('canned');
  const [help, setHelp] = useState(false);
  const [mine, setMine] = useState(false);
  const personal = usePersonalReplies();
  const { message } = App.useApp();

  // Esc closes the help wherever the focus is (it may open from the keyboard with the focus outside it).
  useEffect(() => {
    if (!help) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setHelp(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [help]);

  useShortcuts((action) => {
    if (action === 'help') setHelp((open) => !open);
    else if (action === 'focusComposer') focusComposer();
    else if (action === 'close') {
      if (props.mayClose) props.onClose();
    } else {
      const next = stepThrough(listedConversations(), props.selectedId, action === 'next' ? 1 : -1);
      if (next === null) return;
      const writing = document.activeElement?.getAttribute('data-testid') === 'chat-input';
      props.onSelect(next);
      // Moving on from the reply box lands in the next conversation's reply box.
      if (writing) requestAnimationFrame(focusComposer);
    }
  });

  return (
    <>
      <Tooltip title={t('shortcutsTooltip')}>
        <Button
          data-testid="shortcuts-button"
          aria-label={t('shortcutsTooltip')}
          aria-haspopup="dialog"
          onClick={() => {
            setHelp(true);
          }}
        >
          ⌨ ?
        </Button>
      </Tooltip>
      <Button
        data-testid="my-replies-button"
        aria-haspopup="dialog"
        onClick={() => {
          setMine(true);
        }}
      >
        {t('myReplies')}
      </Button>
      <Modal
        open={help}
        title={t('shortcutsTitle')}
        footer={null}
        onCancel={() => {
          setHelp(false);
        }}
      >
        <Table
          data-testid="shortcuts-help"
          size="small"
          pagination={false}
          rowKey="action"
          dataSource={[...shortcutList]}
          onRow={(row) => ({ 'data-testid': `shortcut-${row.action}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('keys'),
              dataIndex: 'keys',
              width: 160,
              render: (keys: readonly string[]) => <Keys keys={keys} />,
            },
            { title: t('action'), dataIndex: 'action', render: (action: string) => t(`shortcut_${action}`) },
          ]}
        />
      </Modal>
      <Modal
        open={mine}
        width={900}
        title={t('myRepliesTitle')}
        footer={null}
        onCancel={() => {
          setMine(false);
        }}
      >
        <div data-testid="my-replies-dialog">
          <QuickReplyEditor
            replies={personal.replies}
            maxItems={MAX_PERSONAL_REPLIES}
            testId="my-replies"
            onSave={async (next) => {
              try {
                await personal.save(next);
                void message.success(t('saved'));
              } catch (error) {
                const code = error instanceof ApiFailure ? error.code : null;
                void message.error(
                  code === null
                    ? t('error', { ns: 'common' })
                    : t(`error_${code}`, { defaultValue: t('error', { ns: 'common' }) }),
                );
                throw error;
              }
            }}
          />
        </div>
      </Modal>
    </>
  );
}
