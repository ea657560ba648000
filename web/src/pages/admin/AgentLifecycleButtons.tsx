/**
 * An agent's working life, for admins: disable (sessions end, conversations go back to routing),
 * enable again, remove for good (the id stays in the history), and sign out everywhere (every token
 * issued before is refused). Each asks for confirmation first.
 */
import { Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { AgentView } from './types.js';
import { useFeedback } from './useFeedback.js';

type Action = 'disable' | 'enable' | 'remove' | 'signOut';

const requests: Readonly<Record<Action, (id: string) => Promise<unknown>>> = {
  disable: (id) => api(`/agents/${id}/disable`, { body: {} }),
  enable: (id) => api(`/agents/${id}/enable`, { body: {} }),
  remove: (id) => api(`/agents/${id}`, { method: 'DELETE' }),
  signOut: (id) => api(`/agents/${id}/sign-out-everywhere`, { body: {} }),
};

export function AgentLifecycleButtons({
  agent,
  self,
  onChanged,
}: {
  readonly agent: AgentView;
  /** The signed-in admin's own row: nothing here that would lock them out. */
  readonly self: boolean;
  readonly onChanged: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const id = encodeURIComponent(agent.agentId);

  const button = (action: Action, danger: boolean): ReactNode => (
    <Popconfirm
      key={action}
      title={t(`agent_${action}_confirm`, { name: agent.name })}
      okButtonProps={{ 'data-testid': `agent-${action}-confirm-${agent.agentId}` }}
      onConfirm={() => {
        requests[action](id).then(
          () => {
            feedback.saved();
            onChanged();
          },
          (error: unknown) => {
            feedback.failed(error);
          },
        );
      }}
    >
      <Button size="small" danger={danger} data-testid={`agent-${action}-${agent.agentId}`}>
        {t(`agent_${action}`)}
      </Button>
    </Popconfirm>
  );

  if (self) return null;
  return (
    <Space size={4}>
      {agent.lifecycle === 'disabled' ? button('enable', false) : button('disable', true)}
      {agent.lifecycle !== 'disabled' && button('signOut', false)}
      {button('remove', true)}
    </Space>
  );
}
