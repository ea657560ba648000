/**
 * Writing to the customer or an internal note. Every send carries a client message id made once per
 * message, so a retry after a lost answer is not posted twice (docs/realtime.md, idempotent sends).
 * Quick replies fill the box (buttons, or `/` search: CannedReplyPicker.tsx) with their variables
 * filled; Enter sends, Shift+Enter starts a new line. The text being written is
 * the workspace's (a draft per conversation), so it survives switching conversations and a
 * conversation taken away keeps its unsent text. Pictures and files go through the picker or a paste
 * (ChatAttachments.tsx), only while writing to the customer.
 */
import { Button, Input, Space, Switch, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea.js';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RealtimeFailure, type Realtime } from '../../api/realtime.js';
import { pastedFiles } from '../../components/useFileDrop.js';
import type { Uploads } from '../../components/useUploads.js';
import { AttachButton, UploadStatus } from './ChatAttachments.js';
import { CannedReplyPicker, useReplyPicker } from './CannedReplyPicker.js';
import { fillVariables, suits, type ReplyVariables } from './quickReplyText.js';
import type { QuickReply } from './types.js';
import { useTypingSignal } from './useTypingSignal.js';

export interface ComposerProps {
  readonly realtime: Realtime | null;
  readonly conversationId: string;
  /** Only the owner writes publicly; others in the conversation write internal notes. */
  readonly mayWritePublicly: boolean;
  readonly quickReplies: readonly QuickReply[];
  /** What quick replies' variables are filled with. */
  readonly variables: ReplyVariables;
  /** The conversation's language (else the UI's): its quick replies come first in the `/` search. */
  readonly language: string;
  /** This conversation's unsent text. */
  readonly draft: string;
  readonly onDraftChange: (text: string) => void;
  readonly onError: (error: unknown) => void;
  /** Pictures and files being sent; absent: no attachments here. */
  readonly uploads?: Uploads;
  /** Told whether files may be sent now (writing publicly), for the panel's drop zone. */
  readonly onAttachable?: (attachable: boolean) => void;
}

/** Sends once, and once more with the same id if the first answer never came. */
async function send(realtime: Realtime, payload: object): Promise<void> {
  try {
    await realtime.request('message.send', payload);
  } catch (error) {
    if (error instanceof RealtimeFailure) throw error;
    await realtime.request('message.send', payload);
  }
}

export function Composer({
  realtime,
  conversationId,
  mayWritePublicly,
  quickReplies,
  variables,
  language,
  draft: text,
  onDraftChange: setText,
  onError,
  uploads,
  onAttachable,
}: ComposerProps): ReactNode {
  const { t } = useTranslation('agent');
  const [noteMode, setNoteMode] = useState(false);
  const [sending, setSending] = useState(false);
  const internal = noteMode || !mayWritePublicly;
  useTypingSignal(realtime, conversationId, text, !internal);
  useEffect(() => {
    onAttachable?.(!internal);
  }, [internal, onAttachable]);
  const box = useRef<TextAreaRef>(null);
  // The buttons offer the team's replies that suit the conversation's language; `/` searches them all.
  const buttons = quickReplies.filter((reply) => suits(reply, language));
  const picker = useReplyPicker({
    text,
    setText,
    tenantReplies: quickReplies,
    language,
    variables,
    placeCaret: (caret) => {
      requestAnimationFrame(() => box.current?.resizableTextArea?.textArea.setSelectionRange(caret, caret));
    },
  });
  const submit = (): void => {
    const body = text.trim();
    if (realtime === null || body === '' || sending) return;
    setSending(true);
    const payload = {
      conversationId,
      messageId: crypto.randomUUID(),
      text: body,
      visibility: internal ? 'internal' : 'public',
    };
    send(realtime, payload)
      .then(() => {
        setText('');
      }, onError)
      .finally(() => {
        setSending(false);
      });
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      {buttons.length === 0 ? null : (
        <Space wrap size={4} data-testid="quick-replies">
          <Typography.Text type="secondary">{t('quickReplies')}:</Typography.Text>
          {buttons.map((reply) => (
            <Tooltip key={reply.id} title={reply.text}>
              <Button
                size="small"
                data-testid={`quick-reply-${reply.id}`}
                onClick={() => {
                  const filled = fillVariables(reply.text, variables);
                  setText(text.trim() === '' ? filled : `${text} ${filled}`);
                }}
              >
                {reply.title}
              </Button>
            </Tooltip>
          ))}
        </Space>
      )}
      {uploads === undefined ? null : <UploadStatus uploads={uploads} />}
      <CannedReplyPicker picker={picker} />
      <Input.TextArea
        ref={box}
        data-testid="chat-input"
        {...picker.inputProps}
        value={text}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={10_000}
        placeholder={internal ? t('notePlaceholder') : t('messagePlaceholder')}
        aria-label={internal ? t('notePlaceholder') : t('messagePlaceholder')}
        style={internal ? { background: '#fff7e6' } : undefined}
        onChange={(event) => {
          setText(event.target.value);
          picker.onCaret(event.target.selectionStart);
        }}
        onPaste={(event) => {
          if (uploads === undefined || internal) return;
          const files = pastedFiles(event);
          if (files.length > 0) uploads.send(files);
        }}
        onSelect={(event) => {
          picker.onCaret(event.currentTarget.selectionStart);
        }}
        onKeyDown={(event) => {
          if (picker.onKeyDown(event)) return;
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space size={4}>
          <Switch
            size="small"
            aria-label={t('internalNote')}
            data-testid="note-toggle"
            checked={internal}
            disabled={!mayWritePublicly}
            onChange={setNoteMode}
          />
          <Typography.Text>{t('internalNote')}</Typography.Text>
          {uploads === undefined ? null : <AttachButton onFiles={uploads.send} disabled={internal} />}
        </Space>
        <Button type="primary" data-testid="chat-send" loading={sending} disabled={text.trim() === ''} onClick={submit}>
          {internal ? t('addNote') : t('send')}
        </Button>
      </Space>
    </div>
  );
}
