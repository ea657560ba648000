/**
 * Idempotent sends (DESIGN.md §8): a client names each message (the domain's `messageId`), and a
 * resend of the same id in the same conversation is answered with the original's seq instead of
 * being posted again — whether it was lost on the way back, sent twice at once, sent over another
 * connection or before a restart.
 *
 * The ids of a conversation are read once from the read model, the first time a send for it
 * arrives, and kept up to date from the stored events; the least recently used conversations are
 * forgotten past `capacity` (and read again if needed). Sends of the same id that overlap wait for
 * the first. Only what people write (`text` entries) is indexed: system entries' generated ids are
 * not the clients' to collide with.
 *
 * In cluster mode (`shared`) other processes append to the same read model, and this node may not
 * have heard of their last events yet — an owner killed after its commit but before publishing, a
 * forwarded send whose answer was lost and that the client sends again through another node. So an
 * id not in memory is looked up once more in the read model (the entries after the last one known)
 * before it is posted: a resend after a failover is still answered with the original's seq. Two
 * nodes posting the same new id at the same instant can still both post it (this check and the
 * append are not one transaction); the retries of a real client are sequential.
 *
 * Bookkeeping costs nothing that grows with each send (issue 16: it was about 5 % of the server's
 * CPU in the e2e bench): conversations are found by tenant then id (no key strings built per
 * send), recency is the insertion order of one set (a touch re-inserts the entry), the sends
 * in flight are kept by their conversation, and a send to a conversation already loaded runs its
 * `post` at once, with one continuation for its outcome rather than a chain of async frames. A
 * conversation with a send in flight is not forgotten (its in-flight sends answer resends).
 */
import type { EventOf } from '../domain/events.js';
import type { StoredEvent } from '../store/event-store.js';
import type { ReadModel } from '../store/read-model.js';

export interface SendOutcome {
  readonly seq: number | null;
  /** True when this id had been sent before and nothing new was posted. */
  readonly duplicate: boolean;
}

/** One conversation's known ids. */
interface Known {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly ids: Map<string, number>;
  /** Sends of this conversation not yet answered, by message id: a resend meanwhile waits for the first. */
  readonly sending: Map<string, Promise<SendOutcome>>;
  ready: Promise<void>;
  /** Whether `ready` has settled successfully (a send need not wait for it). */
  loaded: boolean;
  /** The highest seq read from the read model. */
  readSeq: number;
}

/** The seq of the text entry `messageId` among a command's stored events, or null if it posted none. */
export function postedSeq(events: readonly StoredEvent[], messageId: string): number | null {
  for (const { event } of events) {
    if (event.type === 'MessagePosted' && event.messageId === messageId && event.kind === 'text') return event.seq;
  }
  return null;
}

const duplicateOf = (outcome: SendOutcome): SendOutcome => ({ seq: outcome.seq, duplicate: true });

export class MessageIds {
  /** Tenant id → conversation id → its known ids. */
  private readonly tenants = new Map<string, Map<string, Known>>();
  /** Every entry, least recently used first (re-inserted when used). */
  private readonly recency = new Set<Known>();

  constructor(
    private readonly readModel: ReadModel,
    private readonly capacity = 5000,
    private readonly pageSize = 200,
    /** Other processes write the read model too (cluster mode): re-read before posting an unknown id. */
    private readonly shared = false,
  ) {}

  /** Keeps loaded conversations current (fed with every stored MessagePosted). */
  observe(tenantId: string, event: EventOf<'MessagePosted'>): void {
    if (event.kind !== 'text') return;
    const known = this.tenants.get(tenantId)?.get(event.conversationId);
    if (known !== undefined && !known.ids.has(event.messageId)) known.ids.set(event.messageId, event.seq);
  }

