/**
 * `npm run soak` (issue 16; not part of `npm test`): a steady mixed load on one `switchboard start`
 * process for `--minutes N` (default 30): customers connect, open a conversation, exchange messages
 * with the agent it was routed to, some are transferred to a colleague, some customers drop and
 * reconnect (resuming their timeline), the conversation is closed and the customer leaves; a new
 * customer takes the slot. Agents drop and reconnect now and then. Each visitor is new, so closed
 * conversations pile up in the log and must be forgotten by the live state and the caches.
 *
 * Prints one JSON object per line: per minute the server's event-loop delay p99 and what the load
 * did; heap (after a full GC) and RSS at the start, after the first minute (warm-up), in the middle
 * and at the end; `soak.heap_growth_mb`: end minus warm-up, and `soak.heap_growth_second_half_mb`:
 * end minus middle (the bounded caches fill during the first minutes; the second half shows whether
 * anything else grows).
 *
 * Options: `--minutes N`, `--slots N` (customers at once, default 150), `--agents N` (default 50),
 * `--heap-snapshots DIR` (server heap snapshots after warm-up and at the end, to compare),
 * `--closed-retention N` (default 2000; see below).
 *
 * The live state remembers the last `closedRetention` closed conversations (10,000 by default, forgotten
 * in batches between that and twice that): at this load (~700 closes a minute) the default takes
 * about half an hour to reach its plateau, so the soak sets 2,000 — reached within the first few
 * minutes — and what it then checks is that nothing else grows. docs/performance.md has the figures.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { customerToken, startSwitchboard, type Party } from './e2e-server.js';
import { report, seeded } from './report.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    slots: { type: 'string', default: '150' },
    agents: { type: 'string', default: '50' },
    'heap-snapshots': { type: 'string' },
    'closed-retention': { type: 'string', default: '2000' },
  },
});
const minutes = Number(values.minutes);
const slots = Number(values.slots);
const agentCount = Number(values.agents);
if (!(minutes > 0) || !(slots > 0) || !(agentCount > 0))
  throw new Error('--minutes, --slots, --agents: positive numbers');

/** Messages each way per conversation, and the pause between two exchanges. */
const EXCHANGES = 6;
const PAUSE_MS = 1000;
const PATIENCE_MS = 30_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const random = seeded(16);
const tally = { opened: 0, closed: 0, messages: 0, transfers: 0, reconnects: 0, agentReconnects: 0, agentDrops: 0 };
const errors: Record<string, number> = {};
const fail = (what: string): void => {
  errors[what] = (errors[what] ?? 0) + 1;
};

interface Ack {
  readonly ok: boolean;
  readonly error?: { readonly code: string };
  readonly transferId?: string;
}

