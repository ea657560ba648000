/**
 * The widget's link to the server (docs/realtime.md, the customer side): a customer token from
 * `POST /api/v1/widget/session`, then one Socket.IO connection that resumes the conversation from
 * the stored cursor on every (re)connection, so nothing is missed or shown twice. After each
 * `session` it retries what the server has not acknowledged: the open (same conversation id) and
 * the customer's unsent messages (same message ids — the server posts each id once).
 */
import { io, type Socket } from 'socket.io-client';
import { api, apiBlob, ApiFailure } from '../src/api/http.js';
import type { ChatAction, ChatEntry, ChatState, CustomerConversation, OpenRequest, QueueInfo } from './chat-state.js';
import type { WidgetConfig } from './widget-config.js';
import type { Ack, CustomerSession, ServerEvents } from '../../src/shared/realtime-protocol.js';

export type LinkStatus = 'connecting' | 'online' | 'offline';

/** A failure the customer should be told about (a code from the server's error catalogue). */
/**
 * What the customer is told when something fails: the site has no chat, the account could not be
 * verified, they hold too many chats or windows, the service is saturated, or anything else.
 */
export type LinkFailure = 'unavailable' | 'verify' | 'too-many-chats' | 'too-many-windows' | 'busy' | 'generic' | null;

/** The failure a refusal's code means to the customer (codes from the server's error catalogue). */
const failureFor = (code: string | undefined): LinkFailure =>
  code === 'TOO_MANY_OPEN_CONVERSATIONS'
    ? 'too-many-chats'
    : code === 'TOO_MANY_CONNECTIONS'
      ? 'too-many-windows'
      : code === 'OVERLOADED' || code === 'RATE_LIMITED'
        ? 'busy'
        : 'generic';

export interface ConnectionHandlers {
  getState(): ChatState;
  dispatch(action: ChatAction): void;
  onLink(status: LinkStatus): void;
  onFailure(failure: LinkFailure): void;
  /** An agent started (`agentId`, shown for `expiresInMs`) or stopped (null) typing. */
  onAgentTyping(typing: { readonly agentId: string | null; readonly expiresInMs: number } | null): void;
}

type TypingEvent = ServerEvents['typing'];

const ACK_TIMEOUT_MS = 15_000;
/** Retries of the token request while the server cannot be reached: 1 s, doubling, at most 30 s. */
const RETRY_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/** Topic → the conversation's business type, which routing rules may match. */
export const topics = ['presales', 'orders', 'refunds', 'tech', 'other'] as const;
export type Topic = (typeof topics)[number];

export class ChatConnection {
  private socket: Socket | null = null;
  private token: string | null = null;
  private stopped = false;
  /**
   * The token was issued and not yet accepted by the gateway. The server hands a token to any
   * tenant id (it does not say which exist), so a fresh token refused at once means the tenant is
   * not served here: stop rather than renew forever.
   */
  private untried = false;
  /** The first seq whose attachment links failed while not connected: the next resume starts there. */
  private staleFrom: number | null = null;

  constructor(
    private readonly config: WidgetConfig,
    private readonly visitorId: string,
    private readonly handlers: ConnectionHandlers,
  ) {}

