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
 */
import type { EventOf } from '../domain/events.js';
import type { ReadModel } from '../store/read-model.js';

export interface SendOutcome {
  readonly seq: number | null;
  /** True when this id had been sent before and nothing new was posted. */
  readonly duplicate: boolean;
}

interface Known {
  readonly ids: Map<string, number>;
  ready: Promise<void>;
  /** Whether `ready` has settled successfully (a send need not wait for it). */
  loaded: boolean;
  /** The highest seq read from the read model. */
  readSeq: number;
}

const keyOf = (tenantId: string, conversationId: string): string => `${tenantId}\u0000${conversationId}`;

export class MessageIds {
  private readonly conversations = new Map<string, Known>();
  private readonly inflight = new Map<string, Promise<SendOutcome>>();

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
    const known = this.conversations.get(keyOf(tenantId, event.conversationId));
    if (known !== undefined && !known.ids.has(event.messageId)) known.ids.set(event.messageId, event.seq);
  }

  /** Runs `post` (which resolves with the new entry's seq) unless `messageId` was sent before. */
  async once(
    tenantId: string,
    conversationId: string,
    messageId: string,
    post: () => Promise<number | null>,
  ): Promise<SendOutcome> {
    const conversationKey = keyOf(tenantId, conversationId);
    const key = `${conversationKey}\u0000${messageId}`;
    const running = this.inflight.get(key);
    if (running !== undefined) return { seq: (await running).seq, duplicate: true };
    const attempt = this.attempt(conversationKey, tenantId, conversationId, messageId, post);
    this.inflight.set(key, attempt);
    try {
      return await attempt;
    } finally {
      this.inflight.delete(key);
    }
  }

  private async attempt(
    key: string,
    tenantId: string,
    conversationId: string,
    messageId: string,
    post: () => Promise<number | null>,
  ): Promise<SendOutcome> {
    const seq = await this.lookup(key, tenantId, conversationId, messageId);
    if (seq !== undefined) return { seq, duplicate: true };
    return { seq: await post(), duplicate: false };
  }

  private async lookup(
    key: string,
    tenantId: string,
    conversationId: string,
    messageId: string,
  ): Promise<number | undefined> {
    let known = this.conversations.get(key);
    let fresh = false;
    if (known === undefined) {
      fresh = true;
      const entry: Known = { ids: new Map<string, number>(), ready: Promise.resolve(), loaded: false, readSeq: 0 };
      entry.ready = this.load(tenantId, conversationId, entry).then(() => {
        entry.loaded = true;
      });
      known = entry;
      const loading = known;
      known.ready.catch(() => {
        if (this.conversations.get(key) === loading) this.conversations.delete(key);
      });
    } else {
      this.conversations.delete(key);
    }
    this.conversations.set(key, known);
    if (this.conversations.size > this.capacity) {
      for (const oldest of this.conversations.keys()) {
        if (this.conversations.size <= this.capacity) break;
        this.conversations.delete(oldest);
      }
    }
    // Loaded already (every send after a conversation's first): no wait for a settled promise.
    if (!known.loaded) await known.ready;
    const seq = known.ids.get(messageId);
    if (seq !== undefined || !this.shared || fresh) return seq;
    const current = known;
    current.ready = this.load(tenantId, conversationId, current);
    await current.ready;
    return current.ids.get(messageId);
  }

  /** Reads the conversation's text entries after the last one read into `known`. */
  private async load(tenantId: string, conversationId: string, known: Known): Promise<void> {
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
