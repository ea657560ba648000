/**
 * The realtime gateway (DESIGN.md §8): Socket.IO on the HTTP server's port. Clients connect with a
 * token (handshake `auth.token`), receive `session` and then everything that concerns them, and
 * send requests answered through acknowledgements. docs/realtime.md is the protocol.
 *
 * Parts: the handshake check (authenticate-socket.ts), presence from connections (presence.ts),
 * timeline delivery by seq with resume (timeline-follows.ts), idempotent sends (message-ids.ts),
 * stored events to clients (fan-out.ts), throttled figures (overview.ts), requests
 * (shared-, agent-, customer-requests.ts).
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { isSupervisor } from '../../domain/agent.js';
import type { ConversationStatus } from '../../domain/conversation.js';
import type { AttachmentLinks } from '../../services/attachment-links.js';
import type { Metrics } from '../../services/metrics.js';
import { signalRelayOf } from '../../services/signal-relay.js';
import type { Tenants } from '../../services/tenants.js';
import type { TokenService } from '../auth/tokens.js';
import type { EnrichmentHooks } from '../../services/enrichment/enrichment-hooks.js';
import { CustomerOpenLimit } from '../http/customer-open-limit.js';
import { toCatalogueError } from '../http/error-catalogue.js';
import { agentRequests } from './agent-requests.js';
import { socketAuthenticator } from './authenticate-socket.js';
import type { GatewayContext } from './context.js';
import { customerRequests } from './customer-requests.js';
import { chatSignals, receiveSignal, sendReadMarks } from './chat-signals.js';
import { ReadMarks } from './read-marks.js';
import { fanOut } from './fan-out.js';
import { MessageIds } from '../../services/message-ids.js';
import { noteQueueShown, Overview } from './overview.js';
import { Presence } from './presence.js';
import { clusterPresenceFor } from '../../cluster/cluster-presence.js';
import type { AgentPresence } from '../../services/agent-presence.js';
import { authorise, isKnownRequest } from './requests.js';
import { ConnectionCounts, connectionLimiter, tokenCapPrecheck, type ConnectionCaps } from './connection-limits.js';
import { DEFAULT_REFUSALS_BEFORE_DISCONNECT, limitEvents } from './event-rate-limit.js';
import { rooms, type GatewayServer } from './rooms.js';
import { admitEvent, closeEndedSessions } from './session-guard.js';
import { ClientSession, type GatewaySocket } from './session.js';
import { agentSession, customerSession } from './session-payload.js';
import { resume, sharedRequests } from './shared-requests.js';
import { Throttle } from './throttle.js';
import { TimelineFollows } from './timeline-follows.js';
import { TransferParties } from './transfer-parties.js';
import { batchWrites } from './write-batching.js';

export interface RealtimeOptions {
  /** Origins allowed to connect from a browser (the widget's hosts); `*` allows any. */
  readonly corsOrigins: readonly string[];
  /** Largest accepted message in bytes. */
  readonly maxPayloadBytes: number;
  /** Least time between two sends of the throttled figures (wallboard, queues, queue positions). */
  readonly updateIntervalMs: number;
  /** Events per minute per connection, every name counted, before RATE_LIMITED (event-rate-limit.ts). */
  readonly requestsPerMinute: number;
  /** Refused events in a row after which a connection is closed. */
  readonly refusalsBeforeDisconnect: number;
  /** Requests of one connection in flight at once before OVERLOADED (pending-work.ts). */
  readonly pendingPerConnection: number;
  /** Connections held at once per token, person and (customers) address (connection-limits.ts). */
  readonly connections: ConnectionCaps;
  /** Timeline entries read per page while catching a client up. */
  readonly catchUpPageSize: number;
  /** Conversations whose message ids are kept in memory for idempotent sends. */
  readonly messageIdConversations: number;
  /** At start-up, disconnect agents the log shows online (nobody is connected yet). */
  readonly reconcilePresence: boolean;
}

export const defaultRealtimeOptions: RealtimeOptions = {
  corsOrigins: ['*'],
  maxPayloadBytes: 256 * 1024,
  updateIntervalMs: 500,
  requestsPerMinute: 600,
  refusalsBeforeDisconnect: DEFAULT_REFUSALS_BEFORE_DISCONNECT,
  pendingPerConnection: 32,
  connections: { perToken: 10, perPerson: 10, perAddress: 50 },
  catchUpPageSize: 200,
  messageIdConversations: 5000,
  reconcilePresence: true,
};

