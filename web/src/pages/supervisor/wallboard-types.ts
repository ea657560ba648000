/**
 * What the wallboard shows, as the server sends it: the realtime `wallboard` event and
 * `GET /api/v1/wallboard` (agents and queue figures in the caller's scope), conversation rows of
 * `GET /api/v1/conversations`, skill groups of `GET /api/v1/skill-groups` (for their strategy) and
 * timeline entries of the realtime `message` event. The realtime payloads come from the shared
 * protocol module, the HTTP bodies from the types generated from the OpenAPI document.
 */
import type { AgentStatusView, ResponseBody, Wallboard } from '../../api/types.js';

export type { TimelineEntry, TodayFigures } from '../../api/types.js';

export type AgentFigures = AgentStatusView;

export type QueueFigures = Wallboard['queues'][number];

export type Board = Wallboard;

export type ConversationRow = ResponseBody<'/api/v1/conversations'>['items'][number];

type SkillGroupView = ResponseBody<'/api/v1/skill-groups'>['items'][number];

/** The part of a skill group the wallboard reads; `strategy` is '' for a group not loaded yet. */
export type SkillGroup = Pick<SkillGroupView, 'groupId' | 'name'> & {
  readonly strategy: SkillGroupView['strategy'] | '';
};

/** The routing strategies a group may use (DESIGN.md §3.5). */
export const strategies = ['weighted-wait', 'round-robin', 'least-load', 'most-skilled', 'random'] as const;

/** Statuses a supervisor may set (offline follows the connection). */
export const settableStatuses = ['available', 'busy', 'away'] as const;

export const conversationStatuses = ['queued', 'left-message', 'offered', 'active', 'dormant', 'closed'] as const;
