/**
 * The workspace's live state as a pure reducer over the gateway's events (docs/realtime.md): the
 * `session` event sets it, every later event changes it. Timelines keep each entry once, in seq
 * order, whatever order or repetition they arrive in.
 */
import type {
  AgentSession,
  AgentStatusView,
  GroupFigures,
  LiveConversation,
  TimelineEntry,
  TransferCard,
  TransferUpdate,
} from './types.js';

export interface WorkspaceState {
  readonly agentId: string | null;
  readonly me: AgentStatusView | null;
  /** Conversations owned or offered, by id. */
  readonly mine: Readonly<Record<string, LiveConversation>>;
  readonly timelines: Readonly<Record<string, readonly TimelineEntry[]>>;
  /** How far each side has read each conversation (`read` events and this agent's own viewing). */
  readonly readMarks: Readonly<Record<string, ReadMarks>>;
  readonly incoming: readonly TransferCard[];
  /** This agent's pending transfers, by conversation. */
  readonly outgoing: Readonly<Record<string, TransferUpdate>>;
  /** The last transfer of mine that failed (rejected, timed out), until dismissed. */
  readonly failed: TransferUpdate | null;
  readonly queues: readonly GroupFigures[];
  /** Conversations whose customer waits for a reply, since when. */
  readonly reminders: Readonly<Record<string, string>>;
  /** Conversations that left this agent (takeover, reassignment, transfer…), until dismissed: drafts are kept. */
  readonly takenAway: readonly TakenAway[];
  /** Conversations whose missed first response went to the supervisors, since when. */
  readonly escalated: Readonly<Record<string, string>>;
  /** Server clock minus this browser's, in ms (from `session.serverTime`). */
  readonly clockOffset: number;
  readonly selectedId: string | null;
}

/** The highest seq the customer and the agent side have read (0: nothing yet). */
export interface ReadMarks {
  readonly customer: number;
  readonly agent: number;
}

/** A conversation that left this agent without their doing, with why (`conversation.removed`'s reason). */
export interface TakenAway {
  readonly conversationId: string;
  readonly customerId: string;
  readonly customerName?: string | null;
  readonly reason: string;
}

export const initialWorkspace: WorkspaceState = {
  agentId: null,
  me: null,
  mine: {},
  timelines: {},
  readMarks: {},
  incoming: [],
  outgoing: {},
  failed: null,
  queues: [],
  reminders: {},
  takenAway: [],
  escalated: {},
  clockOffset: 0,
  selectedId: null,
};

export type WorkspaceAction =
  | { readonly type: 'session'; readonly session: AgentSession; readonly receivedAt: number }
  /** `viewing`: the agent has this conversation on screen (it is read as it arrives). */
  | { readonly type: 'message'; readonly entry: TimelineEntry; readonly viewing: boolean }
  | { readonly type: 'read'; readonly conversationId: string; readonly reader: keyof ReadMarks; readonly seq: number }
  | { readonly type: 'history'; readonly conversationId: string; readonly entries: readonly TimelineEntry[] }
  | { readonly type: 'assigned'; readonly conversation: LiveConversation }
  | { readonly type: 'removed'; readonly conversationId: string; readonly reason: string }
  | { readonly type: 'escalated'; readonly conversationId: string; readonly at: string }
  | { readonly type: 'dismissTakenAway'; readonly conversationId: string }
  | { readonly type: 'updated'; readonly conversation: LiveConversation }
  | { readonly type: 'transferRequested'; readonly card: TransferCard }
  | { readonly type: 'transferUpdated'; readonly update: TransferUpdate }
  | { readonly type: 'status'; readonly me: AgentStatusView }
  | { readonly type: 'queues'; readonly groups: readonly GroupFigures[] }
  | { readonly type: 'reminder'; readonly conversationId: string; readonly waitingSince: string }
  | { readonly type: 'select'; readonly conversationId: string | null }
  | { readonly type: 'dismissFailed' };

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([known]) => known !== key));