export interface RealtimeDependencies {
  readonly httpServer: HttpServer;
  readonly registry: Tenants;
  readonly tokens: TokenService;
  readonly metrics: Metrics;
  readonly log: { error(fields: object, message: string): void };
  /** Shared with the HTTP API so a message id is sent once whichever way it comes. */
  readonly messageIds?: MessageIds;
  /** Shared with the HTTP API: one cap on a customer's open conversations whichever way they open. */
  readonly customerOpens?: CustomerOpenLimit;
  /** Shared with the HTTP API: the enrichment hooks' calls, cache and bounds. */
  readonly enrichment: EnrichmentHooks;
  /** Mints the signed links of the files timeline entries carry (shared with the HTTP API). */
  readonly attachmentLinks: AttachmentLinks;
}

export interface RealtimeGateway {
  readonly io: GatewayServer;
  /** Disconnects every client (their presence is recorded) and stops; the HTTP server stays the caller's. */
  close(): Promise<void>;
}

const openStatuses: ConversationStatus[] = ['queued', 'left-message', 'offered', 'active', 'dormant'];

export async function attachRealtimeGateway(
  dependencies: RealtimeDependencies,
  options: RealtimeOptions = defaultRealtimeOptions,
): Promise<RealtimeGateway> {
  const { registry, metrics } = dependencies;
  const io: GatewayServer = new Server(dependencies.httpServer, {
    cors: { origin: options.corsOrigins.includes('*') ? true : [...options.corsOrigins] },
    maxHttpBufferSize: options.maxPayloadBytes,
    serveClient: false,
  });
  // A connection's packets of one event-loop turn leave in one write (write-batching.ts).
  io.engine.on('connection', batchWrites);
  const report = (error: unknown, message: string): void => {
    dependencies.log.error({ err: error }, message);
  };
  const overview = new Overview(io, registry);
  const throttle = new Throttle(options.updateIntervalMs, (tenantId) => {
    try {
      overview.refresh(tenantId);
    } catch (error) {
      report(error, 'realtime figures failed');
    }
  });
  const context: GatewayContext = {
    io,
    registry,
    timeline: new TimelineFollows(io, registry.store, dependencies.attachmentLinks, options.catchUpPageSize),
    messageIds:
      dependencies.messageIds ??
      new MessageIds(registry.store, options.messageIdConversations, options.catchUpPageSize),
    presence: presenceFor(registry, (error) => {
      report(error, 'presence command failed');
    }),
    transfers: TransferParties.fromState(registry),
    readMarks: new ReadMarks(),
    signals: signalRelayOf(registry),
    customerOpens: dependencies.customerOpens ?? new CustomerOpenLimit(registry.store),
    enrichment: dependencies.enrichment,
    touch: (tenantId) => {
      throttle.touch(tenantId);
    },
    report,
  };
  if (options.reconcilePresence) await context.presence.reconcile();
  const unsubscribe = registry.subscribe((tenantId, events) => {
    // Never let a delivery problem reach the tenant's actor.
    try {
      fanOut(context, tenantId, events);
    } catch (error) {
      report(error, 'realtime fan-out failed');
    }
  });

  const stopHearingSignals = context.signals.subscribe((tenantId, signal) => {
    try {
      receiveSignal(context, tenantId, signal);
    } catch (error) {
      report(error, 'relayed chat signal failed');
    }
  });
  const stopClosingSessions = closeEndedSessions(io, registry);
  const connections = new ConnectionCounts();
  io.use(tokenCapPrecheck(options.connections, connections));
  io.use(socketAuthenticator(dependencies));
  io.use(connectionLimiter(options.connections, connections));
  io.on('connection', (socket) => {
    connect({ context, overview, metrics, options }, socket).catch((error: unknown) => {
      report(error, 'realtime connection failed');
      socket.disconnect(true);
    });
  });

  return {
    io,
    async close() {
      throttle.close();
      unsubscribe();
      stopClosingSessions();
      stopHearingSignals();
      io.local.disconnectSockets(true);
      io.engine.close();
      await context.presence.settled();
      context.presence.close?.();
    },
  };
}

/** A cluster node counts connections on every node (src/cluster/cluster-presence.ts); one process alone. */
function presenceFor(registry: Tenants, onError: (error: unknown) => void): AgentPresence {
  return clusterPresenceFor(registry, onError) ?? new Presence(registry, onError);
}

interface Connection {
  readonly context: GatewayContext;
  readonly overview: Overview;
  readonly metrics: Metrics;
  readonly options: RealtimeOptions;
}

/**
 * A new client: rooms, presence, request handlers, then `session` (held-back events follow it),
 * the wallboard for supervisors, and the follows the handshake asked to resume.
 */
