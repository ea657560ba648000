/**
 * Per-conversation delivery with sequence numbers (DESIGN.md §8): a client follows a conversation
 * from a seq it has; the gateway sends every later entry once, in order, with no gap.
 *
 * Following starts by joining the conversation's audience on this process (`followers`) — from then
 * on live entries reach the follow — and then reads the history after the cursor from the read model, page by page, while
 * live entries wait in the follow's buffer. Then the buffer is sent in seq order, dropping what the
 * history already sent, and live delivery goes on. No entry is lost in between: an entry published
 * before the join was durable before it, so the read model (projected in the same transaction as
 * the append) has it; one published after the join is in the buffer; one in both is sent once.
 *
 * Customers follow only their conversations and receive public entries only.
 *
 * History pages are read once however many sockets ask for the same page at the same time: when a
 * conversation opens, every socket of its customer (and of its new owner) starts following it from
 * seq 0 at once, and before issue 14 each ran its own query — 200 sockets × 50 opens made 10,000
 * identical queries. Now concurrent identical reads share one query (`sharedPage`).
 *
 * Issue 16 (the e2e bench's profile): the audience of a conversation is kept here, by tenant and
 * conversation id, rather than as a Socket.IO room — finding a room built its name for every entry
 * (a new string to hash each time) and a new array of its sessions. A session leaves every audience
 * when its connection closes (`leaveAll`, called by the gateway), as a socket leaves its rooms. And
 * a live entry is encoded once for all the followers it goes straight to (`deliver`).
 */
import type { AttachmentLinks } from '../../services/attachment-links.js';
import type { MessagePage, ReadModel } from '../../store/read-model.js';
import type { TimelineEntry } from './protocol.js';
import type { GatewayServer } from './rooms.js';
import { emitToEach } from './shared-emit.js';
import type { ClientSession, Follow, GatewaySocket } from './session.js';
import { entryFromView } from './views.js';

export class TimelineFollows {
  /** This process's sessions following each conversation, by tenant then conversation id. */
  private readonly followers = new Map<string, Map<string, Set<ClientSession>>>();
  /** Page reads in flight, by what they read: joined by identical reads until they settle. */
  private readonly reading = new Map<string, Promise<MessagePage>>();

  constructor(
    private readonly io: GatewayServer,
    private readonly readModel: ReadModel,
    /** Mints the links of the files entries carry, as they are sent to followers. */
    readonly links: AttachmentLinks,
    private readonly pageSize = 200,
  ) {}

  /**
   * Follows `conversationId` from `afterSeq` and resolves, once the history is sent, with the seq
   * delivered up to. An existing follow is kept as it is unless `restart` (a client's resume) asks
   * to start again from `afterSeq`. Rejects (and stops following) if the history cannot be read.
   */
  async follow(
    session: ClientSession,
    conversationId: string,
    afterSeq: number,
    options: { readonly sticky: boolean; readonly restart: boolean },
  ): Promise<number> {
    const existing = session.follows.get(conversationId);
    if (existing !== undefined && !options.restart) {
      existing.sticky ||= options.sticky;
      return existing.delivered;
    }
    const follow: Follow = {
      delivered: afterSeq,
      buffer: [],
      sticky: options.sticky || existing?.sticky === true,
      generation: session.nextGeneration(),
    };
    session.follows.set(conversationId, follow);
    this.join(session, conversationId);
    try {
      let cursor = afterSeq;
      for (;;) {
        const page = await this.sharedPage(session.tenantId, conversationId, cursor, session.isCustomer);
        // Superseded by a newer resume, or unfollowed meanwhile: that one delivers from here.
        if (session.follows.get(conversationId) !== follow) return follow.delivered;
        const files = { tenantId: session.tenantId, links: this.links };
        for (const view of page.items) send(session, follow, entryFromView(view, files));
        if (page.nextSeq === null || page.items.length === 0) break;
        cursor = page.nextSeq;
      }
      const buffered = follow.buffer ?? [];
      follow.buffer = null;
      buffered.sort((a, b) => a.seq - b.seq);
      for (const entry of buffered) send(session, follow, entry);
      return follow.delivered;
    } catch (error) {
      if (session.follows.get(conversationId) === follow) this.unfollow(session, conversationId);
      throw error;
    }
  }

  /** One history page; an identical read already in flight is joined rather than repeated. */
  private sharedPage(
    tenantId: string,
    conversationId: string,
    afterSeq: number,
    publicOnly: boolean,
  ): Promise<MessagePage> {
    const key = JSON.stringify([tenantId, conversationId, afterSeq, publicOnly]);
    const inFlight = this.reading.get(key);
    if (inFlight !== undefined) return inFlight;
    const read = this.readModel
      .messages(tenantId, conversationId, { afterSeq, limit: this.pageSize, publicOnly })
      .finally(() => this.reading.delete(key));
    this.reading.set(key, read);
    return read;
  }

  /**
   * A new entry: to every local follower of its conversation, or into their catch-up buffers. The
   * followers it goes straight to get one packet, encoded once (issue 16: encoding it for each was
   * most of the fan-out's cost; shared-emit.ts), after each follow's cursor has been moved past it.
   * A session still holding its events back behind `session` queues it like any other event.
   */
  deliver(tenantId: string, entry: TimelineEntry): void {
    let direct: GatewaySocket[] | null = null;
    const audience = this.followers.get(tenantId)?.get(entry.conversationId);
    if (audience === undefined) return;
    for (const session of audience) {
      if (session.isCustomer && entry.visibility !== 'public') continue;
      const follow = session.follows.get(entry.conversationId);
      if (follow === undefined) continue;
      if (follow.buffer !== null) follow.buffer.push(entry);
      else if (entry.seq > follow.delivered) {
        follow.delivered = entry.seq;
        if (session.holding) session.send('message', entry);
        else (direct ??= []).push(session.socket);
      }
    }
    if (direct !== null) emitToEach(direct, 'message', entry);
  }

  unfollow(session: ClientSession, conversationId: string): void {
    session.follows.delete(conversationId);
    this.leave(session, conversationId);
  }

  /** The session's connection closed: it leaves every audience (its follows stay, unused). */
  leaveAll(session: ClientSession): void {
    for (const conversationId of session.follows.keys()) this.leave(session, conversationId);
  }

  private join(session: ClientSession, conversationId: string): void {
    // A connection already closed (a follow started before it closed, going on after) joins nothing.
    if (!session.connected) return;
    let conversations = this.followers.get(session.tenantId);
    if (conversations === undefined) {
      conversations = new Map();
      this.followers.set(session.tenantId, conversations);
    }
    let audience = conversations.get(conversationId);
    if (audience === undefined) {
      audience = new Set();
      conversations.set(conversationId, audience);
    }
    audience.add(session);
  }

  private leave(session: ClientSession, conversationId: string): void {
    const conversations = this.followers.get(session.tenantId);
    const audience = conversations?.get(conversationId);
    if (conversations === undefined || audience === undefined) return;
    audience.delete(session);
    if (audience.size > 0) return;
    conversations.delete(conversationId);
    if (conversations.size === 0) this.followers.delete(session.tenantId);
  }
}

function send(session: ClientSession, follow: Follow, entry: TimelineEntry): void {
  if (entry.seq <= follow.delivered) return;
  follow.delivered = entry.seq;
  session.send('message', entry);
}
