/**
 * Where a test conversation went and why, from the domain's own record: the rule, the group and
 * priority it set, what business hours decided, the preferred-agent reason, the agent chosen or the
 * queue position, and the strategy with its best candidates and their scores.
 */
import { Alert, Descriptions, Table, Tag } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Candidate, RoutingExplanation } from './simulation-types.js';

export interface Names {
  readonly agent: (agentId: string) => string;
  readonly group: (groupId: string) => string;
}

function hoursText(explanation: RoutingExplanation, names: Names, t: TFunction<'simulate'>): string {
  const opening = explanation.opening;
  if (opening === null) return '—';
  if (opening.disposition === 'left-message') {
    const reason = t(`reason_${opening.leftMessageReason ?? 'after-hours'}`);
    const when =
      opening.opensAt === null ? '' : ` — ${t('opensAt', { time: new Date(opening.opensAt).toLocaleString() })}`;
    return `${t('leftMessage', { reason })}${when}`;
  }
  if (opening.afterHoursFrom !== null) return t('hoursFallback', { group: names.group(opening.afterHoursFrom) });
  return t('hoursOpen');
}

function resultText(explanation: RoutingExplanation, names: Names, t: TFunction<'simulate'>): string {
  const decision = explanation.testDecision ?? null;
  if (decision !== null) {
    return decision.agentId === null ? t('wouldWait') : t('wouldAssign', { agent: names.agent(decision.agentId) });
  }
  if (explanation.status === 'closed') return t('closed');
  if (explanation.ownerId !== null) return t('assignedTo', { agent: names.agent(explanation.ownerId) });
  if (explanation.status === 'left-message') return t('waitingLeftMessage');
  if (explanation.queue !== null) {
    const wait = explanation.queue.estimatedWaitSeconds;
    const position = t('queuePosition', { position: explanation.queue.position });
    return wait === null ? position : `${position}, ${t('estimatedWait', { seconds: Math.round(wait) })}`;
  }
  return explanation.status;
}

export function RoutingOutcome({
  explanation,
  names,
}: {
  readonly explanation: RoutingExplanation;
  readonly names: Names;
}) {
  const { t } = useTranslation('simulate');
  const { opening } = explanation;
  // A decision-only test conversation was assigned to nobody: its decision stands in for the assignment.
  const assignment = explanation.assignments.at(-1) ?? explanation.testDecision?.assignment ?? undefined;
  const rule = opening?.rule ?? assignment?.rule ?? null;
  const preferred = assignment?.preferred ?? null;
  const reservation = opening?.reservation ?? null;
  const strategyName = (strategy: string): string => t(`supervisor:strategy_${strategy.replaceAll('-', '_')}`);

  let preferredText: ReactNode = t('preferredNone');
  if (preferred !== null) preferredText = t(`preferred_${preferred}`);
  else if (reservation !== null && assignment === undefined)
    preferredText = t('reservedFor', {
      agent: names.agent(reservation.agentId),
      reason: t(`preferred_${reservation.reason}`),
      time: new Date(reservation.until).toLocaleTimeString(),
    });

  const body: ReactNode = (
    <Descriptions bordered size="small" column={1} data-testid="sim-outcome">
      <Descriptions.Item label={t('rule')}>
        <span data-testid="sim-rule">{rule === null ? t('noRule') : rule.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('group')}>
        <span data-testid="sim-group">{names.group(opening?.groupId ?? explanation.groupId)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('priority')}>
        <span data-testid="sim-priority">{opening?.priority ?? explanation.priority}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('ruleLabels')}>
        {(opening?.labels ?? explanation.labels).map((label) => (
          <Tag key={label}>{label}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('hours')}>
        <span data-testid="sim-hours">{hoursText(explanation, names, t)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('preferred')}>
        <span data-testid="sim-preferred">{preferredText}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('result')}>
        <strong data-testid="sim-result">{resultText(explanation, names, t)}</strong>
      </Descriptions.Item>
      {assignment === undefined ? null : (
        <Descriptions.Item label={t('strategy')}>
          <span data-testid="sim-strategy">
            {t('rankedBy', {
              strategy: strategyName(assignment.rankedBy.strategy),
              group: names.group(assignment.rankedBy.groupId),
            })}
            {assignment.overflowTier > 0 ? ` · ${t('overflowTier', { tier: assignment.overflowTier })}` : ''} ·{' '}
            {t(`trigger_${assignment.trigger}`)} ·{' '}
            {t('effectiveWait', { seconds: Math.round(assignment.effectiveWaitSeconds) })}
          </span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );

  return (
    <>
      {opening === null ? <Alert type="info" title={t('notRecorded')} style={{ marginBottom: 8 }} /> : null}
      {explanation.test === null ? null : (
        <Alert
          type={explanation.test === 'routed' ? 'warning' : 'info'}
          data-testid="sim-test-mode"
          title={t(explanation.test === 'routed' ? 'testRouted' : 'testDecisionOnly')}
          style={{ marginBottom: 8 }}
        />
      )}
      {body}
      {assignment === undefined || assignment.candidates.length === 0 ? null : (
        <Table<Candidate>
          style={{ marginTop: 12 }}
          data-testid="sim-candidates"
          size="small"
          rowKey="agentId"
          pagination={false}
          title={() => t('candidates')}
          dataSource={[...assignment.candidates]}
          onRow={(candidate) =>
            ({ 'data-testid': `sim-candidate-${candidate.agentId}` }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('agent'),
              render: (_, candidate) => (
                <>
                  {names.agent(candidate.agentId)}
                  {candidate.agentId === assignment.agentId ? (
                    <Tag color="green" style={{ marginLeft: 8 }}>
                      ✓
                    </Tag>
                  ) : null}
                </>
              ),
            },
            { title: t('score'), render: (_, candidate) => candidate.score.toFixed(2) },
            { title: t('ability'), dataIndex: 'ability' },
            { title: t('load'), render: (_, candidate) => `${candidate.active}/${candidate.maxConcurrent}` },
          ]}
        />
      )}
    </>
  );
}
