/**
 * A library of quick replies to edit: a table (shortcut, title, language, text) with add, edit and
 * remove; every change saves the whole list at once through `onSave`. Used by the admin console for
 * the tenant's shared replies and by the agent workspace for an agent's personal ones.
 *
 * `data-testid`s (with the given `testId` prefix): `<p>-add`, rows `<p>-row-<id>`, `<p>-edit-<id>`,
 * `<p>-remove-<id>`; the form: `quick-reply-form`, `quick-reply-shortcut`, `quick-reply-title`,
 * `quick-reply-language`, `quick-reply-text`, `quick-reply-save`.
 */
import { Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuickReply } from '../pages/agent/types.js';

interface Values {
  readonly shortcut?: string;
  readonly title: string;
  readonly language: string;
  readonly text: string;
}

/** The same limits as the server's (src/domain/quick-reply.ts). */
const limits = { shortcut: 32, title: 100, text: 2000 } as const;
const ANY = 'any';

function toReply(id: string, values: Values): QuickReply {
  const shortcut = values.shortcut?.trim().replace(/^\//, '') ?? '';
  return {
    id,
    title: values.title.trim(),
    text: values.text.trim(),
    ...(shortcut === '' ? {} : { shortcut }),
    ...(values.language === ANY ? {} : { language: values.language }),
  };
}

function ReplyForm(props: {
  readonly reply: QuickReply | null;
  readonly busy: boolean;
  readonly onSubmit: (values: Values) => void;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useTranslation('canned');
  const [form] = Form.useForm<Values>();
  const initial: Values = {
    shortcut: props.reply?.shortcut ?? '',
    title: props.reply?.title ?? '',
    language: props.reply?.language ?? ANY,
    text: props.reply?.text ?? '',
  };
  return (
    <Modal
      open
      title={props.reply === null ? t('newReply') : t('editReply', { title: props.reply.title })}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: props.busy, 'data-testid': 'quick-reply-save' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={props.onSubmit}
        data-testid="quick-reply-form"
      >
        <Space align="start" wrap>
          <Form.Item
            name="shortcut"
            label={t('shortcut')}
            tooltip={t('shortcutHelp')}
            rules={[{ max: limits.shortcut }, { pattern: /^\/?[^\s/{}]*$/u, message: t('shortcutInvalid') }]}
          >
            <Input data-testid="quick-reply-shortcut" prefix="/" aria-label={t('shortcut')} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('replyTitle')}
            rules={[{ required: true, whitespace: true, max: limits.title }]}
          >
            <Input data-testid="quick-reply-title" aria-label={t('replyTitle')} />
          </Form.Item>
          <Form.Item name="language" label={t('language')}>
            <Select
              data-testid="quick-reply-language"
              aria-label={t('language')}
              style={{ width: 140 }}
              options={[
                { value: ANY, label: t('anyLanguage') },
                { value: 'zh-CN', label: t('language_zh-CN') },
                { value: 'en-US', label: t('language_en-US') },
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="text"
          label={t('replyText')}
          extra={t('variablesHelp')}
          rules={[{ required: true, whitespace: true, max: limits.text }]}
        >
          <Input.TextArea
            data-testid="quick-reply-text"
            aria-label={t('replyText')}
            autoSize={{ minRows: 3, maxRows: 8 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function QuickReplyEditor(props: {
  readonly replies: readonly QuickReply[];
  /** Saves the whole list; rejects (after showing why) when the server refuses it. */
  readonly onSave: (replies: readonly QuickReply[]) => Promise<void>;
  readonly maxItems: number;
  readonly testId: string;
}): ReactNode {
  const { t } = useTranslation('canned');
  const [editing, setEditing] = useState<QuickReply | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const { replies, testId } = props;
  const save = async (next: readonly QuickReply[]): Promise<boolean> => {
    setBusy(true);
    try {
      await props.onSave(next);
      return true;
    } catch {
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('count', { count: replies.length, max: props.maxItems })}</Typography.Text>
        <Button
          type="primary"
          data-testid={`${testId}-add`}
          disabled={replies.length >= props.maxItems}
          onClick={() => {
            setEditing('new');
          }}
        >
          {t('add')}
        </Button>
      </Space>
      <Table<QuickReply>
        size="small"
        rowKey="id"
        pagination={replies.length > 20 ? { pageSize: 20 } : false}
        dataSource={[...replies]}
        onRow={(reply) => ({ 'data-testid': `${testId}-row-${reply.id}` }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('empty') }}
        columns={[
          {
            title: t('shortcut'),
            dataIndex: 'shortcut',
            width: 140,
            render: (shortcut?: string) =>
              shortcut === undefined ? '—' : <Typography.Text code>/{shortcut}</Typography.Text>,
          },
          { title: t('replyTitle'), dataIndex: 'title', width: 160 },
          {
            title: t('language'),
            dataIndex: 'language',
            width: 110,
            render: (language?: string) => (
              <Tag>
                {language === undefined ? t('anyLanguage') : t(`language_${language}`, { defaultValue: language })}
              </Tag>
            ),
          },
          { title: t('replyText'), dataIndex: 'text', ellipsis: true },
          {
            title: t('actions'),
            width: 150,
            render: (_: unknown, reply: QuickReply) => (
              <Space size={4}>
                <Button
                  size="small"
                  data-testid={`${testId}-edit-${reply.id}`}
                  onClick={() => {
                    setEditing(reply);
                  }}
                >
                  {t('edit')}
                </Button>
                <Popconfirm
                  title={t('removeConfirm', { title: reply.title })}
                  okText={t('remove')}
                  cancelText={t('cancel')}
                  okButtonProps={{ 'data-testid': `${testId}-remove-confirm` }}
                  onConfirm={() => {
                    void save(replies.filter((other) => other.id !== reply.id));
                  }}
                >
                  <Button size="small" danger data-testid={`${testId}-remove-${reply.id}`}>
                    {t('remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing === null ? null : (
        <ReplyForm
          reply={editing === 'new' ? null : editing}
          busy={busy}
          onClose={() => {
            setEditing(null);
          }}
          onSubmit={(values) => {
            const id = editing === 'new' ? `r-${crypto.randomUUID().slice(0, 8)}` : editing.id;
            const reply = toReply(id, values);
            const next =
              editing === 'new' ? [...replies, reply] : replies.map((other) => (other.id === id ? reply : other));
            void save(next).then((saved) => {
              if (saved) setEditing(null);
            });
          }}
        />
      )}
    </Space>
  );
}
