import type { TFunction } from 'i18next';
import type { RoutingRule, RuleFact } from './types.js';

/** A rule's conditions in words, one short phrase per condition ("any condition" when none). */
export function conditionSummary(t: TFunction<'admin'>, rule: RoutingRule): string[] {
  const c = rule.conditions;
  const parts: string[] = [];
  const words = (values: readonly string[] | undefined): string | null =>
    values === undefined || values.length === 0 ? null : values.join(', ');
  const add = (key: string, values: readonly string[] | undefined): void => {
    const joined = words(values);
    if (joined !== null) parts.push(t(key, { values: joined }));
  };
  add('summaryKeywordsAny', c.keywords?.any);
  add('summaryKeywordsAll', c.keywords?.all);
  add('summaryChannels', c.channels);
  add('summarySources', c.sources);
  add('summaryLanguages', c.languages);
  if (c.vipLevel !== undefined) {
    parts.push(t('summaryVip', { min: c.vipLevel.min ?? 0, max: c.vipLevel.max ?? '∞' }));
  }
  add('summaryLabelsAny', c.labels?.any);
  add('summaryLabelsAll', c.labels?.all);
  add('summaryLabelsNone', c.labels?.none);
  add('summaryBusinessTypes', c.businessTypes);
  for (const [key, values] of Object.entries(c.attributes ?? {})) {
    parts.push(t('summaryAttribute', { key, values: values.join(', ') }));
  }
  for (const fact of c.facts ?? []) parts.push(factSummary(t, fact));
  if (c.time !== undefined) parts.push(t('summaryTime', { from: c.time.from, to: c.time.to }));
  return parts.length === 0 ? [t('summaryAlways')] : parts;
}

/** One fact condition in words ("checkInAt passed", "orderAmount ≥ 5000"). */
function factSummary(t: TFunction<'admin'>, fact: RuleFact): string {
  const { attribute } = fact;
  switch (fact.op) {
    case 'in':
      return t('summaryFactIn', { attribute, values: fact.values.join(', ') });
    case 'not-in':
      return t('summaryFactNotIn', { attribute, values: fact.values.join(', ') });
    case 'passed':
      return fact.minutes === undefined || fact.minutes === 0
        ? t('summaryFactPassed', { attribute })
        : t('summaryFactPassedBy', { attribute, minutes: fact.minutes });
    case 'within':
      return t('summaryFactWithin', { attribute, minutes: fact.minutes });
    default:
      return t('summaryFactNumber', { attribute, op: t(`factOp_${fact.op}`), value: fact.value });
  }
}

/** Names for the ids a rule refers to; an id without a name (a removed group) shows as itself. */
export interface RuleNames {
  readonly groups: ReadonlyMap<string, string>;
  readonly agents: ReadonlyMap<string, string>;
}

/** A rule's actions in words, groups and agents by name. */
export function actionSummary(t: TFunction<'admin'>, rule: RoutingRule, names: RuleNames): string[] {
  const a = rule.actions;
  const parts: string[] = [];
  if (a.groupId !== undefined) parts.push(t('summaryGroup', { group: names.groups.get(a.groupId) ?? a.groupId }));
  if (a.priority !== undefined) parts.push(t('summaryPriority', { priority: a.priority }));
  if (a.agentId !== undefined) parts.push(t('summaryAgent', { agent: names.agents.get(a.agentId) ?? a.agentId }));
  if (a.labels !== undefined && a.labels.length > 0) parts.push(t('summaryLabels', { values: a.labels.join(', ') }));
  return parts;
}
