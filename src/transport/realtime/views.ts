/**
 * Payloads built from the live tenant state and from stored events: plain JSON, ISO instants. Staff
 * see a conversation as the HTTP API shows it; customers see only what concerns them.
 */
import { load, type Agent } from '../../domain/agent.js';
import type { Conversation } from '../../domain/conversation.js';
import type { Customer } from '../../domain/customer.js';
import type { EventOf, TransferRequest } from '../../domain/events.js';
import { queueStatus } from '../../domain/routing.js';
import type { GroupRuntime, TenantState } from '../../domain/state.js';
import { managesAgent, managesGroup } from '../../domain/scope.js';
import { noFiguresToday, type TodayFigures } from '../../reports/today-figures.js';
import type { AttachmentLinks } from '../../services/attachment-links.js';
import type { MessageView } from '../../store/read-model.js';
import { conversationBody } from '../http/routes/conversations.js';
import { iso, isoOrNull } from '../http/schemas.js';
import type { ConversationLiveType } from '../http/views.js';
import type {
  AgentStatusView,
  CustomerConversation,
  CustomerProfileView,
  GroupFigures,
  TimelineEntry,
  TransferCard,
  Wallboard,
} from './protocol.js';

/** The entry of a MessagePosted event, its files with links minted for whoever it is sent to. */
export function entryFromEvent(
  event: EventOf<'MessagePosted'>,
  files: { readonly tenantId: string; readonly links: AttachmentLinks },
): TimelineEntry {
  return {
    conversationId: event.conversationId,
    seq: event.seq,
    messageId: event.messageId,
    authorKind: event.author.kind,
    authorId: event.author.kind === 'agent' ? event.author.agentId : null,
    visibility: event.visibility,
    kind: event.kind,
    text: event.text,
    at: iso(event.at),
    attachments: files.links.views(files.tenantId, event.attachments),
  };
}

/** The entry of a stored message row, as `entryFromEvent`. */
export const entryFromView = (
  view: MessageView,
  files: { readonly tenantId: string; readonly links: AttachmentLinks },
): TimelineEntry => ({ ...view, at: iso(view.at), attachments: files.links.views(files.tenantId, view.attachments) });

export function staffConversation(state: TenantState, conversationId: string): ConversationLiveType | null {
  const conversation = state.conversations.get(conversationId);
  return conversation === undefined ? null : conversationBody(state, conversation);
}

export function customerConversation(state: TenantState, conversation: Conversation): CustomerConversation {
  const owner = conversation.ownerId === null ? undefined : state.agents.get(conversation.ownerId);
  const serving = conversation.status === 'active' || conversation.status === 'dormant';
  return {
    conversationId: conversation.id,
    status: conversation.status,
    agent: serving && owner !== undefined ? { agentId: owner.id, name: owner.name } : null,
    openedAt: iso(conversation.openedAt),
    closedAt: isoOrNull(conversation.closedAt),
    lastSeq: conversation.lastSeq,
    queue: queueStatus(state, conversation.id),
  };
}

export const agentStatus = (agent: Agent): AgentStatusView => ({
  agentId: agent.id,
  name: agent.name,
  status: agent.status,
  online: agent.online,
  load: load(agent),
  active: agent.active,
  dormant: agent.dormant,
  maxConcurrent: agent.maxConcurrent,
});

export const customerProfile = (customer: Customer): CustomerProfileView => ({
  customerId: customer.id,
  name: customer.name,
  verified: customer.verified,
  vipLevel: customer.vipLevel,
  language: customer.language,
  labels: [...customer.labels],
});

/** What the agent asked to take a conversation sees: the note, the conversation and its customer. */
export function transferCard(
  state: TenantState,
  transfer: TransferRequest,
  targetAgentId: string | null,
): TransferCard {
  const conversation = state.conversations.get(transfer.conversationId);
  const customer = conversation === undefined ? undefined : state.customers.get(conversation.customerId);
  return {
    transferId: transfer.id,
    conversationId: transfer.conversationId,
    initiatorId: transfer.initiatorId,
    fromAgentId: transfer.fromAgentId,
    target: { ...transfer.target },
    targetAgentId,
    note: { ...transfer.note, fields: { ...transfer.note.fields }, tags: [...transfer.note.tags] },
    source: transfer.source,
    requestedAt: iso(transfer.requestedAt),
    deadline: iso(transfer.deadline),
    conversation: conversation === undefined ? null : conversationBody(state, conversation),
    customer: customer === undefined ? null : customerProfile(customer),
  };
}

export function groupFigures(state: TenantState, group: GroupRuntime, now: number): GroupFigures {
  let agentsOnline = 0;
  let agentsAvailable = 0;
  for (const agentId of group.members) {
    const agent = state.agents.get(agentId);
    if (agent?.online !== true) continue;
    agentsOnline += 1;
    if (agent.status === 'available') agentsAvailable += 1;
  }
  // People read how long someone has really waited; the priority credit only orders the queue.
  const longest = group.byWaitStart.first();
  return {
    groupId: group.config.id,
    name: group.config.name,
    waiting: group.queue.size,
    leftMessages: group.leftMessages.size,
    longestWaitSeconds: longest === undefined ? null : Math.max(0, Math.round((now - longest.enqueuedAt) / 1000)),
    agentsOnline,
    agentsAvailable,
  };
}

/** What a wallboard shows besides its instant. */
export interface WallboardBody {
  readonly agents: AgentStatusView[];
  readonly queues: Wallboard['queues'][number][];
}

/**
 * The wallboard as `viewer` sees it — the agents and groups they manage; every one for the tenant's
 * admin acting through an API key (`viewer` undefined) — with each group's live figures (`figures`
 * when already computed) and today's figures from the reports (docs/reports.md). The realtime
 * `wallboard` event and `GET /api/v1/wallboard` both build it here.
 */
export function wallboardOf(
  state: TenantState,
  viewer: Agent | undefined,
  options: {
    readonly now: number;
    readonly today: ReadonlyMap<string, TodayFigures> | undefined;
    readonly figures?: ReadonlyMap<string, GroupFigures>;
  },
): WallboardBody {
  const agents = [...state.agents.values()]
    .filter((agent) => viewer === undefined || managesAgent(state, viewer, agent))
    .map(agentStatus)
    .sort((a, b) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  const queues = [...state.groups.values()]
    .filter((group) => viewer === undefined || managesGroup(viewer, group.config.id))
    .map((group) => ({
      ...(options.figures?.get(group.config.id) ?? groupFigures(state, group, options.now)),
      today: options.today?.get(group.config.id) ?? noFiguresToday,
    }));
  return { agents, queues };
}