async function connect({ context, overview, metrics, options }: Connection, socket: GatewaySocket): Promise<void> {
  const principal = socket.data.principal;
  if (principal === undefined) throw new Error('a socket passed the handshake without a principal');
  const rate = {
    perMinute: options.requestsPerMinute,
    now: () => performance.now(),
    maxPending: options.pendingPerConnection,
  };
  const session = new ClientSession(socket, principal, rate);
  socket.data.session = session;
  const { tenantId } = principal;
  const kind = principal.kind;
  if (principal.kind === 'agent') {
    const agent = context.registry.actor(tenantId)?.view.agents.get(principal.agentId);
    void socket.join([rooms.staff(tenantId), rooms.agent(tenantId, principal.agentId)]);
    if (agent !== undefined && isSupervisor(agent)) void socket.join(rooms.wallboard(tenantId));
  } else {
    void socket.join([rooms.customers(tenantId), rooms.customer(tenantId, principal.customerId)]);
  }
  metrics.connectedClients.inc({ kind });
  const expiry = expireAt(session, socket.data.expiresAt ?? null);
  socket.on('disconnect', () => {
    clearTimeout(expiry);
    context.timeline.leaveAll(session);
    metrics.connectedClients.dec({ kind });
    if (principal.kind === 'agent') context.presence.disconnected(tenantId, principal.agentId);
  });
  // Every request is known to every client; each checks its audience (a customer asking for an
  // agent's request is told FORBIDDEN rather than left without an answer).
  sharedRequests(context, session);
  agentRequests(context, session);
  customerRequests(context, session);
  chatSignals(context, session);
  // Before the first await: no event is handled unchecked.
  limitEvents(session, {
    admit: () => admitEvent(context.registry, socket),
    isKnown: isKnownRequest,
    refusalsBeforeDisconnect: options.refusalsBeforeDisconnect,
  });
  // The handshake's cursors are followed before anything is awaited: the socket is in its agent
  // room already, and an assignment fanned out meanwhile (presence is a round trip to the owner in
  // cluster mode) would otherwise start a follow from seq 0 that this resume then restarts at the
  // client's older cursor — the same entries sent twice on one connection. What they send waits
  // behind `session`.
  resumeHandshake(context, session, socket.data.resume ?? []);

  let customerConversations: string[] = [];
  if (principal.kind === 'agent') {
    await context.presence.connected(tenantId, principal.agentId);
  } else {
    const filter = { customerId: principal.customerId, status: openStatuses };
    const page = await context.registry.store.listConversations(tenantId, filter, { limit: 50 });
    customerConversations = page.items.map((item) => item.conversationId);
  }
  if (!socket.connected) return;
  // From here to `open`, one synchronous read of the state.
  const state = context.registry.actor(tenantId)?.view;
  if (state === undefined) throw new Error(`tenant ${tenantId} is not served here`);
  const now = context.registry.clock.now();
  if (principal.kind === 'agent') {
    const queues = overview.queuesOf(state, principal.agentId);
    const payload = agentSession(state, { tenantId, agentId: principal.agentId, queues }, now);
    if (payload === null) throw new Error(`agent ${principal.agentId} no longer exists`);
    overview.noteQueuesSent(session, queues);
    session.open(payload);
    sendReadMarks(
      context,
      session,
      payload.conversations.map((conversation) => conversation.conversationId),
    );
    overview.sendWallboard(session, state);
  } else {
    const payload = customerSession(state, principal, customerConversations, now);
    for (const conversation of payload.conversations) noteQueueShown(session, state, conversation.conversationId);
    session.open(payload);
    sendReadMarks(
      context,
      session,
      payload.conversations.map((conversation) => conversation.conversationId),
    );
  }
}

/** Follows the conversations the client asked to resume as it connected (`auth.resume`). */
function resumeHandshake(
  context: GatewayContext,
  session: ClientSession,
  cursors: NonNullable<GatewaySocket['data']['resume']>,
): void {
  for (const cursor of cursors) {
    const failed = (error: unknown): void => {
      const apiError = toCatalogueError(error);
      session.send('timeline.failed', {
        conversationId: cursor.conversationId,
        error: { code: apiError.code, message: apiError.message },
      });
    };
    try {
      resume(context, session, authorise(context, session, 'anyone'), cursor).catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}

/** Longest delay a Node timer takes (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Ends the connection when its token expires (wall-clock time, as the token's own check). */
function expireAt(session: ClientSession, expiresAt: number | null): NodeJS.Timeout | undefined {
  const delay = expiresAt === null ? 0 : Math.max(0, expiresAt - Date.now());
  // Tokens longer-lived than a timer can wait are not cut short early: they simply run on.
  if (expiresAt === null || delay > MAX_TIMER_MS) return undefined;
  const timer = setTimeout(() => {
    session.socket.emit('session.expired', { at: new Date(expiresAt).toISOString() });
    session.socket.disconnect(true);
  }, delay);
  timer.unref();
  return timer;
}
