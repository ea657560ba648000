/**
 * What the wallboard shows, as the server sends it: the realtime `wallboard` event and
 * `GET /api/v1/wallboard` (agents and queue figures in the caller's scope), conversation rows of
 * `GET /api/v1/conversations`, skill groups of `GET /api/v1/skill-groups` (for their strategy) and
 * timeline entries of the realtime `message` event.
 */
import type { AttachmentView } from '../../api/attachment-view.js';

export interface AgentFigures {
  readonly agentId: string;
  readonly name: string;
  readonly status: string;
  readonly online: boolean;
  readonly load: number;
  readonly active: number;
  readonly dormant: number;
  readonly maxConcurrent: number;
}

/** Today's queue figures (optional: older servers do not send them); null where nothing was measured. */
export interface TodayFigures {
  readonly arrivals: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly serviceLevel: number | null;
  readonly averageSpeedOfAnswerSeconds: number | null;
  readonly longestWaitSeconds: number | null;
}

export interface QueueFigures {
  readonly groupId: string;
  readonly name: string;
  readonly waiting: number;
  readonly leftMessages: number;
  readonly longestWaitSeconds: number | null;
  readonly agentsOnline: number;
  readonly agentsAvailable: number;
  readonly today?: TodayFigures;
}

export interface Board {
  readonly at: string;
  readonly agents: readonly AgentFigures[];
  readonly queues: readonly QueueFigures[];
}

export interface ConversationRow {
  readonly conversationId: string;
  readonly customerId: string;
  readonly channel: string;
  readonly source: string;
  readonly groupId: string;
  readonly status: string;
  readonly ownerId: string | null;
  readonly priority: number;
  readonly labels: readonly string[];
  readonly openedAt: string;
  readonly assignedAt: string | null;
  readonly lastMessageAt: string | null;
  readonly messageCount: number;
}

export interface SkillGroup {
  readonly groupId: string;
  readonly name: string;
  readonly strategy: string;
}

export interface TimelineEntry {
  readonly conversationId: string;
  readonly seq: number;
  readonly messageId: string;
  readonly authorKind: 'customer' | 'agent' | 'system';
  readonly authorId: string | null;
  readonly visibility: 'public' | 'internal';
  readonly kind: string;
  readonly text: string;
  readonly at: string;
  /** Pictures and files (issue 17); absent from servers before attachments. */
  readonly attachments?: readonly AttachmentView[];
}

/** The routing strategies a group may use (DESIGN.md §3.5). */
export const strategies = ['weighted-wait', 'round-robin', 'least-load', 'most-skilled', 'random'] as const;

/** Statuses a supervisor may set (offline follows the connection). */
export const settableStatuses = ['available', 'busy', 'away'] as const;

export const conversationStatuses = ['queued', 'left-message', 'offered', 'active', 'dormant', 'closed'] as const;
