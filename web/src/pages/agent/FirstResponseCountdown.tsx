/**
 * The first-response countdown (docs/routing.md): while the owner of an active conversation has not
 * answered, how long they have left before it is taken from them — orange, then red near the end.
 */
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveConversation } from './types.js';
import { clockText } from './useServerNow.js';

/** Seconds left to the first response after which a takeover is shown in red. */
const FIRST_RESPONSE_URGENT = 15;

/**
 * How long the owner has left to answer before the conversation is taken from them (docs/routing.md),
 * in the chat header and the conversation list.
 */
export function FirstResponseCountdown(props: {
  readonly conversation: LiveConversation;
  readonly now: number;
  readonly testId: string;
}): ReactNode {
  const { t } = useTranslation('agent');
  const deadline = props.conversation.firstResponseDeadline ?? null;
  if (deadline === null || props.conversation.status !== 'active') return null;
  const left = Math.max(0, (Date.parse(deadline) - props.now) / 1000);
  return (
    <Tooltip title={t('firstResponseHint')}>
      <Tag color={left <= FIRST_RESPONSE_URGENT ? 'red' : 'orange'} data-testid={props.testId}>
        {t('firstResponseCountdown', { time: clockText(left) })}
      </Tag>
    </Tooltip>
  );
}
