/**
 * The "one widget token, many sockets" attack of issue 14, run against a listening server from
 * outside (real HTTP, real socket.io-client sockets), while `/healthz` is probed in a loop and each
 * round trip timed: that time is what an honest visitor or agent waits while the attack runs.
 *
 * One `POST /api/v1/widget/session` gives a customer token; `sockets` connections are attempted
 * with it (spread round-robin over `localAddresses`, e.g. 127.0.0.2…, so a per-address cap does not
 * refuse them all); then `conversation.open` is sent `opens` times on the first connection that
 * opened. Probing goes on until `settleMs` after the last open was answered, then every socket
 * closes. Used by `npm run bench` (bench/hostile.ts) and the hostile test suite (test/hostile/).
 */
import { io, type Socket } from 'socket.io-client';

export interface AttackOptions {
  /** `http://host:port` of the server. */
  readonly url: string;
  readonly tenantId: string;
  /** Connections attempted with the one token. */
  readonly sockets: number;
  /** `conversation.open` requests sent on one connection. */
  readonly opens: number;
  /** Local addresses the sockets bind to, round-robin; default the system's choice. */
  readonly localAddresses?: readonly string[];
  /** How long probing goes on after the last open was answered; default 1000 ms. */
  readonly settleMs?: number;
  /** Pause between two `/healthz` probes; default 50 ms. */
  readonly probeGapMs?: number;
  /** Gives up on a connection attempt or an open after this long; default 30 s. */
  readonly patienceMs?: number;
}

export interface AttackResult {
  /** Every `/healthz` round trip while the attack ran, in ms, in order (a probe still running at the end counts with its time so far). */
  readonly healthzMs: readonly number[];
  readonly connected: number;
  /** Refused connections by `connect_error` code (`none` when the error carried no code, `timeout` when nothing came). */
  readonly refusedConnections: Readonly<Record<string, number>>;
  readonly opened: number;
  /** Refused opens by error code (`timeout` when no answer came, `disconnected` when the connection dropped first). */
  readonly refusedOpens: Readonly<Record<string, number>>;
  /** From the first connection attempt to the end of probing. */
  readonly durationMs: number;
}

interface OpenAck {
  readonly ok: boolean;
  readonly error?: { readonly code: string };
}

/** Connections started before the attacker's event loop takes a turn. */
const CONNECT_BATCH = 10;

const count = (tally: Record<string, number>, key: string): void => {
  tally[key] = (tally[key] ?? 0) + 1;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A widget customer token (anonymous visitor) of `tenantId`. */
export async function widgetToken(url: string, tenantId: string, visitorId: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/widget/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, visitorId }),
  });
  if (!response.ok) throw new Error(`widget session: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Probes `/healthz` one request at a time until `stop()`; each round trip is recorded. */
function probeHealth(url: string, gapMs: number): { stop(): Promise<number[]> } {
  const samples: number[] = [];
  const state = { running: true };
  let current: { startedAt: number; done: Promise<void> } | null = null;
  const loop = (async () => {
    while (state.running) {
      const startedAt = performance.now();
      const done = fetch(`${url}/healthz`).then(
        async (response) => {
          await response.arrayBuffer();
          samples.push(performance.now() - startedAt);
        },
        () => {
          samples.push(performance.now() - startedAt);
        },
      );
      current = { startedAt, done };
      await done;
      current = null;
      await sleep(gapMs);
    }
  })();
  return {
    async stop() {
      state.running = false;
      const pending: { startedAt: number } | null = current;
      if (pending !== null) samples.push(performance.now() - pending.startedAt);
      else await loop;
      return samples;
    },
  };
}

function connect(
  options: AttackOptions,
  token: string,
  index: number,
): Promise<{ socket: Socket; error: string | null }> {
  const addresses = options.localAddresses ?? [];
  const localAddress = addresses.length === 0 ? undefined : addresses[index % addresses.length];
  const socket = io(options.url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: options.patienceMs ?? 30_000,
    ...(localAddress === undefined ? {} : { localAddress }),
  });
  return new Promise((resolve) => {
    socket.once('session', () => {
      resolve({ socket, error: null });
    });
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
      const code = error.data?.code ?? (error.message === 'timeout' ? 'timeout' : 'none');
      resolve({ socket, error: code });
    });
  });
}

function open(socket: Socket, patienceMs: number): Promise<OpenAck> {
  return socket
    .timeout(patienceMs)
    .emitWithAck('conversation.open', { source: 'hostile', text: 'hello' })
    .then(
      (ack: OpenAck) => ack,
      // socket.io-client rejects pending acknowledgements when the connection drops.
      () => ({ ok: false, error: { code: socket.connected ? 'timeout' : 'disconnected' } }),
    );
}

/** Runs the attack (see the file header) and reports what the attacker got and what `/healthz` took. */
export async function runAttack(options: AttackOptions): Promise<AttackResult> {
  const patience = options.patienceMs ?? 30_000;
  const token = await widgetToken(options.url, options.tenantId, `hostile-${Date.now()}`);
  // One probe first, so the first timed one does not pay for opening the HTTP connection.
  await (await fetch(`${options.url}/healthz`)).arrayBuffer();
  const startedAt = performance.now();
  const probe = probeHealth(options.url, options.probeGapMs ?? 50);
  const pending: Promise<{ socket: Socket; error: string | null }>[] = [];
  for (let index = 0; index < options.sockets; index += 1) {
    pending.push(connect(options, token, index));
    // Creating a client socket costs the attacker's own event loop a little; in a test that loop is
    // the server's too, so let it turn between batches (the server still sees one burst).
    if (index % CONNECT_BATCH === CONNECT_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  const attempts = await Promise.all(pending);
  const refusedConnections: Record<string, number> = {};
  const open_: Socket[] = [];
  for (const attempt of attempts) {
    if (attempt.error === null) open_.push(attempt.socket);
    else count(refusedConnections, attempt.error);
  }
  const refusedOpens: Record<string, number> = {};
  let opened = 0;
  const first = open_[0];
  if (first !== undefined) {
    const acks = await Promise.all(Array.from({ length: options.opens }, () => open(first, patience)));
    for (const ack of acks) {
      if (ack.ok) opened += 1;
      else count(refusedOpens, ack.error?.code ?? 'none');
    }
  }
  await sleep(options.settleMs ?? 1000);
  const healthzMs = await probe.stop();
  const durationMs = performance.now() - startedAt;
  for (const attempt of attempts) attempt.socket.close();
  return { healthzMs, connected: open_.length, refusedConnections, opened, refusedOpens, durationMs };
}
