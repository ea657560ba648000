/**
 * The end-to-end realtime bench (issue 16): real Socket.IO clients on loopback against a real
 * `switchboard start` process, and the same traffic through a bare Socket.IO relay (e2e-relay.ts)
 * in the same run as the baseline.
 *
 * Load: agents and customers (2,000 connections in all; `--quick`: 200) spread over two client
 * processes (e2e-client.ts). Each customer opens one conversation at a steady rate and it is routed;
 * then messages go both ways at a fixed offered rate (open loop: latency), then every conversation
 * keeps one message in flight (closed loop: saturation throughput). Every message must reach the
 * other side exactly once; lost and duplicated ones are counted and printed. The server's own
 * event-loop delay and CPU come from bench/e2e-probe.ts inside it.
 *
 * Run alone: `tsx bench/e2e.ts [--quick] [--cpu-prof DIR]` (DIR receives the server's V8 CPU profile).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClientCommand, ClientReport } from './e2e-client.js';
import { startRelay, startSwitchboard, type Party, type ServerProcess } from './e2e-server.js';
import type { ProbeFigures } from './e2e-probe.js';
import { percentile, report } from './report.js';

const CLIENT = fileURLToPath(new URL('./e2e-client.ts', import.meta.url));
const CLIENT_PROCESSES = 2;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface E2eOptions {
  readonly quick: boolean;
  /** Directory for the Switchboard server's `--cpu-prof` output; none by default. */
  readonly cpuProfileDir?: string;
}

interface Plan {
  readonly agents: number;
  readonly customers: number;
  readonly opensPerSecond: number;
  readonly offeredPerSecond: number;
  readonly offerSeconds: number;
  readonly saturateSeconds: number;
}

/** Everything one target (Switchboard or the relay) measured. */
interface Outcome {
  readonly assignMs: number[];
  readonly unassigned: number;
  readonly messageMs: number[];
  readonly offerLost: number;
  readonly offerDuplicates: number;
  readonly offerLoop: ProbeFigures;
  readonly perSecond: number;
  readonly saturateLost: number;
  readonly saturateDuplicates: number;
  readonly saturateLoop: ProbeFigures;
  readonly failed: Record<string, number>;
  readonly load: string;
  /** Messages sent in the offered phase (for CPU per message). */
  readonly offeredCount: number;
  /** Messages delivered in the saturation window. */
  readonly saturatedCount: number;
}

class Client {
  private readonly child: ChildProcess;
  private readonly answers: ((report: ClientReport) => void)[] = [];

  constructor() {
    this.child = fork(CLIENT, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: ClientReport) => this.answers.shift()?.(message));
  }

  ask(command: ClientCommand): Promise<ClientReport> {
    return new Promise((resolve) => {
      this.answers.push(resolve);
      this.child.send(command);
    });
  }

  exit(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => {
        resolve();
      });
      this.child.send({ type: 'exit' });
    });
  }
}

const machineLoad = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function join(starts: Iterable<[string, number]>, ends: Map<string, number>): { samples: number[]; missing: number } {
  const samples: number[] = [];
  let missing = 0;
  for (const [id, at] of starts) {
    const end = ends.get(id);
    if (end === undefined) missing += 1;
    else samples.push(end - at);
  }
  return { samples, missing };
}

async function collect(clients: Client[]): Promise<ClientReport[]> {
  return Promise.all(clients.map((client) => client.ask({ type: 'collect' })));
}

const merge = (reports: ClientReport[], key: 'sent' | 'received' | 'assigned' | 'opened'): [string, number][] =>
  reports.flatMap((one) => one[key] ?? []);

