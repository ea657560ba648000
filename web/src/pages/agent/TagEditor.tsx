/** A conversation's tags: shown as labels, added and removed with `POST /conversations/:id/tags`. */
import { Input, Space, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { LiveConversation } from './types.js';

export interface TagEditorProps {
  readonly conversation: LiveConversation;
  readonly editable: boolean;
  readonly onChange: (conversation: LiveConversation) => void;
  readonly onError: (error: unknown) => void;
}

export function TagEditor({ conversation, editable, onChange, onError }: TagEditorProps): ReactNode {
  const { t } = useTranslation('agent');
  const [draft, setDraft] = useState('');
  const change = (body: { add?: string[]; remove?: string[] }): void => {
    api<LiveConversation>(`/conversations/${encodeURIComponent(conversation.conversationId)}/tags`, { body }).then(
      onChange,
      onError,
    );
  };
  return (
    <Space wrap size={4} data-testid="conversation-tags">
      {conversation.labels.map((label) => (
        <Tag
          key={label}
          data-testid={`tag-${label}`}
          closable={editable}
          onClose={(event) => {
            event.preventDefault();
            change({ remove: [label] });
          }}
        >
          {label}
        </Tag>
      ))}
      {editable ? (
        <Input
          size="small"
          data-testid="tag-input"
          style={{ width: 120 }}
          value={draft}
          maxLength={64}
          placeholder={t('addTag')}
          aria-label={t('addTag')}
          onChange={(event) => {
            setDraft(event.target.value.replace(/,/g, ''));
          }}
          onPressEnter={() => {
            const label = draft.trim();
            if (label === '') return;
            setDraft('');
            change({ add: [label] });
          }}
        />
      ) : null}
    </Space>
  );
}
