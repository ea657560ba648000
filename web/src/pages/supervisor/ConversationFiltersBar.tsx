/** The conversation list's filters: statuses, skill group, owner and channel. */
import { Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationFilters } from './useConversations.js';
import { conversationStatuses, type AgentFigures, type SkillGroup } from './wallboard-types.js';

export interface ConversationFiltersBarProps {
  readonly filters: ConversationFilters;
  readonly onChange: (filters: ConversationFilters) => void;
  readonly groups: readonly SkillGroup[];
  readonly agents: readonly AgentFigures[];
}

export function ConversationFiltersBar({ filters, onChange, groups, agents }: ConversationFiltersBarProps): ReactNode {
  const { t } = useTranslation('supervisor');
  const without = (key: 'groupId' | 'ownerId' | 'channel', value: string | undefined): ConversationFilters => {
    const next = { ...filters };
    switch (key) {
      case 'groupId':
        delete next.groupId;
        break;
      case 'ownerId':
        delete next.ownerId;
        break;
      case 'channel':
        delete next.channel;
        break;
    }
    return value === undefined ? next : { ...next, [key]: value };
  };
  return (
    <Space wrap data-testid="conversation-filters">
      <span data-testid="filter-status">
        <Select<string[]>
          mode="multiple"
          allowClear
          style={{ minWidth: 260 }}
          placeholder={t('filterStatus')}
          aria-label={t('filterStatus')}
          value={[...filters.status]}
          onChange={(status) => {
            onChange({ ...filters, status });
          }}
          options={conversationStatuses.map((status) => ({
            value: status,
            label: <span data-testid={`filter-status-${status}`}>{t(`conv_${status}`)}</span>,
          }))}
        />
      </span>
      <span data-testid="filter-group">
        <Select<string>
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('filterGroup')}
          aria-label={t('filterGroup')}
          value={filters.groupId}
          onChange={(groupId) => {
            onChange(without('groupId', groupId));
          }}
          options={groups.map((group) => ({ value: group.groupId, label: group.name }))}
        />
      </span>
      <span data-testid="filter-owner">
        <Select<string>
          allowClear
          showSearch
          style={{ minWidth: 180 }}
          placeholder={t('filterOwner')}
          aria-label={t('filterOwner')}
          value={filters.ownerId}
          onChange={(ownerId) => {
            onChange(without('ownerId', ownerId));
          }}
          options={agents.map((agent) => ({ value: agent.agentId, label: agent.name }))}
        />
      </span>
      <Input
        data-testid="filter-channel"
        allowClear
        style={{ width: 140 }}
        placeholder={t('filterChannel')}
        aria-label={t('filterChannel')}
        value={filters.channel ?? ''}
        onChange={(event) => {
          onChange(without('channel', event.target.value === '' ? undefined : event.target.value));
        }}
      />
    </Space>
  );
}