async function drive(
  target: { server: ServerProcess; agents: Party[]; customers: Party[] },
  plan: Plan,
  /** Where to write CPU profiles of the offered and the saturation phase (prefix of the file names). */
  profile: string | undefined,
): Promise<Outcome> {
  const { server } = target;
  const clients = Array.from({ length: CLIENT_PROCESSES }, () => new Client());
  const share = <T>(list: T[], index: number): T[] => list.filter((_, at) => at % CLIENT_PROCESSES === index);
  try {
    await Promise.all(
      clients.map((client, index) =>
        client.ask({
          type: 'connect',
          url: server.url,
          agents: share(target.agents, index),
          customers: share(target.customers, index),
        }),
      ),
    );
    // Conversations open and are routed.
    await Promise.all(
      clients.map((client) => client.ask({ type: 'open', perSecond: plan.opensPerSecond / CLIENT_PROCESSES })),
    );
    await sleep(1000);
    const opening = await collect(clients);
    const assigned = join(merge(opening, 'opened'), new Map(merge(opening, 'assigned')));

    // Open loop at the offered rate.
    server.reset(profile === undefined ? undefined : `${profile}-offered.cpuprofile`);
    await Promise.all(
      clients.map((client) =>
        client.ask({ type: 'offer', perSecond: plan.offeredPerSecond / CLIENT_PROCESSES, seconds: plan.offerSeconds }),
      ),
    );
    const load = machineLoad();
    const offerLoop = await server.read();
    await sleep(2000);
    const offered = await collect(clients);
    const received = new Map(merge(offered, 'received'));
    const messages = join(merge(offered, 'sent'), received);

    // Closed loop: saturation.
    server.reset(profile === undefined ? undefined : `${profile}-saturated.cpuprofile`);
    const windows = await Promise.all(
      clients.map((client) => client.ask({ type: 'saturate', seconds: plan.saturateSeconds })),
    );
    const saturateLoop = await server.read();
    await sleep(2000);
    const saturated = await collect(clients);
    const closed = join(merge(saturated, 'sent'), new Map(merge(saturated, 'received')));
    const delivered = windows.reduce((sum, one) => sum + (one.delivered ?? 0), 0);
    const windowMs = Math.max(...windows.map((one) => one.windowMs ?? 1));
    const failed: Record<string, number> = {};
    for (const one of [...opening, ...offered, ...saturated])
      for (const [code, count] of Object.entries(one.failed)) failed[code] = (failed[code] ?? 0) + count;
    return {
      assignMs: assigned.samples,
      unassigned: assigned.missing,
      messageMs: messages.samples,
      offerLost: messages.missing,
      offerDuplicates: offered.reduce((sum, one) => sum + (one.duplicates ?? 0), 0),
      offerLoop,
      perSecond: delivered / (windowMs / 1000),
      saturateLost: closed.missing,
      saturateDuplicates: saturated.reduce((sum, one) => sum + (one.duplicates ?? 0), 0),
      saturateLoop,
      failed,
      load,
      offeredCount: messages.samples.length + messages.missing,
      saturatedCount: delivered,
    };
  } finally {
    await Promise.all(clients.map((client) => client.exit()));
    await server.stop();
  }
}