function connect(url: string, token: string, resume?: { conversationId: string; lastSeq: number }[]): Promise<Socket> {
  const socket = io(url, {
    auth: { token, ...(resume === undefined ? {} : { resume }) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('session', () => {
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      reject(error);
    });
  });
}

async function request(socket: Socket, event: string, payload: object, what = event): Promise<Ack | null> {
  try {
    const ack = (await socket.timeout(PATIENCE_MS).emitWithAck(event, payload)) as Ack;
    if (!ack.ok) fail(`${what}: ${ack.error?.code ?? '?'}`);
    return ack.ok ? ack : null;
  } catch {
    // An agent dropped on purpose (Agents.bounce) never hears the answers it was waiting for.
    fail(`${what}: ${socket.connected ? 'timeout' : 'no answer on a dropped connection'}`);
    return null;
  }
}

/** Agents: answer every customer message, accept every transfer offered, hold the sockets. */
class Agents {
  readonly sockets = new Map<string, Socket>();
  /** Conversation → the agent who owns it now. */
  readonly owners = new Map<string, string>();
  /** Conversation → the last seq an agent received (to resume from after a reconnect). */
  private readonly seqs = new Map<string, number>();
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly parties: Party[],
  ) {}

  async connect(party: Party): Promise<void> {
    const resume = [...this.owners]
      .filter(([, agentId]) => agentId === party.id)
      .map(([conversationId]) => ({ conversationId, lastSeq: this.seqs.get(conversationId) ?? 0 }));
    const socket = await connect(this.url, party.token, resume);
    this.sockets.set(party.id, socket);
    // Dropped by the server (e.g. missed pings while a heap snapshot paused it): come back, as the
    // workspace does.
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect' || this.closing) return;
      tally.agentDrops += 1;
      void sleep(500).then(() =>
        this.connect(party).catch(() => {
          fail('agent reconnect');
        }),
      );
    });
    socket.on('conversation.assigned', (event: { conversationId: string }) => {
      this.owners.set(event.conversationId, party.id);
    });
    socket.on('message', (entry: { conversationId: string; authorKind: string; messageId: string; seq: number }) => {
      this.seqs.set(entry.conversationId, Math.max(entry.seq, this.seqs.get(entry.conversationId) ?? 0));
      if (entry.authorKind !== 'customer' || !entry.messageId.startsWith('q-')) return;
      if (this.owners.get(entry.conversationId) !== party.id) return;
      void request(socket, 'message.send', {
        conversationId: entry.conversationId,
        messageId: `r-${entry.messageId.slice(2)}`,
        text: 'Thank you, let me check that for you.',
      });
    });
    socket.on('transfer.requested', (card: { transferId: string }) => {
      void request(socket, 'transfer.accept', { transferId: card.transferId });
    });
  }

  async start(): Promise<void> {
    for (const party of this.parties) await this.connect(party);
  }

  /** One agent drops and comes back (their conversations wait for them through the grace period). */
  async bounce(): Promise<void> {
    const party = this.parties[Math.floor(random() * this.parties.length)]!;
    this.sockets.get(party.id)?.disconnect();
    await sleep(200);
    await this.connect(party);
    tally.agentReconnects += 1;
  }

  owner(conversationId: string): Socket | undefined {
    const agentId = this.owners.get(conversationId);
    return agentId === undefined ? undefined : this.sockets.get(agentId);
  }

  forget(conversationId: string): void {
    this.owners.delete(conversationId);
    this.seqs.delete(conversationId);
  }

  close(): void {
    this.closing = true;
    for (const socket of this.sockets.values()) socket.disconnect();
  }
}

/** Waits until `condition` holds (checked every 20 ms), false after PATIENCE_MS. */
async function until(condition: () => boolean): Promise<boolean> {
  const giveUp = performance.now() + PATIENCE_MS;
  while (!condition()) {
    if (performance.now() > giveUp) return false;
    await sleep(20);
  }
  return true;
}

/** One visitor's whole visit, start to end. */
async function visit(url: string, agents: Agents, customerId: string): Promise<void> {
  const token = await customerToken(customerId);
  let socket = await connect(url, token);
  const conversationId = `c-${customerId}`;
  const replies = new Set<string>();
  let lastSeq = 0;
  const listen = (target: Socket): void => {
    target.on('message', (entry: { messageId: string; seq: number; authorKind: string }) => {
      lastSeq = Math.max(lastSeq, entry.seq);
      if (entry.authorKind === 'agent') replies.add(entry.messageId);
    });
  };
  listen(socket);
  try {
    if ((await request(socket, 'conversation.open', { conversationId, source: 'soak', text: 'hello' })) === null)
      return;
    tally.opened += 1;
    if (!(await until(() => agents.owners.has(conversationId)))) {
      fail('never assigned');
      return;
    }
    const transferAt = random() < 0.25 ? 1 + Math.floor(random() * (EXCHANGES - 1)) : -1;
    const reconnectAt = random() < 0.2 ? 1 + Math.floor(random() * (EXCHANGES - 1)) : -1;
    for (let exchange = 0; exchange < EXCHANGES; exchange += 1) {
      if (exchange === transferAt) {
        const owner = agents.owner(conversationId);
        const before = agents.owners.get(conversationId);
        const ack =
          owner === undefined
            ? null
            : await request(
                owner,
                'transfer.request',
                { conversationId, target: { kind: 'group', groupId: 'g' }, note: { text: 'over to you' } },
                'transfer.request',
              );
        if (ack !== null && (await until(() => agents.owners.get(conversationId) !== before))) tally.transfers += 1;
      }
      if (exchange === reconnectAt) {
        socket.disconnect();
        socket = await connect(url, token, [{ conversationId, lastSeq }]);
        listen(socket);
        tally.reconnects += 1;
      }
      const messageId = `q-${customerId}-${String(exchange)}`;
      if ((await request(socket, 'message.send', { conversationId, messageId, text: 'Where is my parcel?' })) === null)
        return;
      if (!(await until(() => replies.has(`r-${messageId.slice(2)}`)))) {
        fail('reply never came');
        return;
      }
      tally.messages += 2;
      await sleep(PAUSE_MS * (0.5 + random()));
    }
    const closer = random() < 0.5 ? agents.owner(conversationId) : socket;
    if (closer !== undefined && (await request(closer, 'conversation.close', { conversationId })) !== null)
      tally.closed += 1;
  } finally {
    agents.forget(conversationId);
    socket.disconnect();
  }
}