  /** Gets a token and connects; failures to reach the server are retried by Socket.IO. */
  async start(): Promise<void> {
    this.handlers.onLink('connecting');
    if (!(await this.renewToken()) || this.stopped) return;
    const socket = io({
      transports: ['websocket'],
      auth: (send) => {
        send({ token: this.token, resume: this.cursors() });
      },
    });
    this.socket = socket;
    socket.on('session', (session: CustomerSession) => {
      this.untried = false;
      this.handlers.onLink('online');
      void this.afterSession(session);
      // Links that failed while the handshake was already under way: read those entries again now.
      const stale = this.staleFrom;
      this.staleFrom = null;
      if (stale !== null) this.refreshLinks(stale);
    });
    socket.on('message', (entry: ChatEntry & { visibility?: string }) => {
      if (entry.visibility === 'internal') return;
      if (entry.authorKind === 'agent') this.handlers.onAgentTyping(null);
      this.handlers.dispatch({ type: 'entry', entry });
    });
    socket.on('conversation.updated', (conversation: CustomerConversation) => {
      this.handlers.dispatch({ type: 'conversation', conversation });
    });
    socket.on('queue.position', (position: QueueInfo & { conversationId: string }) => {
      this.handlers.dispatch({ type: 'queue', conversationId: position.conversationId, queue: position });
    });
    socket.on('typing', (event: TypingEvent) => {
      if (event.from !== 'agent' || event.conversationId !== this.handlers.getState().conversationId) return;
      this.handlers.onAgentTyping(event.typing ? { agentId: event.agentId, expiresInMs: event.expiresInMs } : null);
    });
    socket.on('read', (mark: { conversationId: string; reader: string; seq: number }) => {
      if (mark.reader === 'agent')
        this.handlers.dispatch({ type: 'agentRead', conversationId: mark.conversationId, seq: mark.seq });
    });
    socket.on('timeline.failed', (failure: { conversationId: string; error: { code: string } }) => {
      this.timelineFailed(failure.conversationId, failure.error.code);
    });
    socket.on('disconnect', (reason) => {
      this.handlers.onLink('offline');
      // The server ended it (token expiry): a fresh token, then connect again.
      if (reason === 'io server disconnect' && !this.stopped) void this.renewAndConnect();
    });
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      this.handlers.onLink('offline');
      if (error.data?.code === 'TOO_MANY_CONNECTIONS') this.handlers.onFailure('too-many-windows');
      if (error.data?.code !== 'UNAUTHENTICATED' || this.stopped) return;
      if (this.untried) this.handlers.onFailure('unavailable');
      else void this.renewAndConnect();
    });
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
    this.socket = null;
  }

  /** Opens the conversation described by the pre-chat form (stored first, so a reload retries it). */
  async open(request: OpenRequest): Promise<void> {
    this.handlers.dispatch({ type: 'opening', request });
    await this.sendOpen(request);
  }

  /** Shows the message at once and sends it; an unacknowledged one is resent on reconnection. */
  async send(messageId: string, text: string): Promise<void> {
    this.handlers.dispatch({ type: 'send', send: { messageId, text } });
    await this.sendMessage(messageId, text);
  }

  /** Tells the agent whether the customer is typing (a hint: a lost one does not matter). */
  typing(typing: boolean): void {
    const { conversationId, opened, status } = this.handlers.getState();
    if (conversationId === null || !opened || status === 'closed') return;
    void this.request('typing', { conversationId, typing });
  }

  /** Tells the agent the customer has seen the conversation up to `seq`. */
  markRead(seq: number): void {
    const { conversationId, opened } = this.handlers.getState();
    if (conversationId === null || !opened || seq < 1) return;
    void this.request('read', { conversationId, seq });
  }

  /** The customer token now (uploads send it); null before the first one. */
  currentToken(): string | null {
    return this.token;
  }

  /**
   * Reads the timeline again from `seq` for fresh attachment links (they expire): the server sends
   * the entries once more and the state keeps their newer links (chat-state.ts). Not connected yet
   * (a reload shows the stored entries first), the next connection resumes from there.
   */
  refreshLinks(seq: number): void {
    const { conversationId, opened } = this.handlers.getState();
    if (conversationId === null || !opened || seq < 1) return;
    if (this.socket?.connected === true) {
      void this.request('resume', { conversationId, lastSeq: seq - 1 });
      return;
    }
    this.staleFrom = Math.min(this.staleFrom ?? seq, seq);
  }

  async close(): Promise<void> {
    const { conversationId } = this.handlers.getState();
    if (conversationId === null) return;
    const answer = await this.request<{ conversation: CustomerConversation }>('conversation.close', { conversationId });
    if (answer?.ok === true) this.handlers.dispatch({ type: 'conversation', conversation: answer.conversation });
  }

  async rate(score: number, comment: string): Promise<boolean> {
    const { conversationId } = this.handlers.getState();
    if (conversationId === null) return false;
    const answer = await this.request('conversation.rate', {
      conversationId,
      score,
      ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
    });
    if (answer?.ok !== true) {
      this.handlers.onFailure('generic');
      return false;
    }
    this.handlers.dispatch({ type: 'rated', score });
    return true;
  }

  /**
   * Leaves the customer's contact details with the conversation (a left message): true once the
   * server kept them, false when it refused them or could not be reached.
   */
  async contact(details: { name: string; phone: string; email: string }): Promise<boolean> {
    const { conversationId, opened } = this.handlers.getState();
    if (conversationId === null || !opened) return false;
    const given = Object.fromEntries(
      Object.entries(details)
        .map(([key, value]) => [key, value.trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    const answer = await this.request('conversation.contact', { conversationId, ...given });
    return answer?.ok === true;
  }

  /** The conversation's transcript as a text file (public entries only), or null when it failed. */
  async transcript(language: string): Promise<Blob | null> {
    const { conversationId, opened } = this.handlers.getState();
    if (conversationId === null || !opened || this.token === null) return null;
    try {
      return await apiBlob(`/widget/conversations/${encodeURIComponent(conversationId)}/transcript`, {
        token: this.token,
        query: { language },
      });
    } catch {
      return null;
    }
  }

  private async fetchToken(): Promise<string> {
    const body =
      this.config.verified === null
        ? { tenantId: this.config.tenantId, visitorId: this.visitorId }
        : { tenantId: this.config.tenantId, ...this.config.verified };
    const reply = await api<{ token: string }>('/widget/session', { body, token: null });
    return reply.token;
  }

  private fail(error: unknown): void {
    if (error instanceof ApiFailure && error.code === 'TENANT_NOT_FOUND') this.handlers.onFailure('unavailable');
    else if (
      error instanceof ApiFailure &&
      (error.code === 'INVALID_CREDENTIALS' || error.code === 'WIDGET_SIGNATURE_EXPIRED')
    )
      this.handlers.onFailure('verify');
    else this.handlers.onFailure('generic');
  }

  /**
   * Gets a fresh customer token, retrying while the server cannot be reached; false when the
   * server refuses (unknown tenant, a signature that does not verify) or the frame is closing.
   */
  private async renewToken(): Promise<boolean> {
    for (let attempt = 0; !this.stopped; attempt += 1) {
      try {
        this.token = await this.fetchToken();
        this.untried = true;
        this.handlers.onFailure(null);
        return true;
      } catch (error) {
        if (error instanceof ApiFailure && error.status < 500 && error.status !== 429) {
          this.fail(error);
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** attempt)));
      }
    }
    return false;
  }

  private async renewAndConnect(): Promise<void> {
    if ((await this.renewToken()) && !this.stopped) this.socket?.connect();
  }

  /**
   * The handshake's `resume`: the acknowledged conversation from the last seq shown, or from
   * before the first entry whose links failed meanwhile (shown entries come again with fresh ones).
   */
  private cursors(): { conversationId: string; lastSeq: number }[] {
    const state = this.handlers.getState();
    const stale = this.staleFrom;
    this.staleFrom = null;
    const lastSeq = stale === null ? state.lastSeq : Math.min(state.lastSeq, stale - 1);
    return state.opened && state.conversationId !== null ? [{ conversationId: state.conversationId, lastSeq }] : [];
  }

  private async afterSession(session: CustomerSession): Promise<void> {
    const state = this.handlers.getState();
    if (state.conversationId !== null && state.opened) {
      const live = session.conversations.find((candidate) => candidate.conversationId === state.conversationId);
      // Only open conversations are listed: one missing has closed meanwhile.
      if (live === undefined) this.handlers.dispatch({ type: 'closed', conversationId: state.conversationId });
      else this.handlers.dispatch({ type: 'conversation', conversation: live });
    }
    if (state.openRequest !== null) await this.sendOpen(state.openRequest);
    const now = this.handlers.getState();
    if (!now.opened || now.status === 'closed') return;
    for (const send of now.pending) if (send.viaOpen !== true) await this.sendMessage(send.messageId, send.text);
  }

  private async sendOpen(request: OpenRequest): Promise<void> {
    const attributes: Record<string, string> = {
      ...this.config.visitor,
      topic: request.topic,
      device: navigator.userAgent.slice(0, 256),
    };
    if (request.name.trim() !== '') attributes.customerName = request.name.trim().slice(0, 256);
    const answer = await this.request<{ conversation: CustomerConversation; existing: boolean }>('conversation.open', {
      conversationId: request.conversationId,
      channel: 'web',
      source: this.config.source,
      text: request.text,
      messageId: request.messageId,
      language: request.language,
      businessType: request.topic,
      attributes,
    });
    if (answer === null) return;
    if (!answer.ok) {
      this.handlers.onFailure(failureFor(answer.error.code));
      this.handlers.dispatch({ type: 'reset' });
      return;
    }
    this.handlers.dispatch({ type: 'opened', conversation: answer.conversation });
    // Opened by an earlier connection: this one follows it only when asked.
    if (answer.existing) await this.resumeConversation(request.conversationId);
  }

  private async sendMessage(messageId: string, text: string): Promise<void> {
    const { conversationId, opened } = this.handlers.getState();
    if (conversationId === null || !opened) return;
    const answer = await this.request('message.send', { conversationId, messageId, text });
    // Refused for good (closed, invalid): stop retrying it. A lost answer keeps it for the next session.
    if (answer !== null && !answer.ok) {
      this.handlers.dispatch({ type: 'unsent', messageId });
      this.handlers.onFailure('generic');
    }
  }

  private async resumeConversation(conversationId: string): Promise<void> {
    const state = this.handlers.getState();
    if (state.conversationId !== conversationId) return;
    await this.request('resume', { conversationId, lastSeq: state.lastSeq });
  }

  private timelineFailed(conversationId: string, code: string): void {
    if (code === 'CONVERSATION_NOT_FOUND' || code === 'VALIDATION_FAILED') {
      // The server does not know this conversation (or this cursor): start afresh.
      if (this.handlers.getState().conversationId === conversationId) this.handlers.dispatch({ type: 'reset' });
      return;
    }
    setTimeout(() => {
      void this.resumeConversation(conversationId);
    }, 2_000);
  }

  /** Emits a request if connected; null when not connected or no answer came in time. */
  private async request<T extends object = object>(event: string, payload: object): Promise<Ack<T> | null> {
    const socket = this.socket;
    if (socket?.connected !== true) return null;
    try {
      return (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)) as Ack<T>;
    } catch {
      return null;
    }
  }
}