export async function benchE2e(options: E2eOptions): Promise<void> {
  const plan: Plan = options.quick
    ? { agents: 20, customers: 180, opensPerSecond: 200, offeredPerSecond: 200, offerSeconds: 2, saturateSeconds: 2 }
    : {
        agents: 200,
        customers: 1800,
        opensPerSecond: 200,
        offeredPerSecond: 2000,
        offerSeconds: 15,
        saturateSeconds: 15,
      };
  const seats = {
    agents: plan.agents,
    customers: plan.customers,
    maxConcurrent: Math.ceil(plan.customers / plan.agents) + 1,
  };
  const dir = options.cpuProfileDir;
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
  const switchboard = await drive(
    await startSwitchboard(seats),
    plan,
    dir === undefined ? undefined : joinPath(dir, 'switchboard'),
  );
  const relay = await drive(await startRelay(seats), plan, dir === undefined ? undefined : joinPath(dir, 'relay'));

  const clients = `${String(plan.agents + plan.customers)} sockets (${String(plan.agents)} agents, ${String(plan.customers)} customers) from ${String(CLIENT_PROCESSES)} client processes`;
  const at = (outcome: Outcome): string => `load average ${outcome.load}`;
  report({
    name: 'e2e.assign_notify_p99_ms',
    value: percentile(switchboard.assignMs, 99),
    unit: 'ms',
    baseline: percentile(relay.assignMs, 99),
    note: `open → conversation.assigned, ${String(plan.customers)} opens at ${String(plan.opensPerSecond)}/s, ${String(switchboard.unassigned)} never assigned; ${clients}; ${at(switchboard)}`,
  });
  report({
    name: 'e2e.message_p99_ms',
    value: percentile(switchboard.messageMs, 99),
    unit: 'ms',
    baseline: percentile(relay.messageMs, 99),
    note: `send → other side's message event at ${String(plan.offeredPerSecond)} msg/s offered for ${String(plan.offerSeconds)} s (p50 ${percentile(switchboard.messageMs, 50).toFixed(1)} ms); ${at(switchboard)}`,
  });
  report({
    name: 'e2e.messages_per_sec',
    value: switchboard.perSecond,
    unit: 'msg/s',
    baseline: relay.perSecond,
    ratio: switchboard.perSecond / relay.perSecond,
    note: `closed loop, one message in flight per conversation, ${String(plan.saturateSeconds)} s; baseline: bare Socket.IO relay, same clients; ${at(switchboard)}`,
  });
  report({
    name: 'e2e.vs_raw_socketio',
    value: switchboard.perSecond / relay.perSecond,
    unit: 'ratio',
    note: 'saturation throughput of Switchboard / a bare Socket.IO relay carrying the same traffic in the same run',
  });
  const lost = switchboard.offerLost + switchboard.saturateLost + switchboard.unassigned;
  const duplicated = switchboard.offerDuplicates + switchboard.saturateDuplicates;
  report({
    name: 'e2e.lost_or_duplicated',
    value: lost + duplicated,
    unit: 'messages',
    baseline: relay.offerLost + relay.saturateLost + relay.offerDuplicates + relay.saturateDuplicates,
    note: `lost ${String(lost)}, duplicated ${String(duplicated)}; refused requests ${JSON.stringify(switchboard.failed)}`,
  });
  report({
    name: 'e2e.server_loop_delay_p99_ms',
    value: switchboard.offerLoop.loopP99Ms,
    unit: 'ms',
    baseline: relay.offerLoop.loopP99Ms,
    note: `at ${String(plan.offeredPerSecond)} msg/s offered (max ${switchboard.offerLoop.loopMaxMs.toFixed(1)} ms); at saturation p99 ${switchboard.saturateLoop.loopP99Ms.toFixed(1)} ms`,
  });
  report({
    name: 'e2e.server_cpu_percent',
    value: (100 * switchboard.offerLoop.cpuMs) / switchboard.offerLoop.windowMs,
    unit: '%',
    baseline: (100 * relay.offerLoop.cpuMs) / relay.offerLoop.windowMs,
    note: `server process CPU at ${String(plan.offeredPerSecond)} msg/s offered (100 % = one core)`,
  });
  const perMessage = (outcome: Outcome): number => (1000 * outcome.saturateLoop.cpuMs) / outcome.saturatedCount;
  const offeredPerMessage = (outcome: Outcome): number => (1000 * outcome.offerLoop.cpuMs) / outcome.offeredCount;
  report({
    name: 'e2e.server_cpu_us_per_message',
    value: perMessage(switchboard),
    unit: 'us',
    baseline: perMessage(relay),
    ratio: perMessage(relay) / perMessage(switchboard),
    note:
      `server process CPU per delivered message at saturation (offered phase: ${offeredPerMessage(switchboard).toFixed(0)} ` +
      `vs relay ${offeredPerMessage(relay).toFixed(0)} us); ratio = relay / Switchboard: the throughput ratio a ` +
      'server-bound run would show (on a shared 2-core machine the clients take CPU too, pulling e2e.vs_raw_socketio toward 1)',
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dirAt = process.argv.indexOf('--cpu-prof');
  await benchE2e({
    quick: process.argv.includes('--quick'),
    ...(dirAt === -1 ? {} : { cpuProfileDir: process.argv[dirAt + 1] ?? 'profiles' }),
  });
}
