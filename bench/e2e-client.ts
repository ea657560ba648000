/**
 * One client process of the e2e bench (bench/e2e.ts forks two, each with half the agents and half
 * the customers, so the client side is not one event loop). Real socket.io-client connections over
 * loopback, driven by the parent over IPC, phase by phase:
 *
 * - `connect`: every party connects (websocket) and waits for its `session`.
 * - `open`: each customer opens one conversation (id chosen here), at a steady rate; agents note
 *   when `conversation.assigned` reaches them.
 * - `offer`: an open loop: messages sent at a fixed rate, both ways (customers and agents in turn).
 * - `saturate`: a closed loop: every conversation keeps one message in flight; whoever receives the
 *   other side's message answers it at once.
 * - `collect`: what was sent when, and what the other side received when (absolute times, so the
 *   parent can join records across the two processes) — then forgotten.
 */
import { io, type Socket } from 'socket.io-client';
import type { Party } from './e2e-server.js';

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes. */
const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Entry {
  readonly conversationId: string;
  readonly messageId: string;
  readonly authorKind: string;
}

interface Endpoint {
  readonly socket: Socket;
  readonly conversationId: string;
}

/** What the parent sends. */
export type ClientCommand =
  | { readonly type: 'connect'; readonly url: string; readonly agents: Party[]; readonly customers: Party[] }
  | { readonly type: 'open'; readonly perSecond: number }
  | { readonly type: 'offer'; readonly perSecond: number; readonly seconds: number }
  | { readonly type: 'saturate'; readonly seconds: number }
  | { readonly type: 'collect' }
  | { readonly type: 'exit' };

/** What a phase answers. */
export interface ClientReport {
  readonly type: string;
  readonly ok: number;
  readonly failed: Record<string, number>;
  /** `collect`: [id, absolute ms] pairs. */
  readonly sent?: [string, number][];
  readonly received?: [string, number][];
  /** `collect`: ids received more than once by the other side. */
  readonly duplicates?: number;
  readonly assigned?: [string, number][];
  readonly opened?: [string, number][];
  /** `saturate`: messages of the other side received during the window. */
  readonly delivered?: number;
  readonly windowMs?: number;
}

const state = {
  sockets: [] as Socket[],
  customers: [] as Endpoint[],
  /** Conversations assigned to this process's agents. */
  agentSide: [] as Endpoint[],
  sent: new Map<string, number>(),
  received: new Map<string, number>(),
  duplicates: 0,
  assigned: new Map<string, number>(),
  opened: new Map<string, number>(),
  closedLoop: false,
  delivered: 0,
  counter: 0,
  /** Sends whose acknowledgement has not come yet. */
  unanswered: 0,
  failed: {} as Record<string, number>,
};

const fail = (code: string): void => {
  state.failed[code] = (state.failed[code] ?? 0) + 1;
};

const TEXT = 'Hello, I would like to know where my parcel is, it has been a week.';

function send(endpoint: Endpoint): void {
  state.counter += 1;
  const messageId = `m-${String(process.pid)}-${String(state.counter)}`;
  state.sent.set(messageId, now());
  state.unanswered += 1;
  endpoint.socket.emit(
    'message.send',
    { conversationId: endpoint.conversationId, messageId, text: TEXT },
    (ack: { ok: boolean; error?: { code: string } }) => {
      state.unanswered -= 1;
      if (ack.ok) return;
      // Refused (e.g. OVERLOADED): never posted, so neither lost nor timed; counted as refused.
      fail(ack.error?.code ?? 'unknown');
      state.sent.delete(messageId);
    },
  );
}

function onMessage(socket: Socket, side: 'agent' | 'customer', entry: Entry): void {
  if (entry.authorKind === side || !entry.messageId.startsWith('m-')) return;
  if (state.received.has(entry.messageId)) state.duplicates += 1;
  else state.received.set(entry.messageId, now());
  if (state.closedLoop) {
    state.delivered += 1;
    send({ socket, conversationId: entry.conversationId });
  }
}