/** Inserts entries into a timeline, keeping seq order and each seq once. */
export function mergeTimeline(
  timeline: readonly TimelineEntry[],
  entries: readonly TimelineEntry[],
): readonly TimelineEntry[] {
  const bySeq = new Map(timeline.map((entry) => [entry.seq, entry]));
  for (const entry of entries) bySeq.set(entry.seq, entry);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function message(state: WorkspaceState, entry: TimelineEntry, viewing: boolean): WorkspaceState {
  const timeline = state.timelines[entry.conversationId] ?? [];
  const marks = state.readMarks[entry.conversationId] ?? { customer: 0, agent: 0 };
  const read = viewing && state.mine[entry.conversationId] !== undefined && entry.seq > marks.agent;
  const answered = entry.authorKind === 'agent' && entry.authorId === state.agentId && entry.visibility === 'public';
  return {
    ...state,
    timelines: { ...state.timelines, [entry.conversationId]: mergeTimeline(timeline, [entry]) },
    reminders: answered ? without(state.reminders, entry.conversationId) : state.reminders,
    readMarks: read ? { ...state.readMarks, [entry.conversationId]: { ...marks, agent: entry.seq } } : state.readMarks,
  };
}

function transferUpdated(state: WorkspaceState, update: TransferUpdate): WorkspaceState {
  const incoming = state.incoming.filter(
    (card) => update.status === 'pending' || card.transferId !== update.transferId,
  );
  const mineToWatch = update.initiatorId === state.agentId || update.fromAgentId === state.agentId;
  if (!mineToWatch) return { ...state, incoming };
  if (update.status === 'pending') {
    return { ...state, incoming, outgoing: { ...state.outgoing, [update.conversationId]: update } };
  }
  const failed =
    (update.status === 'rejected' || update.status === 'timed-out') && update.initiatorId === state.agentId
      ? update
      : state.failed;
  return { ...state, incoming, outgoing: without(state.outgoing, update.conversationId), failed };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'session': {
      const { session } = action;
      const mine = Object.fromEntries(session.conversations.map((c) => [c.conversationId, c]));
      const outgoing = Object.fromEntries(session.transfers.outgoing.map((u) => [u.conversationId, u]));
      const selectedId = state.selectedId;
      return {
        ...state,
        agentId: session.agentId,
        me: session.agent,
        mine,
        incoming: session.transfers.incoming,
        outgoing,
        queues: session.queues,
        clockOffset: Date.parse(session.serverTime) - action.receivedAt,
        selectedId: selectedId ?? session.conversations[0]?.conversationId ?? null,
      };
    }
    case 'message':
      return message(state, action.entry, action.viewing);
    case 'read': {
      const marks = state.readMarks[action.conversationId] ?? { customer: 0, agent: 0 };
      if (action.seq <= marks[action.reader]) return state;
      return {
        ...state,
        readMarks: { ...state.readMarks, [action.conversationId]: { ...marks, [action.reader]: action.seq } },
      };
    }
    case 'history': {
      const timeline = state.timelines[action.conversationId] ?? [];
      return {
        ...state,
        timelines: { ...state.timelines, [action.conversationId]: mergeTimeline(timeline, action.entries) },
      };
    }
    case 'assigned':
      return {
        ...state,
        mine: { ...state.mine, [action.conversation.conversationId]: action.conversation },
        selectedId: state.selectedId ?? action.conversation.conversationId,
      };
    case 'removed': {
      const lost = state.mine[action.conversationId];
      const takenAway =
        lost === undefined
          ? state.takenAway
          : [
              ...state.takenAway.filter((entry) => entry.conversationId !== action.conversationId),
              {
                conversationId: action.conversationId,
                customerId: lost.customerId,
                customerName: lost.customerName ?? null,
                reason: action.reason,
              },
            ];
      return {
        ...state,
        takenAway,
        escalated: without(state.escalated, action.conversationId),
        mine: without(state.mine, action.conversationId),
        outgoing: without(state.outgoing, action.conversationId),
        reminders: without(state.reminders, action.conversationId),
      };
    }
    case 'escalated':
      return { ...state, escalated: { ...state.escalated, [action.conversationId]: action.at } };
    case 'dismissTakenAway':
      return {
        ...state,
        takenAway: state.takenAway.filter((entry) => entry.conversationId !== action.conversationId),
      };
    case 'updated': {
      const { conversation } = action;
      const id = conversation.conversationId;
      const incoming = state.incoming.map((card) => (card.conversationId === id ? { ...card, conversation } : card));
      if (state.mine[id] === undefined) return { ...state, incoming };
      const open = conversation.status !== 'closed' && conversation.ownerId === state.agentId;
      return {
        ...state,
        incoming,
        mine: open ? { ...state.mine, [id]: conversation } : without(state.mine, id),
        reminders: open ? state.reminders : without(state.reminders, id),
      };
    }
    case 'transferRequested':
      return {
        ...state,
        incoming: [...state.incoming.filter((card) => card.transferId !== action.card.transferId), action.card],
      };
    case 'transferUpdated':
      return transferUpdated(state, action.update);
    case 'status':
      return { ...state, me: action.me };
    case 'queues':
      return { ...state, queues: action.groups };
    case 'reminder':
      return { ...state, reminders: { ...state.reminders, [action.conversationId]: action.waitingSince } };
    case 'select':
      return { ...state, selectedId: action.conversationId };
    case 'dismissFailed':
      return { ...state, failed: null };
  }
}

/**
 * Unread customer messages per conversation of this agent's: those after the agent side's read mark
 * (useReadMarks.ts moves it as the agent views a conversation).
 */
export function unreadCounts(state: WorkspaceState): Readonly<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const conversationId of Object.keys(state.mine)) {
    const read = state.readMarks[conversationId]?.agent ?? 0;
    const timeline = state.timelines[conversationId] ?? [];
    const unread = timeline.filter((entry) => entry.authorKind === 'customer' && entry.seq > read).length;
    if (unread > 0) counts[conversationId] = unread;
  }
  return counts;
}

/** Every unread customer message of this agent's conversations (the tab title's count). */
export const totalUnread = (state: WorkspaceState): number =>
  Object.values(unreadCounts(state)).reduce((sum, count) => sum + count, 0);
