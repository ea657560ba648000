/**
 * The transfer dialog (DESIGN.md §5): to a recommended colleague (ranked by score, with status,
 * load, skills and department; filtered by department, skill and status; searched by name) or to a
 * skill group, with the required note — a template pre-fills its fields from the conversation —, a
 * reason category and tags. Sent as `transfer.request` with a client transfer id.
 */
import { Alert, Form, Input, Modal, Segmented, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState, type HTMLAttributes, type ReactNode } from 'react';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { Realtime } from '../../api/realtime.js';
import { TransferNoteForm, emptyNote, noteProblem, type NoteDraft } from './TransferNoteForm.js';
import type { Directory } from './useDirectory.js';
import type { CustomerProfile, LiveConversation, Recommendation, TimelineEntry } from './types.js';

export interface TransferDialogProps {
  readonly open: boolean;
  readonly conversation: LiveConversation;
  readonly timeline: readonly TimelineEntry[];
  readonly realtime: Realtime | null;
  readonly directory: Directory;
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
}

interface Filters {
  readonly departmentId?: string;
  readonly groupId?: string;
  readonly status?: 'available' | 'busy';
  readonly q: string;
}

/** An online colleague the server did not offer, and why (issue 17). */
interface NotOffered {
  readonly agentId: string;
  readonly name: string;
  readonly level: number;
  readonly reason: string;
}

interface Candidates {
  readonly items: Recommendation[];
  /** Absent from servers older than issue 17. */
  readonly notOffered?: NotOffered[];
}

