/**
 * A colleague asks this agent to take a conversation: who the customer is, the note, from whom, a
 * live countdown to the answer's deadline on the server's clock, and accept or reject with a reason.
 * The card goes when the transfer resolves (the gateway's `transfer.updated`), whoever resolved it.
 */
import { Button, Card, Descriptions, Input, Progress, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useTranslation } from 'react-i18next';
import type { Realtime } from '../../api/realtime.js';
import { useLanguageName } from './VisitorDetails.js';
import type { Directory } from './useDirectory.js';
import { clockText } from './useServerNow.js';
import type { TransferCard } from './types.js';

export interface IncomingTransferCardProps {
  readonly card: TransferCard;
  readonly now: number;
  readonly realtime: Realtime | null;
  readonly directory: Directory;
  readonly onView: (conversationId: string) => void;
  readonly onAccepted: (conversationId: string) => void;
  readonly onError: (error: unknown) => void;
}

export function IncomingTransferCard(props: IncomingTransferCardProps): ReactNode {
  const { t } = useTranslation('agent');
  const label = useCustomerLabel();
  const languageName = useLanguageName();
  const { card, directory } = props;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const total = Math.max(1, (Date.parse(card.deadline) - Date.parse(card.requestedAt)) / 1000);
  const left = Math.max(0, (Date.parse(card.deadline) - props.now) / 1000);
  const answer = (event: 'transfer.accept' | 'transfer.reject', payload: object): void => {
    if (props.realtime === null) return;
    setBusy(true);
    props.realtime
      .request(event, payload)
      .then(() => {
        if (event === 'transfer.accept') props.onAccepted(card.conversationId);
      }, props.onError)
      .finally(() => {
        setBusy(false);
      });
  };
  const customer = card.customer;
  const fields = Object.entries(card.note.fields).filter(([, value]) => value.trim() !== '');
  const template = directory.templates.find((candidate) => candidate.id === card.note.templateId);
  return (
    <Card
      size="small"
      data-testid="incoming-transfer-card"
      data-transfer-id={card.transferId}
      style={{ borderColor: '#1f6feb', boxShadow: '0 2px 8px rgba(31,111,235,0.25)' }}
      title={
        <Space>
          <Typography.Text strong>{t('incomingTitle')}</Typography.Text>
          <Tag color={left <= 10 ? 'red' : 'blue'} data-testid="transfer-countdown">
            {clockText(left)}
          </Tag>
        </Space>
      }
      extra={
        <Button
          type="link"
          size="small"
          data-testid="transfer-view"
          onClick={() => {
            props.onView(card.conversationId);
          }}
        >
          {t('viewConversation')}
        </Button>
      }
    >
      <Progress percent={Math.round((left / total) * 100)} showInfo={false} size="small" status="active" />
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('from')}>{directory.agentName(card.fromAgentId)}</Descriptions.Item>
        <Descriptions.Item label={t('customer')}>
          <Space wrap size={4}>
            <span data-testid="incoming-customer">
              {label({
                customerId: card.conversation?.customerId ?? customer?.customerId ?? card.conversationId,
                customerName: customer?.name ?? card.conversation?.customerName ?? null,
              })}
            </span>
            {customer !== null && customer.vipLevel > 0 ? <Tag color="gold">VIP {customer.vipLevel}</Tag> : null}
            {(card.conversation?.language ?? customer?.language ?? null) === null ? null : (
              <Tag>{languageName(card.conversation?.language ?? customer?.language)}</Tag>
            )}
            {customer?.labels.map((label) => (
              <Tag key={label}>{label}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
        {template === undefined ? null : <Descriptions.Item label={t('template')}>{template.name}</Descriptions.Item>}
        <Descriptions.Item label={t('note')}>
          <span data-testid="incoming-note">{card.note.text}</span>
        </Descriptions.Item>
        {fields.map(([key, value]) => (
          <Descriptions.Item key={key} label={template?.fields.find((field) => field.key === key)?.label ?? key}>
            {value}
          </Descriptions.Item>
        ))}
        {card.note.reason === null ? null : (
          <Descriptions.Item label={t('reason')}>
            {t(`reason_${card.note.reason}`, { defaultValue: card.note.reason })}
          </Descriptions.Item>
        )}
        {card.note.tags.length === 0 ? null : (
          <Descriptions.Item label={t('tags')}>
            {card.note.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      {rejecting ? (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            data-testid="transfer-reject-reason"
            placeholder={t('rejectReasonPlaceholder')}
            aria-label={t('rejectReasonPlaceholder')}
            maxLength={500}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
          <Button
            danger
            data-testid="transfer-reject-confirm"
            loading={busy}
            onClick={() => {
              answer('transfer.reject', {
                transferId: card.transferId,
                ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
              });
            }}
          >
            {t('reject')}
          </Button>
        </Space.Compact>
      ) : (
        <Space>
          <Button
            type="primary"
            data-testid="transfer-accept"
            loading={busy}
            onClick={() => {
              answer('transfer.accept', { transferId: card.transferId });
            }}
          >
            {t('accept')}
          </Button>
          <Button
            danger
            data-testid="transfer-reject"
            onClick={() => {
              setRejecting(true);
            }}
          >
            {t('reject')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
