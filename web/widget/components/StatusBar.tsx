/**
 * Where the conversation stands, above the messages: reconnecting, waiting with the queue position
 * and estimated wait, the serving agent's name, the left-message state (no agent online, queue
 * full or after hours: the server keeps the message for when agents are available), or closed.
 * The tenant's own queue and after-hours texts (docs/widget.md) replace the built-in wording.
 */
import { useTranslation } from 'react-i18next';
import type { LinkStatus } from '../chat-connection.js';
import type { ChatState } from '../chat-state.js';
import type { WidgetInfo } from '../use-widget-info.js';

export interface StatusBarProps {
  readonly state: ChatState;
  readonly link: LinkStatus;
  readonly texts: WidgetInfo['texts'];
}

export function StatusBar({ state, link, texts }: StatusBarProps) {
  const { t } = useTranslation('widget');
  const parts = [];
  if (link !== 'online') {
    parts.push(
      <div key="link" className="sbw-banner sbw-warning" data-testid="widget-connection" role="status">
        {link === 'connecting' ? t('connecting') : t('reconnecting')}
      </div>,
    );
  }
  const status = state.status;
  if (status === 'queued' || status === 'offered' || (status === null && !state.opened)) {
    const queue = state.queue;
    const minutes = queue?.estimatedWaitSeconds == null ? null : Math.ceil(queue.estimatedWaitSeconds / 60);
    parts.push(
      <div key="queue" className="sbw-banner" data-testid="widget-waiting" role="status">
        <div>{t('waiting')}</div>
        {texts.queue !== null && <div data-testid="widget-queue-message">{texts.queue}</div>}
        {queue !== null && status === 'queued' && (
          <div data-testid="widget-queue-position" data-position={queue.position}>
            {t('queuePosition', { position: queue.position })}{' '}
            {minutes !== null && (
              <span data-testid="widget-estimated-wait">
                {minutes <= 1 ? t('estimatedWaitShort') : t('estimatedWait', { minutes })}
              </span>
            )}
          </div>
        )}
      </div>,
    );
  }
  if ((status === 'active' || status === 'dormant') && state.agent !== null) {
    parts.push(
      <div key="agent" className="sbw-banner sbw-agent" data-testid="widget-agent" role="status">
        {t('chattingWith', { agent: state.agent.name })}
      </div>,
    );
  }
  if (status === 'left-message') {
    parts.push(
      <div key="leave" className="sbw-banner sbw-leave" data-testid="widget-leave-message" role="status">
        <strong>{t('leaveTitle')}</strong>
        {texts.afterHours === null ? (
          <div>{t('leaveBody')}</div>
        ) : (
          <div data-testid="widget-after-hours-message">{texts.afterHours}</div>
        )}
      </div>,
    );
  }
  if (status === 'closed') {
    parts.push(
      <div key="closed" className="sbw-banner" data-testid="widget-closed" role="status">
        {t('closed')}
      </div>,
    );
  }
  return <>{parts}</>;
}
