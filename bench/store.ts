/**
 * Storage benchmarks on SQLite (the default store, WAL + synchronous = FULL, on disk):
 *
 * - `store.durable_commands_per_sec`: commands acknowledged per second through tenant actors — decide,
 *   append with group commit, read models in the same transaction, acknowledge after commit — with
 *   eight tenants each keeping 512 commands in flight, on the store as the server opens it (its
 *   writer on a thread of its own). Baseline: raw better-sqlite3 prepared inserts of the same rows
 *   (every row of every table the durable run left behind: events, read models, report tables; the
 *   search index built in bulk) into a fresh database with the same settings and schema, on one
 *   thread, in as many transactions as the durable run committed; `ratio` = durable / raw. (Until
 *   2026-12-05 the baseline's table list left out the report tables, so it did less than "the same
 *   rows".)
 * - `store.durable_vs_raw_event_inserts`: the same durable figure against raw inserts of the event
 *   rows alone (the cost of the log without read models), same transaction count.
 * - `store.recovery_seconds_per_million_events`: rebuilding a tenant's state from its log alone, no
 *   snapshot (the worst case), scaled to one million events; the log is a realistic mix written
 *   through the store.
 * - `store.recovery_from_snapshot_seconds`: the same tenant's start-up from its latest snapshot.
 * - `store.event_loop_delay_p99_ms`: the event loop's delay (perf_hooks `monitorEventLoopDelay`,
 *   p99) under a steady durable write load — eight tenants, 2,000 commands/s offered in 5 ms ticks —
 *   with the WAL fsynced off the loop (the store's default). Baseline: the same load with SQLite
 *   fsyncing inside each commit, on the loop; `ratio` = off-loop / in-commit (lower is better).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentProfile } from '../src/domain/agent.js';
import type { Command } from '../src/domain/commands.js';
import type { DomainEvent } from '../src/domain/events.js';
import { execute } from '../src/domain/execute.js';
import { skillGroup } from '../src/domain/skill-group.js';
import { toSnapshot } from '../src/domain/snapshot.js';
import { createState } from '../src/domain/state.js';
import { loadState } from '../src/engine/load-state.js';
import { SimulatedClock } from '../src/engine/simulated-clock.js';
import { TenantActor, type CommandResult } from '../src/engine/tenant-actor.js';
import type { DurableStore } from '../src/store/durable-store.js';
import { openSqlite, type SqliteDatabase } from '../src/store/sqlite/open-sqlite.js';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store.js';
import { report, seeded } from './report.js';

const START = Date.UTC(2026, 0, 5, 9);
const GROUPS = 4;
const AGENTS = 40;

const agent = (index: number): AgentProfile => ({
  id: `a${index}`,
  name: `agent ${index}`,
  role: 'agent',
  level: 1,
  departmentId: null,
  memberships: [{ groupId: `g${index % GROUPS}`, ability: 1 + (index % 10), tier: 'primary' }],
  languages: [],
  maxConcurrent: 8,
});

/** Skill groups, settings and connected agents of one tenant. */
function setupCommands(): Command[] {
  const groups = Array.from({ length: GROUPS }, (_, index) => `g${index}`);
  return [
    ...groups.map((id): Command => ({ type: 'SaveSkillGroup', group: skillGroup({ id, name: id }) })),
    {
      type: 'ConfigureTenant',
      settings: { defaultGroupId: 'g0', defaultGroupBySource: Object.fromEntries(groups.map((id) => [id, id])) },
    },
    ...Array.from({ length: AGENTS }, (_, index): Command => ({ type: 'SaveAgent', agent: agent(index) })),
    ...Array.from({ length: AGENTS }, (_, index): Command => ({ type: 'ConnectAgent', agentId: `a${index}` })),
  ];
}

/** The life of one conversation as four commands: opened, the customer writes twice, closed. */
function conversationCommands(id: string, random: () => number): Command[] {
  const message = (suffix: string): Command => ({
    type: 'PostMessage',
    conversationId: id,
    messageId: `${id}-${suffix}`,
    author: { kind: 'customer' },
    visibility: 'public',
    text: 'Could you check the status of my order? It was due yesterday.',
  });
  return [
    {
      type: 'OpenConversation',
      conversationId: id,
      customerId: `cust-${Math.floor(random() * 5000)}`,
      channel: 'web',
      source: `g${Math.floor(random() * GROUPS)}`,
      text: 'Hello, I need help with a refund',
    },
    message('1'),
    message('2'),
    { type: 'CloseConversation', conversationId: id, agentId: null, by: 'customer' },
  ];
}

