/**
 * Who the customer is and what happened before: their profile (VIP level, language, labels,
 * contact and custom attributes from the tenant's back-end, dedicated and last agent), their other
 * conversations (open one to read it), and this conversation's transfer chain A → B → C with each
 * transfer's note and outcome.
 */
import { Card, Descriptions, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { useCustomerLabel } from '../../components/customerLabel.js';
import type { Directory } from './useDirectory.js';
import { profileItems } from './ProfileDetails.js';
import { useLanguageName, visitorItems } from './VisitorDetails.js';
import type { ChainEntry, ConversationRow, CustomerProfile } from './types.js';

export interface CustomerPanelProps {
  readonly conversationId: string | null;
  readonly customerId: string | null;
  /** Changes when the conversation's transfers may have changed, to read the chain again. */
  readonly chainVersion: string;
  readonly directory: Directory;
  readonly onOpen: (conversationId: string) => void;
  /** What staff know of the shown conversation's visitor (issue 17): name, language, attributes. */
  readonly visitor?: {
    readonly customerName?: string | null;
    readonly language?: string | null;
    readonly attributes?: Readonly<Record<string, string>>;
  } | null;
}

interface Loaded {
  readonly profile: CustomerProfile | null;
  readonly past: readonly ConversationRow[];
}

const statusColor: Record<string, string> = {
  accepted: 'green',
  rejected: 'red',
  'timed-out': 'orange',
  cancelled: 'default',
  pending: 'blue',
};

export function CustomerPanel(props: CustomerPanelProps): ReactNode {
  const { t, i18n } = useTranslation('agent');
  const { t: td } = useTranslation('desk');
  const label = useCustomerLabel();
  const languageName = useLanguageName();
  const { customerId, conversationId, directory } = props;
  const [loaded, setLoaded] = useState<Loaded>({ profile: null, past: [] });
  const [chain, setChain] = useState<readonly ChainEntry[]>([]);

  useEffect(() => {
    setLoaded({ profile: null, past: [] });
    if (customerId === null) return undefined;
    const controller = new AbortController();
    const signal = controller.signal;
    const id = encodeURIComponent(customerId);
    void Promise.all([
      api<CustomerProfile>(`/customers/${id}`, { signal }),
      api<{ items: ConversationRow[] }>('/conversations', { query: { customerId, limit: 20 }, signal }),
    ]).then(
      ([profile, past]) => {
        setLoaded({ profile, past: past.items });
      },
      () => {
        // Aborted by another selection, or unreadable: the panel stays empty.
      },
    );
    return () => {
      controller.abort();
    };
  }, [customerId]);

  useEffect(() => {
    setChain([]);
    if (conversationId === null) return undefined;
    const controller = new AbortController();
    api<{ items: ChainEntry[] }>(`/conversations/${encodeURIComponent(conversationId)}/transfers`, {
      signal: controller.signal,
    }).then(
      (answer) => {
        setChain(answer.items);
      },
      () => {
        // As above.
      },
    );
    return () => {
      controller.abort();
    };
  }, [conversationId, props.chainVersion]);

  if (customerId === null) {
    return (
      <Card data-testid="customer-panel" title={t('customerPanel')}>
        <Empty description={t('noConversation')} />
      </Card>
    );
  }
  const { profile } = loaded;
  const date = (at: string): string => new Date(at).toLocaleString(i18n.language);
  const past = loaded.past.filter((row) => row.conversationId !== conversationId);
  return (
    <div data-testid="customer-panel" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Card size="small" title={t('customerPanel')}>
        <Descriptions size="small" column={1} data-testid="customer-profile">
          <Descriptions.Item label={t('customerName')}>
            <span data-testid="customer-name" title={customerId}>
              {label({ customerId, customerName: profile?.name ?? props.visitor?.customerName ?? null })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('vip')}>
            {profile === null ? (
              '—'
            ) : profile.vipLevel > 0 ? (
              <Tag color="gold">VIP {profile.vipLevel}</Tag>
            ) : (
              t('notVip')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('verified')}>{profile?.verified === true ? t('yes') : t('no')}</Descriptions.Item>
          <Descriptions.Item label={t('customerLanguage')}>
            <span data-testid="customer-language">{languageName(props.visitor?.language ?? profile?.language)}</span>
          </Descriptions.Item>
          {visitorItems(props.visitor?.attributes ?? {}, td)}
          {profileItems(profile, t)}
          <Descriptions.Item label={t('labels')}>
            <Space wrap size={2}>
              {(profile?.labels ?? []).map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('dedicatedAgent')}>
            {directory.agentName(profile?.dedicatedAgentId ?? null)}
          </Descriptions.Item>
          <Descriptions.Item label={t('lastAgent')}>
            {directory.agentName(profile?.lastAgentId ?? null)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('transferChain')} data-testid="transfer-chain">
        {chain.length === 0 ? (
          <Typography.Text type="secondary">{t('noTransfers')}</Typography.Text>
        ) : (
          <Timeline
            items={chain.map((entry) => ({
              key: entry.transferId,
              color: statusColor[entry.status] ?? 'gray',
              content: (
                <div data-testid={`chain-${entry.transferId}`}>
                  <Typography.Text strong>
                    {directory.agentName(entry.fromAgentId)} →{' '}
                    {entry.targetAgentId !== null
                      ? directory.agentName(entry.targetAgentId)
                      : directory.groupName(entry.targetId)}
                  </Typography.Text>{' '}
                  <Tag color={statusColor[entry.status]}>
                    {t(`transferStatus_${entry.status}`, { defaultValue: entry.status })}
                  </Tag>
                  <div>
                    <Typography.Text type="secondary">{date(entry.requestedAt)}</Typography.Text>
                  </div>
                  {entry.note === null ? null : <div>{entry.note}</div>}
                  {entry.reason === null ? null : (
                    <div>
                      {t('reason')}: {entry.reason}
                    </div>
                  )}
                  {entry.rejectReason === null ? null : (
                    <div>
                      {t('rejectReason')}: {entry.rejectReason}
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </Card>
      <Card size="small" title={t('pastConversations')} data-testid="past-conversations">
        {past.length === 0 ? (
          <Typography.Text type="secondary">{t('none')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={[...past]}
            renderItem={(row) => (
              <List.Item
                data-testid={`past-${row.conversationId}`}
                style={{ cursor: 'pointer' }}
                onClick={() => {
                  props.onOpen(row.conversationId);
                }}
              >
                <List.Item.Meta
                  title={`${date(row.openedAt)} · ${directory.groupName(row.groupId)}`}
                  description={
                    <Space wrap size={4}>
                      <Tag>{t(`conversationStatus_${row.status}`, { defaultValue: row.status })}</Tag>
                      {row.resolution === null ? null : (
                        <Tag>{t(row.resolution, { defaultValue: row.resolution })}</Tag>
                      )}
                      {row.rating === null ? null : <Tag color="gold">★ {row.rating}</Tag>}
                      {row.summary === null ? null : <span>{row.summary}</span>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}
