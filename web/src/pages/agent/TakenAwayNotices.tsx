/**
 * Conversations that left this agent without their doing — a first-response takeover, a supervisor's
 * reassignment, a lost connection — each told once, with the reason, and with the text the agent
 * had not sent yet, which they can copy (docs/routing.md). Dismissing one forgets its draft.
 */
import { Alert, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useTranslation } from 'react-i18next';
import type { TakenAway } from './workspaceState.js';

export interface TakenAwayNoticesProps {
  readonly takenAway: readonly TakenAway[];
  readonly drafts: Readonly<Record<string, string>>;
  readonly onDismiss: (conversationId: string) => void;
}

/** Reasons the agent chose themself (their own transfer, a declined offer): told only if a draft was left. */
const chosen: readonly string[] = ['transferred', 'offer-declined'];

export function TakenAwayNotices({ takenAway, drafts, onDismiss }: TakenAwayNoticesProps): ReactNode {
  const { t } = useTranslation('agent');
  const label = useCustomerLabel();
  const draftOf = (conversationId: string): string => drafts[conversationId]?.trim() ?? '';
  const shown = takenAway.filter((entry) => !chosen.includes(entry.reason) || draftOf(entry.conversationId) !== '');
  if (shown.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="taken-away">
      {shown.map((entry) => {
        const draft = draftOf(entry.conversationId);
        return (
          <Alert
            key={entry.conversationId}
            type="warning"
            showIcon
            data-testid={`taken-away-${entry.conversationId}`}
            closable={{
              onClose: () => {
                onDismiss(entry.conversationId);
              },
            }}
            title={t('takenAwayTitle', { customer: label(entry) })}
            description={
              <>
                <div>{t(`takenAway_${entry.reason}`, { defaultValue: t('takenAway_other') })}</div>
                {draft === '' ? null : (
                  <>
                    <Typography.Text type="secondary">{t('unsentDraft')}</Typography.Text>
                    <Typography.Paragraph
                      copyable={{ text: draft }}
                      style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                      data-testid={`taken-away-draft-${entry.conversationId}`}
                    >
                      {draft}
                    </Typography.Paragraph>
                  </>
                )}
              </>
            }
          />
        );
      })}
    </Space>
  );
}