  /**
   * Runs `post` (which resolves with the new entry's seq; it reports failures by rejecting, never by
   * throwing) unless `messageId` was sent before.
   */
  once(
    tenantId: string,
    conversationId: string,
    messageId: string,
    post: () => Promise<number | null>,
  ): Promise<SendOutcome> {
    const { known, fresh } = this.touch(tenantId, conversationId);
    const running = known.sending.get(messageId);
    if (running !== undefined) return running.then(duplicateOf);
    const settled = (): void => {
      if (known.sending.get(messageId) === attempt) known.sending.delete(messageId);
    };
    let attempt: Promise<SendOutcome>;
    if (known.loaded && !this.shared) {
      // Every send after a conversation's first: answered from memory, or posted at once.
      const seq = known.ids.get(messageId);
      if (seq !== undefined) return Promise.resolve({ seq, duplicate: true });
      attempt = post().then(
        (newSeq) => {
          settled();
          return { seq: newSeq, duplicate: false };
        },
        (error: unknown) => {
          settled();
          throw error;
        },
      );
    } else {
      attempt = this.attempt(known, fresh, messageId, post).finally(settled);
    }
    known.sending.set(messageId, attempt);
    return attempt;
  }

  private async attempt(
    known: Known,
    fresh: boolean,
    messageId: string,
    post: () => Promise<number | null>,
  ): Promise<SendOutcome> {
    const seq = await this.lookup(known, fresh, messageId);
    if (seq !== undefined) return { seq, duplicate: true };
    return { seq: await post(), duplicate: false };
  }

  /** The seq of `messageId` once `known` is loaded (in cluster mode, re-read if not found). */
  private async lookup(known: Known, fresh: boolean, messageId: string): Promise<number | undefined> {
    if (!known.loaded) await known.ready;
    const seq = known.ids.get(messageId);
    if (seq !== undefined || !this.shared || fresh) return seq;
    known.ready = this.load(known);
    await known.ready;
    return known.ids.get(messageId);
  }

  /**
   * The conversation's entry, made most recently used; a new one starts loading (and is forgotten
   * again if that fails). Past `capacity`, the least recently used are forgotten.
   */
  private touch(tenantId: string, conversationId: string): { known: Known; fresh: boolean } {
    let conversations = this.tenants.get(tenantId);
    if (conversations === undefined) {
      conversations = new Map();
      this.tenants.set(tenantId, conversations);
    }
    const existing = conversations.get(conversationId);
    if (existing !== undefined) {
      this.recency.delete(existing);
      this.recency.add(existing);
      return { known: existing, fresh: false };
    }
    const known: Known = {
      tenantId,
      conversationId,
      ids: new Map(),
      sending: new Map(),
      ready: Promise.resolve(),
      loaded: false,
      readSeq: 0,
    };
    known.ready = this.load(known).then(() => {
      known.loaded = true;
    });
    known.ready.catch(() => {
      if (this.tenants.get(tenantId)?.get(conversationId) === known) this.forget(known);
    });
    conversations.set(conversationId, known);
    this.recency.add(known);
    this.evict();
    return { known, fresh: true };
  }

  /** Forgets the least recently used conversations past `capacity`, passing over those with sends in flight. */
  private evict(): void {
    for (const candidate of this.recency) {
      if (this.recency.size <= this.capacity) return;
      if (candidate.sending.size === 0) this.forget(candidate);
    }
  }

  private forget(known: Known): void {
    const conversations = this.tenants.get(known.tenantId);
    conversations?.delete(known.conversationId);
    if (conversations?.size === 0) this.tenants.delete(known.tenantId);
    this.recency.delete(known);
  }

  /** Reads the conversation's text entries after the last one read into `known`. */
  private async load(known: Known): Promise<void> {
    const { tenantId, conversationId } = known;
    let afterSeq = known.readSeq;
    for (;;) {
      const page = await this.readModel.messages(tenantId, conversationId, { afterSeq, limit: this.pageSize });
      for (const message of page.items) {
        if (message.kind === 'text' && !known.ids.has(message.messageId)) known.ids.set(message.messageId, message.seq);
        known.readSeq = Math.max(known.readSeq, message.seq);
      }
      if (page.nextSeq === null || page.items.length === 0) return;
      afterSeq = page.nextSeq;
    }
  }
}
