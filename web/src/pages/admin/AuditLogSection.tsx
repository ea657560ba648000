/**
 * The audit log: every configuration change, newest first, a page at a time, filtered by event
 * type; each row opens to the whole event (secrets redacted by the server).
 */
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from './formatInstant.js';
import { rowTestId } from './rowTestId.js';
import { Section } from './Section.js';
import type { AuditEntry } from './types.js';
import { useResource } from './useResource.js';

/** The event types the server audits (src/store/sql/projector.ts). */
export const auditTypes = [
  'TenantConfigured',
  'DepartmentSaved',
  'SkillGroupSaved',
  'DepartmentRemoved',
  'SkillGroupRemoved',
  'AgentSaved',
  'RoutingRulesSaved',
  'PasswordSet',
  'ApiKeyIssued',
  'ApiKeyRevoked',
  'WidgetSecretSet',
  'AgentSessionsEnded',
  'AgentDisabled',
  'AgentEnabled',
  'AgentRemoved',
  'AgentLoginLocked',
  'WebhookSaved',
  'WebhookSecretSet',
  'WebhookRemoved',
] as const;

const pageSize = 20;

export function AuditLogSection(): ReactNode {
  const { t, i18n } = useTranslation('admin');
  const [type, setType] = useState<string | null>(null);
  /** Cursors of the pages before this one and of this one (null: the newest page). */
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = useResource<{ items: readonly AuditEntry[]; next: string | null }>('/audit-log', {
    limit: pageSize,
    type: type ?? undefined,
    cursor: cursor ?? undefined,
  });
  const next = page.data?.next ?? null;

  return (
    <Section
      testId="admin-audit"
      title={t('menu_audit')}
      actions={
        <Button size="small" data-testid="audit-refresh" onClick={page.reload}>
          {t('refresh')}
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>{t('auditType')}</Typography.Text>
        <div data-testid="audit-type">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 240 }}
            placeholder={t('auditAllTypes')}
            value={type}
            onChange={(value: string | undefined) => {
              setType(value ?? null);
              setCursors([null]);
            }}
            options={auditTypes.map((value) => ({ value, label: t(`audit_${value}`) }))}
          />
        </div>
      </Space>
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        loading={page.loading}
        dataSource={[...(page.data?.items ?? [])]}
        pagination={false}
        onRow={(entry) => rowTestId(`audit-row-${entry.type}`)}
        expandable={{
          expandedRowRender: (entry) => (
            <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto' }}>{JSON.stringify(entry.data, null, 2)}</pre>
          ),
        }}
        columns={[
          { title: t('seq'), dataIndex: 'seq', width: 80 },
          { title: t('at'), dataIndex: 'at', render: (at: string) => formatInstant(at, i18n.language) },
          {
            title: t('auditType'),
            dataIndex: 'type',
            render: (value: string) => <Tag>{t(`audit_${value}`, { defaultValue: value })}</Tag>,
          },
          { title: t('subject'), dataIndex: 'subjectId', render: (id: string | null) => id ?? '—' },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button
          data-testid="audit-newer"
          disabled={cursors.length <= 1}
          onClick={() => {
            setCursors(cursors.slice(0, -1));
          }}
        >
          {t('newer')}
        </Button>
        <Button
          data-testid="audit-older"
          disabled={next === null}
          onClick={() => {
            if (next !== null) setCursors([...cursors, next]);
          }}
        >
          {t('older')}
        </Button>
      </Space>
    </Section>
  );
}