function connectOne(url: string, party: Party, side: 'agent' | 'customer'): Promise<void> {
  const socket = io(url, {
    auth: { token: party.token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  state.sockets.push(socket);
  socket.on('message', (entry: Entry) => {
    onMessage(socket, side, entry);
  });
  if (side === 'agent') {
    socket.on('conversation.assigned', (event: { conversationId: string }) => {
      state.assigned.set(event.conversationId, now());
      state.agentSide.push({ socket, conversationId: event.conversationId });
    });
  } else {
    state.customers.push({ socket, conversationId: `c-${party.id}` });
  }
  return new Promise((resolve) => {
    socket.once('session', () => {
      resolve();
    });
    socket.once('connect_error', (error: Error) => {
      fail(`connect: ${error.message}`);
      resolve();
    });
  });
}

async function connectAll(command: Extract<ClientCommand, { type: 'connect' }>): Promise<ClientReport> {
  const parties = [
    ...command.agents.map((party) => ({ party, side: 'agent' as const })),
    ...command.customers.map((party) => ({ party, side: 'customer' as const })),
  ];
  for (let index = 0; index < parties.length; index += 25) {
    await Promise.all(parties.slice(index, index + 25).map(({ party, side }) => connectOne(command.url, party, side)));
  }
  return { type: 'connect', ok: state.sockets.filter((socket) => socket.connected).length, failed: state.failed };
}

/** Calls `act(i)` for i = 0…count-1 at `perSecond`, in 10 ms ticks; resolves when all were called. */
async function paced(count: number, perSecond: number, act: (index: number) => void): Promise<void> {
  const started = performance.now();
  let done = 0;
  while (done < count) {
    const due = Math.min(count, Math.floor(((performance.now() - started) / 1000) * perSecond) + 1);
    for (; done < due; done += 1) act(done);
    await sleep(10);
  }
}

async function open(perSecond: number): Promise<ClientReport> {
  let answered = 0;
  let ok = 0;
  await paced(state.customers.length, perSecond, (index) => {
    const endpoint = state.customers[index]!;
    state.opened.set(endpoint.conversationId, now());
    endpoint.socket.emit(
      'conversation.open',
      { conversationId: endpoint.conversationId, source: 'bench', text: 'hi' },
      (ack: { ok: boolean; error?: { code: string } }) => {
        answered += 1;
        if (ack.ok) ok += 1;
        else fail(`open: ${ack.error?.code ?? 'unknown'}`);
      },
    );
  });
  while (answered < state.customers.length) await sleep(10);
  return { type: 'open', ok, failed: state.failed };
}

async function offer(perSecond: number, seconds: number): Promise<ClientReport> {
  // Customers and agents in turn, each list round-robin.
  const endpoints: Endpoint[] = [];
  const longest = Math.max(state.customers.length, state.agentSide.length);
  for (let index = 0; index < longest; index += 1) {
    if (index < state.customers.length) endpoints.push(state.customers[index]!);
    if (index < state.agentSide.length) endpoints.push(state.agentSide[index]!);
  }
  const count = Math.round(perSecond * seconds);
  await paced(count, perSecond, (index) => {
    send(endpoints[index % endpoints.length]!);
  });
  return { type: 'offer', ok: count, failed: state.failed };
}

async function saturate(seconds: number): Promise<ClientReport> {
  state.delivered = 0;
  state.closedLoop = true;
  const started = performance.now();
  for (const endpoint of state.customers) send(endpoint);
  await sleep(seconds * 1000);
  state.closedLoop = false;
  const windowMs = performance.now() - started;
  return { type: 'saturate', ok: state.delivered, delivered: state.delivered, windowMs, failed: state.failed };
}

/** Waits (up to `DRAIN_MS`) for every acknowledgement, so what is still queued is not counted lost. */
const DRAIN_MS = 120_000;

async function collect(): Promise<ClientReport> {
  const giveUp = performance.now() + DRAIN_MS;
  while (state.unanswered > 0 && performance.now() < giveUp) await sleep(50);
  // The other side's copy goes out with the sender's acknowledgement; a moment for it to land.
  await sleep(200);
  if (state.unanswered > 0) state.failed.unanswered = state.unanswered;
  const report: ClientReport = {
    type: 'collect',
    ok: state.sent.size,
    failed: state.failed,
    sent: [...state.sent],
    received: [...state.received],
    duplicates: state.duplicates,
    assigned: [...state.assigned],
    opened: [...state.opened],
  };
  state.sent.clear();
  state.received.clear();
  state.assigned.clear();
  state.opened.clear();
  state.duplicates = 0;
  state.failed = {};
  return report;
}

process.on('message', (command: ClientCommand) => {
  const answer = (report: ClientReport | Promise<ClientReport>): void => {
    void Promise.resolve(report).then((value) => process.send?.(value));
  };
  switch (command.type) {
    case 'connect':
      answer(connectAll(command));
      return;
    case 'open':
      answer(open(command.perSecond));
      return;
    case 'offer':
      answer(offer(command.perSecond, command.seconds));
      return;
    case 'saturate':
      answer(saturate(command.seconds));
      return;
    case 'collect':
      answer(collect());
      return;
    case 'exit':
      for (const socket of state.sockets) socket.close();
      process.exit(0);
  }
});
