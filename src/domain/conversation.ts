/**
 * Conversations (DESIGN.md §1, §4) and their lifecycle, as an explicit transition table.
 *
 * queued        waiting in its group's queue (or reserved for a preferred agent)
 * left-message  the customer left a message; it waits for open hours and a free agent
 * offered       offered to one agent who must accept (offer mode)
 * active        owned by one agent
 * dormant       the customer went silent; still owned, not counted as active
 * closed        over
 */
export type ConversationStatus = 'queued' | 'left-message' | 'offered' | 'active' | 'dormant' | 'closed';

export const conversationTransitions: Readonly<Record<ConversationStatus, readonly ConversationStatus[]>> = {
  queued: ['offered', 'active', 'closed'],
  'left-message': ['offered', 'active', 'closed'],
  offered: ['active', 'queued', 'closed'],
  active: ['dormant', 'queued', 'closed'],
  dormant: ['active', 'queued', 'closed'],
  closed: [],
};

export const canTransition = (from: ConversationStatus, to: ConversationStatus): boolean =>
  conversationTransitions[from].includes(to);

/** Why a conversation waits for one agent before normal routing (DESIGN.md §3.3). */
export type PreferenceReason = 'directed' | 'dedicated' | 'sticky';

/**
 * A conversation opened from the conversation-test page (or the API with `test`): `decision-only`
 * records where routing would send it and closes it at once, never touching an agent's workload;
 * `routed` is routed to real agents because the admin asked. Reports leave both out.
 */
export type TestMode = 'decision-only' | 'routed';

export interface Reservation {
  readonly agentId: string;
  readonly reason: PreferenceReason;
  readonly until: number;
}

export interface Conversation {
  readonly id: string;
  readonly customerId: string;
  readonly channel: string;
  readonly source: string;
  readonly language: string | null;
  readonly businessType: string | null;
  /** The entry point's attributes about the visitor (absent when none were given): staff see them. */
  attributes?: Readonly<Record<string, string>>;
  /** Set by routing rules at opening, changed later by tagging. */
  labels: readonly string[];
  readonly priority: number;
  readonly openedAt: number;
  /** The rule that classified it, for explanations. */
  readonly routedBy: { readonly id: string; readonly name: string } | null;
  status: ConversationStatus;
  groupId: string;
  /** Queue order key: enqueuedAt − priority × step; constant while waiting, kept across re-routes. */
  orderKey: number;
  enqueuedAt: number;
  /** Arrival number within the tenant: the queue's tie-break. */
  arrival: number;
  /** Highest overflow tier of its current group reached while waiting (0 = own group only). */
  overflowTier: number;
  /**
   * When it started waiting in its current group: overflow thresholds count from here. Equal to
   * `enqueuedAt` unless it was moved to another group, where the tiers start again.
   */
  overflowFrom: number;
  reservation: Reservation | null;
  ownerId: string | null;
  assignedAt: number | null;
  firstResponseAt: number | null;
  /** First-response takeovers so far; past `maxAutoTakeovers` it stays put and supervisors are alerted. */
  autoTakeovers: number;
  /** Set for test conversations (see `TestMode`); null for real customers. */
  readonly test: TestMode | null;
  /** Agents never to be offered this conversation again (missed offers, takeovers). */
  excluded: readonly string[];
  /** Per-conversation message sequence; the next message gets lastSeq + 1. */
  lastSeq: number;
  /** When the customer started waiting for a reply, or null if the agent spoke last. */
  awaitingReplySince: number | null;
  closedAt: number | null;
  /** The transfer waiting for an answer, if any (one at a time). */
  pendingTransferId: string | null;
  /** Supervisors watching (read-only) or barged in (may write publicly). */
  watchers: readonly { supervisorId: string; mode: 'watch' | 'barge' }[];
  /** Transfer rules already applied to this conversation (each fires once). */
  firedTransferRules: readonly string[];
  /** Every transfer ever requested for it, in order (ids stay taken while it is remembered). */
  transferIds: readonly string[];
}

/**
 * The empty list a new conversation starts with for its exclusions, watchers, fired transfer rules
 * and transfers. Those lists are replaced, never changed in place, so every conversation can share
 * this one (frozen: a write would throw): most never get an entry, and four fresh arrays per arrival
 * were a third of what a waiting conversation keeps alive, and one more object to read when routing
 * checks its exclusions.
 */
export const noEntries: readonly never[] = Object.freeze([]);