export interface DurableRun {
  readonly commandsPerSec: number;
  readonly commands: number;
  readonly commits: number;
}

/** Commits so far, for a store that counts them (SQLite); 0 otherwise. */
const commitsOf = (store: DurableStore): number =>
  'commits' in store && typeof store.commits === 'function' ? (store.commits as () => number)() : 0;

/**
 * Commands acknowledged per second through tenant actors on the store `open` gives (closed after);
 * also used by bench/cluster.ts for PostgreSQL.
 */
export async function runDurable(
  open: () => Promise<DurableStore>,
  tenants: number,
  perTenant: number,
): Promise<DurableRun> {
  const store = await open();
  const clock = new SimulatedClock(START);
  const actors = await Promise.all(
    Array.from({ length: tenants }, (_, index) =>
      TenantActor.start({ tenantId: `tenant-${index}`, store, clock, scheduler: clock }),
    ),
  );
  for (const actor of actors) await Promise.all(setupCommands().map((command) => actor.submit(command)));
  const commitsBefore = commitsOf(store);
  const window = 512;
  const started = process.hrtime.bigint();
  await Promise.all(
    actors.map(async (actor, tenant) => {
      const random = seeded(tenant + 1);
      const inflight: Promise<CommandResult>[] = [];
      for (let conversation = 0; conversation * 4 < perTenant; conversation += 1) {
        for (const command of conversationCommands(`c${conversation}`, random)) {
          inflight.push(actor.submit(command));
          if (inflight.length >= window) await inflight.shift();
        }
      }
      const results = await Promise.all(inflight);
      if (results.some((result) => !result.ok)) throw new Error('a benchmark command was refused');
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const commands = tenants * Math.ceil(perTenant / 4) * 4;
  const commits = commitsOf(store) - commitsBefore;
  for (const actor of actors) await actor.close();
  await store.close();
  return { commandsPerSec: commands / seconds, commands, commits };
}

/**
 * The event loop's delay p99 (ms) while `tenants` actors take a steady `rate` commands/s for
 * `seconds`, submitted every 5 ms, on a store fsyncing `fsync`.
 */
async function loopDelayUnderLoad(
  file: string,
  fsync: 'off-loop' | 'in-commit',
  load: { readonly tenants: number; readonly rate: number; readonly seconds: number },
): Promise<{ p99: number; max: number; commits: number }> {
  const store = await createSqliteStore({ file, fsync });
  const clock = new SimulatedClock(START);
  const actors = await Promise.all(
    Array.from({ length: load.tenants }, (_, index) =>
      TenantActor.start({ tenantId: `tenant-${index}`, store, clock, scheduler: clock }),
    ),
  );
  for (const actor of actors) await Promise.all(setupCommands().map((command) => actor.submit(command)));
  const commitsBefore = store.commits();
  const random = seeded(7);
  const queues = actors.map(() => [] as Command[]);
  let conversation = 0;
  const next = (tenant: number): Command => {
    const queue = queues[tenant] as Command[];
    if (queue.length === 0) queue.push(...conversationCommands(`c${conversation++}`, random));
    return queue.shift() as Command;
  };
  const tickMs = 5;
  const perTick = Math.max(1, Math.round((load.rate * tickMs) / 1000));
  const results: Promise<CommandResult>[] = [];
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await new Promise<void>((resolve) => {
    let ticks = Math.round((load.seconds * 1000) / tickMs);
    let tenant = 0;
    const timer = setInterval(() => {
      for (let index = 0; index < perTick; index += 1) {
        results.push((actors[tenant] as TenantActor).submit(next(tenant)));
        tenant = (tenant + 1) % actors.length;
      }
      ticks -= 1;
      if (ticks > 0) return;
      clearInterval(timer);
      resolve();
    }, tickMs);
  });
  const settled = await Promise.all(results);
  histogram.disable();
  if (settled.some((result) => !result.ok)) throw new Error('a benchmark command was refused');
  const commits = store.commits() - commitsBefore;
  for (const actor of actors) await actor.close();
  await store.close();
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, commits };
}

async function benchLoopDelay(dir: string, quick: boolean): Promise<void> {
  const load = { tenants: 8, rate: 2000, seconds: quick ? 0.5 : 5 };
  const rounds = quick ? 1 : 3;
  let offLoop = { p99: Number.POSITIVE_INFINITY, max: 0, commits: 0 };
  let inCommit = { p99: Number.POSITIVE_INFINITY, max: 0, commits: 0 };
  for (let round = 0; round < rounds; round += 1) {
    const a = await loopDelayUnderLoad(join(dir, `loop-in-${round}.db`), 'in-commit', load);
    if (a.p99 < inCommit.p99) inCommit = a;
    const b = await loopDelayUnderLoad(join(dir, `loop-off-${round}.db`), 'off-loop', load);
    if (b.p99 < offLoop.p99) offLoop = b;
  }
  report({
    name: 'store.event_loop_delay_p99_ms',
    value: offLoop.p99,
    unit: 'ms',
    baseline: inCommit.p99,
    ratio: offLoop.p99 / inCommit.p99,
    note: `${load.tenants} tenants, ${load.rate} commands/s offered for ${load.seconds} s (best of ${rounds}); WAL fsynced off the loop: p99 ${offLoop.p99.toFixed(1)} ms, max ${offLoop.max.toFixed(1)} ms, ${offLoop.commits} commits; baseline fsync inside the commit: p99 ${inCommit.p99.toFixed(1)} ms, max ${inCommit.max.toFixed(1)} ms, ${inCommit.commits} commits`,
  });
}

/**
 * Every table the durable run wrote, as rows: the event log and every read model and report table
 * with rows — all of the schema but its bookkeeping (`schema_migrations`) and the search index, which
 * the baseline builds itself in bulk, as the store does (`rawInsertSeconds`).
 */
export function rowsOf(file: string): { table: string; rows: unknown[][]; columns: string[] }[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], string>(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE 'message_search%' AND name <> 'schema_migrations' ORDER BY name`,
      )
      .pluck()
      .all();
    return tables
      .map((table) => {
        const statement = db.prepare(`SELECT * FROM ${table}`);
        const columns = statement.columns().map((column) => column.name);
        return { table, columns, rows: statement.raw().all() as unknown[][] };
      })
      .filter(({ rows }) => rows.length > 0);
  } finally {
    db.close();
  }
}

/**
 * Inserts the rows into a fresh database (same settings and schema) in `commits` transactions, with
 * prepared statements; what is timed is the inserting, not opening the database. With `messages`
 * among the tables, each transaction also indexes the messages it inserted for search, in bulk, as
 * the store does (migration 9 replaced the insert trigger that used to do it inside each insert, on
 * both sides alike): the same rows, search index included.
 */
export async function rawInsertSeconds(
  file: string,
  tables: readonly { table: string; rows: unknown[][]; columns: string[] }[],
  commits: number,
): Promise<number> {
  const db = await openSqlite(file);
  try {
    const items = tables.flatMap(({ table, columns, rows }) => {
      const insert = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      return rows.map((row) => ({ insert, row }));
    });
    const perCommit = Math.ceil(items.length / Math.max(1, commits));
    const indexed = tables.some(({ table }) => table === 'messages') ? searchIndexer(db) : null;
    const commit = db.transaction((slice: typeof items) => {
      for (const { insert, row } of slice) insert.run(row);
      indexed?.();
    });
    const started = process.hrtime.bigint();
    for (let from = 0; from < items.length; from += perCommit) commit.immediate(items.slice(from, from + perCommit));
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    db.close();
  }
}

/** Indexes the messages above the last one indexed, and moves the mark (sqlite-search-index.ts). */
function searchIndexer(db: SqliteDatabase): () => void {
  const last = db.prepare<[], number | null>('SELECT MAX(rowid) FROM messages').pluck();
  const index = db.prepare<[number]>(
    'INSERT INTO message_search (rowid, text) SELECT rowid, text FROM messages WHERE rowid > ?',
  );
  const mark = db.prepare<[number]>('UPDATE message_search_progress SET indexed_up_to = ? WHERE id = 1');
  let upTo = 0;
  return () => {
    const top = last.get() ?? 0;
    if (top <= upTo) return;
    index.run(upTo);
    mark.run(top);
    upTo = top;
  };
}

/**
 * Writes a realistic log of `events` events for one tenant, made with the domain alone and appended
 * in chunks of 5,000, so no copy of the log stays in memory while recovery is measured.
 */
async function writeLog(store: DurableStore, tenantId: string, events: number): Promise<void> {
  const state = createState();
  const random = seeded(42);
  let pending: DomainEvent[] = [];
  let written = 0;
  let now = START;
  const flush = async (): Promise<void> => {
    const chunk = pending.slice(0, events - written);
    pending = [];
    await store.append(tenantId, written, chunk);
    written += chunk.length;
  };
  const must = (command: Command): void => {
    const decision = execute(state, command, now);
    if (!decision.ok) throw new Error(`${command.type}: ${decision.error.message}`);
    pending.push(...decision.events);
  };
  for (const command of setupCommands()) must(command);
  for (let conversation = 0; written < events; conversation += 1) {
    for (const command of conversationCommands(`c${conversation}`, random)) {
      now += 50;
      must(command);
    }
    if (pending.length >= 5000) await flush();
  }
}

/** Seconds `work` takes, best of `rounds` (the machine is shared: noise only ever slows a run). */
async function bestSeconds(rounds: number, work: () => Promise<void>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    await work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}

async function benchRecovery(dir: string, events: number, rounds: number): Promise<void> {
  const store = await createSqliteStore({ file: join(dir, 'recovery.db') });
  const tenantId = 'recovery';
  await writeLog(store, tenantId, events);

  let state = createState();
  const seconds = await bestSeconds(rounds, async () => {
    const loaded = await loadState({ tenantId, store });
    if (loaded.seq !== events) throw new Error('recovery did not read the whole log');
    state = loaded.state;
  });
  report({
    name: 'store.recovery_seconds_per_million_events',
    value: (seconds * 1_000_000) / events,
    unit: 's',
    note: `full replay of ${events} events from SQLite, no snapshot: ${seconds.toFixed(2)} s (best of ${rounds})`,
  });

  await store.saveSnapshot({ tenantId, seq: events, takenAt: START, data: toSnapshot(state) });
  const snapshotSeconds = await bestSeconds(rounds, async () => {
    const restored = await loadState({ tenantId, store, snapshots: store });
    if (restored.snapshotSeq !== events) throw new Error('recovery ignored the snapshot');
  });
  report({
    name: 'store.recovery_from_snapshot_seconds',
    value: snapshotSeconds,
    unit: 's',
    note: `start-up of the same tenant (${events} events, ${state.conversations.size} conversations in memory) from its snapshot`,
  });
  await store.close();
}

export async function benchStore(options: { readonly quick: boolean }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
  try {
    const tenants = options.quick ? 2 : 8;
    const perTenant = options.quick ? 200 : 20_000;
    const rounds = options.quick ? 1 : 3;
    // Durable and raw runs alternate, and each figure is the best of its rounds: the machine is shared,
    // and load that comes and goes then weighs on both sides alike.
    let durable: DurableRun | null = null;
    let rawAll = Number.POSITIVE_INFINITY;
    let rawEvents = Number.POSITIVE_INFINITY;
    let rowCount = 0;
    let eventCount = 0;
    for (let round = 0; round < rounds; round += 1) {
      const file = join(dir, `durable-${round}.db`);
      const run = await runDurable(() => createSqliteStore({ file }), tenants, perTenant);
      if (durable === null || run.commandsPerSec > durable.commandsPerSec) durable = run;
      const rows = rowsOf(file);
      const events = rows.filter((table) => table.table === 'events');
      rawAll = Math.min(rawAll, await rawInsertSeconds(join(dir, `raw-all-${round}.db`), rows, run.commits));
      rawEvents = Math.min(rawEvents, await rawInsertSeconds(join(dir, `raw-events-${round}.db`), events, run.commits));
      rowCount = rows.reduce((sum, table) => sum + table.rows.length, 0);
      eventCount = events[0]?.rows.length ?? 0;
    }
    if (durable === null) throw new Error('no durable run');
    const { commands, commits, commandsPerSec } = durable;

    const baseline = commands / rawAll;
    report({
      name: 'store.durable_commands_per_sec',
      value: commandsPerSec,
      unit: 'commands/s',
      baseline,
      ratio: commandsPerSec / baseline,
      note: `${tenants} tenants, ${commands} commands in ${commits} commits (best of ${rounds}); baseline: raw inserts of the same ${rowCount} rows (events, read models and report tables), same commit count`,
    });
    const eventsBaseline = commands / rawEvents;
    report({
      name: 'store.durable_vs_raw_event_inserts',
      value: commandsPerSec,
      unit: 'commands/s',
      baseline: eventsBaseline,
      ratio: commandsPerSec / eventsBaseline,
      note: `baseline: raw inserts of the ${eventCount} event rows alone, same commit count`,
    });

    await benchLoopDelay(dir, options.quick);
    await benchRecovery(dir, options.quick ? 5000 : 1_000_000, options.quick ? 1 : 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
