/**
 * The supervisor wallboard (DESIGN.md §6): agents by status and load, queues with waiting count,
 * longest wait and today's service level, charts, and every conversation with filters — all live —
 * with the supervisor's actions: watch, whisper, barge in, take over, reassign, set an agent's
 * status, change a group's strategy. Conversations whose owner missed the first response after the
 * automatic takeovers ran out are listed at the top (`escalation-<conversationId>`) until dismissed.
 */
import { Alert, App, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { useSignedIn } from '../../auth/session.js';
import { AgentsTable } from './AgentsTable.js';
import { ConversationDrawer } from './ConversationDrawer.js';
import { ConversationFiltersBar } from './ConversationFiltersBar.js';
import { ConversationsTable } from './ConversationsTable.js';
import { clock } from './format.js';
import { failureText } from './notify.js';
import { QueuesTable } from './QueuesTable.js';
import { ReassignDialog } from './ReassignDialog.js';
import { useConversations, type ConversationFilters } from './useConversations.js';
import { useEscalations } from './useEscalations.js';
import { useWallboard } from './useWallboard.js';
import { WallboardCharts } from './WallboardCharts.js';
import type { ConversationRow, SkillGroup } from './wallboard-types.js';

const openStatuses = ['queued', 'left-message', 'offered', 'active', 'dormant'];

export default function Wallboard(): ReactNode {
  const { t } = useTranslation('supervisor');
  const { message } = App.useApp();
  const { realtime, agentId } = useSignedIn();
  const { board, version, error } = useWallboard(realtime);
  const [groups, setGroups] = useState<ReadonlyMap<string, SkillGroup>>(new Map());
  const [filters, setFilters] = useState<ConversationFilters>({ status: openStatuses });
  const { rows, refresh } = useConversations(filters, version);
  const [watching, setWatching] = useState<string | null>(null);
  const [reassigning, setReassigning] = useState<ConversationRow | null>(null);
  const { escalations, dismiss } = useEscalations(realtime);

  useEffect(() => {
    api<{ items: SkillGroup[] }>('/skill-groups').then(
      (list) => {
        setGroups(new Map(list.items.map((group) => [group.groupId, group])));
      },
      (failure: unknown) => {
        void message.error(failureText(failure));
      },
    );
  }, [message]);

  const names = useMemo(() => new Map(board?.agents.map((agent) => [agent.agentId, agent.name]) ?? []), [board]);
  const agentName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const groupName = useCallback((id: string) => groups.get(id)?.name ?? id, [groups]);
  const scopedGroups = useMemo(
    () =>
      board === null
        ? []
        : board.queues.map(
            (queue): SkillGroup =>
              groups.get(queue.groupId) ?? { groupId: queue.groupId, name: queue.name, strategy: '' },
          ),
    [board, groups],
  );

  const takeOver = (row: ConversationRow): void => {
    api(`/conversations/${encodeURIComponent(row.conversationId)}/take-over`, { body: {} }).then(
      () => {
        void message.success(t('takenOver', { conversation: row.conversationId.slice(0, 8) }));
        refresh();
      },
      (failure: unknown) => {
        void message.error(failureText(failure));
      },
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="wallboard">
      <Space align="baseline">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {board === null ? null : (
          <Typography.Text type="secondary" data-testid="wallboard-updated">
            {t('updatedAt', { time: clock(board.at) })}
          </Typography.Text>
        )}
      </Space>
      {error === null ? null : <Alert type="error" title={error} />}
      {escalations.map((escalation) => (
        <Alert
          key={escalation.conversationId}
          type="error"
          showIcon
          data-testid={`escalation-${escalation.conversationId}`}
          title={t('escalationTitle', { agent: agentName(escalation.ownerId) })}
          description={t('escalationText', {
            conversation: escalation.conversationId.slice(0, 8),
            takeovers: escalation.takeovers,
            time: clock(escalation.at),
          })}
          closable={{
            onClose: () => {
              dismiss(escalation.conversationId);
            },
          }}
          action={
            <Button
              size="small"
              onClick={() => {
                setWatching(escalation.conversationId);
              }}
            >
              {t('watch')}
            </Button>
          }
        />
      ))}
      {board === null ? null : (
        <>
          {/* The queues come first: at 1280×720 they are on the first screen, the charts below (issue 17). */}
          <Card size="small" title={t('queues')}>
            <QueuesTable
              queues={board.queues}
              groups={groups}
              onStrategyChanged={(group) => {
                setGroups((current) => new Map(current).set(group.groupId, group));
              }}
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('agents')}>
                <AgentsTable agents={board.agents} realtime={realtime} />
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card size="small">
                <WallboardCharts board={board} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('conversations')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <ConversationFiltersBar
                filters={filters}
                onChange={setFilters}
                groups={scopedGroups}
                agents={board.agents}
              />
              <ConversationsTable
                rows={rows}
                groupName={groupName}
                agentName={agentName}
                onWatch={(row) => {
                  setWatching(row.conversationId);
                }}
                onTakeOver={takeOver}
                onReassign={setReassigning}
              />
            </Space>
          </Card>
        </>
      )}
      {watching === null ? null : (
        <ConversationDrawer
          key={watching}
          conversationId={watching}
          rowVersion={(() => {
            const row = rows.find((candidate) => candidate.conversationId === watching);
            return row === undefined ? null : `${row.status}|${row.ownerId ?? ''}`;
          })()}
          realtime={realtime}
          selfId={agentId}
          agentName={agentName}
          onClose={() => {
            setWatching(null);
          }}
          onChanged={refresh}
        />
      )}
      {reassigning === null || board === null ? null : (
        <ReassignDialog
          conversation={reassigning}
          agents={board.agents}
          groups={[...groups.values()]}
          onClose={(changed) => {
            setReassigning(null);
            if (changed) refresh();
          }}
        />
      )}
    </Space>
  );
}
