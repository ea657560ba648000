/**
 * The customer's side of one conversation, as the frame shows it and keeps it in localStorage:
 * every public timeline entry shown (by seq, each once), the highest seq seen — the cursor the
 * realtime gateway resumes from after a reconnection or a reload — and the customer's own sends
 * not yet seen back, which are resent with the same message id until they are (idempotent sends).
 * `reduce` is pure; the connection (chat-connection.ts) feeds it what the server says. An entry
 * seen again (read anew for fresh attachment links, which expire) updates its links only.
 */
import type { CustomerConversation, TimelineEntry } from '../../src/shared/realtime-protocol.js';
import type { WidgetLanguage } from './widget-config.js';

/**
 * A timeline entry as the gateway sends it to customers (public entries only). `attachments` may be
 * missing from an entry the widget stored before attachments existed.
 */
export type ChatEntry = Omit<TimelineEntry, 'visibility' | 'attachments'> & {
  readonly attachments?: TimelineEntry['attachments'];
};

export type QueueInfo = NonNullable<CustomerConversation['queue']>;

/** The customer's view of a conversation (`conversation.updated`, `session`, acknowledgements). */
export type { CustomerConversation };

export interface PendingSend {
  readonly messageId: string;
  readonly text: string;
  /** The opening message: it travels with `conversation.open`, never as a separate send. */
  readonly viaOpen?: boolean;
}

/** The pre-chat answers, kept until the server acknowledges the open (a reload retries it). */
export interface OpenRequest {
  readonly conversationId: string;
  readonly messageId: string;
  readonly text: string;
  readonly language: WidgetLanguage;
  readonly topic: string;
  readonly name: string;
}

export interface ChatState {
  readonly language: WidgetLanguage;
  readonly conversationId: string | null;
  /** The server acknowledged the open: the conversation exists and can be resumed. */
  readonly opened: boolean;
  readonly openRequest: OpenRequest | null;
  readonly lastSeq: number;
  readonly entries: readonly ChatEntry[];
  readonly pending: readonly PendingSend[];
  readonly status: string | null;
  readonly agent: CustomerConversation['agent'];
  /** Names of the agents who served this conversation, for their earlier messages. */
  readonly agentNames: Readonly<Record<string, string>>;
  readonly queue: QueueInfo | null;
  readonly ratedScore: number | null;
  /** The agent side's read mark: the customer's messages up to it show as read. */
  readonly agentRead: number;
}

export type ChatAction =
  | { readonly type: 'opening'; readonly request: OpenRequest }
  | { readonly type: 'opened'; readonly conversation: CustomerConversation }
  | { readonly type: 'entry'; readonly entry: ChatEntry }
  | { readonly type: 'conversation'; readonly conversation: CustomerConversation }
  | { readonly type: 'queue'; readonly conversationId: string; readonly queue: QueueInfo }
  | { readonly type: 'closed'; readonly conversationId: string }
  | { readonly type: 'send'; readonly send: PendingSend }
  | { readonly type: 'unsent'; readonly messageId: string }
  | { readonly type: 'rated'; readonly score: number }
  | { readonly type: 'agentRead'; readonly conversationId: string; readonly seq: number }
  | { readonly type: 'language'; readonly language: WidgetLanguage }
  | { readonly type: 'reset' };

/** Entries kept in storage; older ones are still on the server. */
const KEPT_ENTRIES = 300;

export const emptyChat = (language: WidgetLanguage): ChatState => ({
  language,
  conversationId: null,
  opened: false,
  openRequest: null,
  lastSeq: 0,
  entries: [],
  pending: [],
  status: null,
  agent: null,
  agentNames: {},
  queue: null,
  ratedScore: null,
  agentRead: 0,
});

function withConversation(state: ChatState, conversation: CustomerConversation): ChatState {
  if (conversation.conversationId !== state.conversationId) return state;
  const waiting = conversation.status === 'queued' || conversation.status === 'offered';
  return {
    ...state,
    status: conversation.status,
    agent: conversation.agent,
    agentNames:
      conversation.agent === null
        ? state.agentNames
        : { ...state.agentNames, [conversation.agent.agentId]: conversation.agent.name },
    queue: waiting ? conversation.queue : null,
  };
}

/** An entry shown already, seen again: its attachments' links are the newer ones. */
function withFreshLinks(state: ChatState, entry: ChatEntry): ChatState {
  if (entry.attachments === undefined || entry.attachments.length === 0) return state;
  const index = state.entries.findIndex((shown) => shown.seq === entry.seq);
  const shown = state.entries[index];
  if (shown === undefined || shown.attachments === undefined) return state;
  const newest = (shown.attachments[0]?.expiresAt ?? '') >= (entry.attachments[0]?.expiresAt ?? '');
  if (newest) return state;
  const entries = [...state.entries];
  entries[index] = { ...shown, attachments: entry.attachments };
  return { ...state, entries };
}

export function reduce(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'opening':
      return {
        ...emptyChat(action.request.language),
        conversationId: action.request.conversationId,
        openRequest: action.request,
        pending: [{ messageId: action.request.messageId, text: action.request.text, viaOpen: true }],
      };
    case 'opened':
      if (action.conversation.conversationId !== state.conversationId) return state;
      return withConversation({ ...state, opened: true, openRequest: null }, action.conversation);
    case 'entry': {
      const { entry } = action;
      if (entry.conversationId !== state.conversationId) return state;
      // Each seq is shown once: a resumed history and a live entry may both carry it.
      if (entry.seq <= state.lastSeq) return withFreshLinks(state, entry);
      return {
        ...state,
        lastSeq: entry.seq,
        entries: [...state.entries, entry].slice(-KEPT_ENTRIES),
        pending: state.pending.filter((send) => send.messageId !== entry.messageId),
      };
    }
    case 'conversation':
      return withConversation(state, action.conversation);
    case 'queue':
      if (action.conversationId !== state.conversationId || state.status === 'closed') return state;
      return { ...state, queue: action.queue };
    case 'closed':
      if (action.conversationId !== state.conversationId) return state;
      return { ...state, status: 'closed', agent: null, queue: null, pending: [] };
    case 'send':
      return { ...state, pending: [...state.pending, action.send] };
    case 'unsent':
      return { ...state, pending: state.pending.filter((send) => send.messageId !== action.messageId) };
    case 'rated':
      return { ...state, ratedScore: action.score };
    case 'agentRead':
      if (action.conversationId !== state.conversationId || action.seq <= state.agentRead) return state;
      return { ...state, agentRead: action.seq };
    case 'language':
      return { ...state, language: action.language };
    case 'reset':
      return emptyChat(state.language);
  }
}

/** Reads a stored chat; anything unreadable starts afresh. */
export function parseStoredChat(raw: string | null, language: WidgetLanguage): ChatState {
  if (raw === null) return emptyChat(language);
  try {
    const parsed = JSON.parse(raw) as Partial<ChatState> | null;
    if (parsed === null || typeof parsed !== 'object' || !Array.isArray(parsed.entries)) return emptyChat(language);
    return { ...emptyChat(language), ...parsed };
  } catch {
    return emptyChat(language);
  }
}