function useRecommendations(conversationId: string, open: boolean, filters: Filters): Candidates | null {
  const [items, setItems] = useState<Candidates | null>(null);
  const { departmentId, groupId, status, q } = filters;
  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    // Typing in the search box waits for a pause before asking.
    const timer = setTimeout(() => {
      api<Candidates>(`/conversations/${encodeURIComponent(conversationId)}/recommendations`, {
        query: { departmentId, groupId, status, q: q.trim() === '' ? undefined : q.trim() },
        signal: controller.signal,
      }).then(
        (answer) => {
          setItems({ items: answer.items, notOffered: answer.notOffered ?? [] });
        },
        () => {
          // Aborted by newer filters: their answer replaces this one.
        },
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [conversationId, open, departmentId, groupId, status, q]);
  return items;
}

export function TransferDialog(props: TransferDialogProps): ReactNode {
  const { t } = useTranslation('agent');
  const { t: td } = useTranslation('desk');
  const label = useCustomerLabel();
  const { conversation, directory } = props;
  const [kind, setKind] = useState<'agent' | 'group'>('agent');
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const [agentId, setAgentId] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [note, setNote] = useState<NoteDraft>(emptyNote);
  const [customer, setCustomer] = useState<CustomerProfile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = useRecommendations(conversation.conversationId, props.open, filters);
  const recommendations = candidates?.items ?? null;

  useEffect(() => {
    if (!props.open) return undefined;
    setAgentId(null);
    setGroupId(null);
    setNote(emptyNote);
    setProblem(null);
    const controller = new AbortController();
    api<CustomerProfile>(`/customers/${encodeURIComponent(conversation.customerId)}`, {
      signal: controller.signal,
    }).then(setCustomer, () => {
      setCustomer(null);
    });
    return () => {
      controller.abort();
    };
  }, [props.open, conversation.customerId]);

  const template = directory.templates.find((candidate) => candidate.id === note.templateId) ?? null;
  const missing = template?.fields.filter((field) => field.required && (note.fields[field.key] ?? '').trim() === '');
  const target = kind === 'agent' ? agentId : groupId;
  const ready = target !== null && note.text.trim() !== '' && (missing?.length ?? 0) === 0;

  const submit = (): void => {
    if (props.realtime === null || target === null) return;
    if (!ready) {
      setProblem(t('transferIncomplete'));
      return;
    }
    setBusy(true);
    props.realtime
      .request('transfer.request', {
        transferId: crypto.randomUUID(),
        conversationId: conversation.conversationId,
        target: kind === 'agent' ? { kind: 'agent', agentId: target } : { kind: 'group', groupId: target },
        note: {
          text: note.text.trim(),
          ...(note.templateId === null ? {} : { templateId: note.templateId, fields: note.fields }),
          ...(note.reason === null ? {} : { reason: note.reason }),
          ...(note.tags.length === 0 ? {} : { tags: note.tags }),
        },
      })
      .then(props.onClose, (error: unknown) => {
        props.onError(error);
      })
      .finally(() => {
        setBusy(false);
      });
  };

  const columns = [
    { title: t('agentName'), dataIndex: 'name', key: 'name' },
    { title: t('score'), key: 'score', render: (r: Recommendation) => r.score.toFixed(2) },
    {
      title: t('status'),
      key: 'status',
      render: (r: Recommendation) => (
        <Tag color={r.status === 'available' ? 'green' : 'orange'}>{t(`status_${r.status}`, { ns: 'common' })}</Tag>
      ),
    },
    { title: t('loadColumn'), key: 'load', render: (r: Recommendation) => `${r.load}/${r.maxConcurrent}` },
    {
      title: t('skills'),
      key: 'skills',
      render: (r: Recommendation) => (
        <Space wrap size={2}>
          {r.skills.map((skill) => (
            <Tag key={skill.groupId}>
              {directory.groupName(skill.groupId)} · {t(`tier_${skill.tier}`, { defaultValue: skill.tier })} ·{' '}
              {skill.ability}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('department'),
      key: 'department',
      render: (r: Recommendation) =>
        directory.departments.find((department) => department.id === r.departmentId)?.name ?? '—',
    },
  ];

  return (
    <Modal
      open={props.open}
      width={980}
      title={t('transferTitle', { customer: label(conversation) })}
      okText={t('transferSubmit')}
      cancelText={t('cancel', { ns: 'common' })}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'transfer-submit', disabled: !ready }}
      onOk={submit}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <div data-testid="transfer-dialog" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <Segmented<'agent' | 'group'>
          data-testid="transfer-kind"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'agent', label: t('toAgent') },
            { value: 'group', label: t('toGroup') },
          ]}
        />
        {kind === 'agent' ? (
          <>
            <Space wrap>
              <Input.Search
                data-testid="transfer-search"
                allowClear
                placeholder={t('searchByName')}
                aria-label={t('searchByName')}
                style={{ width: 200 }}
                value={filters.q}
                onChange={(event) => {
                  setFilters({ ...filters, q: event.target.value });
                }}
              />
              <Select
                data-testid="transfer-filter-department"
                allowClear
                placeholder={t('department')}
                aria-label={t('department')}
                style={{ width: 200 }}
                value={filters.departmentId ?? null}
                options={directory.departments.map((d) => ({ value: d.id, label: d.name }))}
                onChange={(value: string | null | undefined) => {
                  setFilters({ ...filters, departmentId: value ?? undefined });
                }}
              />
              <Select
                data-testid="transfer-filter-skill"
                allowClear
                placeholder={t('skill')}
                aria-label={t('skill')}
                style={{ width: 200 }}
                value={filters.groupId ?? null}
                options={directory.groups.map((g) => ({ value: g.id, label: g.name }))}
                onChange={(value: string | null | undefined) => {
                  setFilters({ ...filters, groupId: value ?? undefined });
                }}
              />
              <Select
                data-testid="transfer-filter-status"
                allowClear
                placeholder={t('status')}
                aria-label={t('status')}
                style={{ width: 140 }}
                value={filters.status ?? null}
                options={(['available', 'busy'] as const).map((s) => ({
                  value: s,
                  label: t(`status_${s}`, { ns: 'common' }),
                }))}
                onChange={(value: 'available' | 'busy' | null | undefined) => {
                  setFilters({ ...filters, status: value ?? undefined });
                }}
              />
            </Space>
            <Table<Recommendation>
              data-testid="recommendations"
              size="small"
              rowKey="agentId"
              pagination={false}
              loading={recommendations === null}
              dataSource={recommendations ?? []}
              columns={columns}
              locale={{
                emptyText: (candidates?.notOffered?.length ?? 0) > 0 ? td('noCandidatesButSome') : t('noCandidates'),
              }}
              rowSelection={{
                type: 'radio',
                selectedRowKeys: agentId === null ? [] : [agentId],
                onChange: (keys) => {
                  setAgentId(keys[0] === undefined ? null : String(keys[0]));
                },
              }}
              onRow={(row) =>
                ({
                  'data-testid': `recommendation-${row.agentId}`,
                  style: { cursor: 'pointer' },
                  onClick: () => {
                    setAgentId(row.agentId);
                  },
                }) as HTMLAttributes<HTMLElement>
              }
            />
            {candidates?.notOffered === undefined || candidates.notOffered.length === 0 ? null : (
              <Alert
                type="info"
                data-testid="not-offered"
                title={td('notOfferedTitle')}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {candidates.notOffered.map((colleague) => (
                      <li key={colleague.agentId} data-testid={`not-offered-${colleague.agentId}`}>
                        {td('notOfferedLine', {
                          name: colleague.name,
                          reason: td(`notOffered_${colleague.reason}`, {
                            level: colleague.level,
                            defaultValue: colleague.reason,
                          }),
                        })}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
          </>
        ) : (
          <Form.Item label={t('targetGroup')} style={{ marginBottom: 0 }}>
            <Select
              data-testid="transfer-group"
              style={{ width: 320 }}
              value={groupId}
              options={directory.groups.map((g) => ({ value: g.id, label: g.name }))}
              onChange={setGroupId}
            />
          </Form.Item>
        )}
        <TransferNoteForm
          note={note}
          templates={directory.templates}
          context={{ problem: noteProblem(props.timeline), customer, language: conversation.language }}
          onChange={setNote}
        />
        {problem === null ? null : <Alert type="warning" showIcon title={problem} />}
      </div>
    </Modal>
  );
}
