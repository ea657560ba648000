/**
 * The transfer note: a template (the tenant's, DESIGN.md §5) whose fields it pre-fills from the
 * conversation — the customer's latest words as the problem, their profile as their situation, an
 * urgency from the template's category —, the required note text, a reason category and tags.
 */
import { Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile, TimelineEntry, TransferTemplate } from './types.js';

export interface NoteDraft {
  readonly templateId: string | null;
  readonly fields: Readonly<Record<string, string>>;
  readonly text: string;
  readonly reason: string | null;
  readonly tags: readonly string[];
}

export const emptyNote: NoteDraft = { templateId: null, fields: {}, text: '', reason: null, tags: [] };

/** Reason categories, stored by key so reports group them whatever the agent's language. */
export const reasonKeys = ['skill', 'escalation', 'language', 'workload', 'vip', 'complaint', 'other'] as const;

/** The customer's latest public messages since an agent last answered, joined: what they asked. */
export function noteProblem(timeline: readonly TimelineEntry[]): string {
  const asked: string[] = [];
  for (let index = timeline.length - 1; index >= 0; index -= 1) {
    const entry = timeline[index];
    if (entry === undefined || entry.visibility !== 'public' || entry.kind !== 'text') continue;
    if (entry.authorKind !== 'customer') {
      if (asked.length > 0) break;
      continue;
    }
    asked.unshift(entry.text);
  }
  return asked.join(' ').slice(0, 2000);
}

export interface TransferNoteFormProps {
  readonly note: NoteDraft;
  readonly templates: readonly TransferTemplate[];
  readonly context: {
    readonly problem: string;
    readonly customer: CustomerProfile | null;
    /** The conversation's language, when the profile has none. */
    readonly language: string | null;
  };
  readonly onChange: (note: NoteDraft) => void;
}

export function TransferNoteForm({ note, templates, context, onChange }: TransferNoteFormProps): ReactNode {
  const { t } = useTranslation('agent');
  const template = templates.find((candidate) => candidate.id === note.templateId) ?? null;

  const prefill = (templateId: string | null): void => {
    const chosen = templates.find((candidate) => candidate.id === templateId);
    if (chosen === undefined) {
      onChange({ ...note, templateId: null, fields: {} });
      return;
    }
    const { customer, problem } = context;
    const situation = [
      customer !== null && customer.vipLevel > 0 ? `VIP ${customer.vipLevel}` : null,
      customer?.language ?? context.language,
      customer !== null && customer.labels.length > 0 ? customer.labels.join(', ') : null,
    ]
      .filter((part) => part !== null)
      .join(' · ');
    const urgent = chosen.category === 'complaint' || chosen.category === 'vip';
    const suggested: Record<string, string> = {
      problem,
      customer: situation,
      urgency: urgent ? t('urgencyHigh') : t('urgencyNormal'),
    };
    const fields = Object.fromEntries(
      chosen.fields.map((field) => [field.key, note.fields[field.key] ?? suggested[field.key] ?? '']),
    );
    const text = note.text.trim() === '' ? `${chosen.name}: ${problem}`.slice(0, 4000) : note.text;
    onChange({ ...note, templateId: chosen.id, fields, text });
  };

  return (
    <Form layout="vertical" data-testid="transfer-note-form">
      <Form.Item label={t('template')} style={{ marginBottom: 8 }}>
        <Select
          data-testid="transfer-template"
          allowClear
          placeholder={t('chooseTemplate')}
          aria-label={t('chooseTemplate')}
          value={note.templateId}
          options={templates.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          onChange={(value: string | null | undefined) => {
            prefill(value ?? null);
          }}
        />
      </Form.Item>
      {template?.fields.map((field) => (
        <Form.Item key={field.key} label={field.label} required={field.required} style={{ marginBottom: 8 }}>
          <Input
            data-testid={`transfer-field-${field.key}`}
            maxLength={2000}
            value={note.fields[field.key] ?? ''}
            onChange={(event) => {
              onChange({ ...note, fields: { ...note.fields, [field.key]: event.target.value } });
            }}
          />
        </Form.Item>
      ))}
      <Form.Item label={t('note')} required style={{ marginBottom: 8 }}>
        <Input.TextArea
          data-testid="transfer-note"
          maxLength={4000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={note.text}
          placeholder={t('notePlaceholderTransfer')}
          aria-label={t('notePlaceholderTransfer')}
          onChange={(event) => {
            onChange({ ...note, text: event.target.value });
          }}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item label={t('reason')} style={{ flex: 1, marginBottom: 0 }}>
          <Select
            data-testid="transfer-reason"
            allowClear
            value={note.reason}
            options={reasonKeys.map((key) => ({ value: key, label: t(`reason_${key}`) }))}
            onChange={(value: string | null | undefined) => {
              onChange({ ...note, reason: value ?? null });
            }}
          />
        </Form.Item>
        <Form.Item label={t('tags')} style={{ flex: 2, marginBottom: 0 }}>
          <Select
            data-testid="transfer-tags"
            mode="tags"
            value={[...note.tags]}
            maxCount={16}
            tokenSeparators={[',']}
            onChange={(tags: string[]) => {
              onChange({ ...note, tags: tags.map((tag) => tag.slice(0, 64)) });
            }}
          />
        </Form.Item>
      </div>
    </Form>
  );
}