async function main(): Promise<void> {
  const { server, agents: parties } = await startSwitchboard(
    {
      agents: agentCount,
      customers: 0,
      maxConcurrent: Math.ceil((slots * 1.5) / agentCount),
      closedRetention: Number(values['closed-retention']),
    },
    { nodeFlags: ['--expose-gc'] },
  );
  const agents = new Agents(server.url, parties);
  const memory = async (at: string): Promise<number> => {
    const figures = await server.read({ gc: true });
    report({
      name: `soak.memory.${at}`,
      value: figures.heapUsedMb,
      unit: 'MB heap after GC',
      note: `rss ${String(figures.rssMb)} MB; load average ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
    });
    return figures.heapUsedMb;
  };
  try {
    await agents.start();
    await memory('start');
    const endAt = performance.now() + minutes * 60_000;
    let next = 0;
    const running = Array.from({ length: slots }, async (_, slot) => {
      // Slots start spread over the first pause, not all at once.
      await sleep(random() * PAUSE_MS * 2);
      while (performance.now() < endAt) {
        next += 1;
        await visit(server.url, agents, `v${String(next)}-${String(slot)}`).catch((error: unknown) => {
          fail(`visit: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
    });
    const bouncing = (async () => {
      while (performance.now() < endAt) {
        await sleep(10_000);
        await agents.bounce().catch(() => {
          fail('agent reconnect');
        });
      }
    })();
    let warm = 0;
    let middle: number | null = null;
    server.reset();
    for (let minute = 1; minute <= Math.ceil(minutes); minute += 1) {
      await sleep(Math.max(0, Math.min(60_000, endAt - performance.now())));
      const figures = await server.read();
      report({
        name: 'soak.loop_delay_p99_ms',
        value: figures.loopP99Ms,
        unit: 'ms',
        note: `minute ${String(minute)}: ${JSON.stringify(tally)}, cpu ${((100 * figures.cpuMs) / figures.windowMs).toFixed(0)} %, heap ${String(figures.heapUsedMb)} MB, rss ${String(figures.rssMb)} MB, errors ${JSON.stringify(errors)}, load average ${loadavg()
          .map((v) => v.toFixed(2))
          .join(' ')}`,
      });
      if (minute === 1) {
        warm = await memory('after_warm_up');
        if (values['heap-snapshots'] !== undefined)
          await server.snapshot(join(values['heap-snapshots'], 'warm.heapsnapshot'));
      }
      if (minute === Math.ceil(minutes / 2) && minute !== 1) middle = await memory('middle');
      server.reset();
    }
    await Promise.all([...running, bouncing]);
    const end = await memory('end');
    if (values['heap-snapshots'] !== undefined)
      await server.snapshot(join(values['heap-snapshots'], 'end.heapsnapshot'));
    report({
      name: 'soak.heap_growth_mb',
      value: end - warm,
      unit: 'MB',
      note: 'heap after GC: end minus after warm-up',
    });
    // The bounded caches (closed conversations kept, message ids) fill over the first minutes at
    // this load: the second half shows whether anything grows once they are full.
    if (middle !== null) {
      report({
        name: 'soak.heap_growth_second_half_mb',
        value: Math.round((end - middle) * 10) / 10,
        unit: 'MB',
        note: 'heap after GC: end minus middle',
      });
    }
  } finally {
    agents.close();
    await server.stop();
  }
}

await main();
