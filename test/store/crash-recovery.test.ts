/**
 * Crash recovery (DESIGN.md §9): a child process runs a tenant's actor on SQLite with the real clock
 * under steady load (test/support/crash-child.ts) and is killed with SIGKILL at seeded random
 * moments — sometimes while it is still recovering — more than twenty times in a row, always on the
 * same database. After every kill:
 * - every command the child acknowledged has its events in the log, at the seqs it was told, unchanged;
 * - the log is gap-free, and the read models agree with it (same transaction);
 * - start-up from the latest snapshot plus the rest of the log gives the same state as a full replay,
 *   and the routing invariants hold in it;
 * - every deadline pending at a kill (transfer timeouts, takeovers, reply reminders, dormancy, revival,
 *   presence grace)
 *   fires at its original instant — or at once after the restart if that instant had passed while the
 *   process was down — never re-armed from the restart.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { seeded } from '../../bench/report.js';
import { describeState } from '../../src/domain/describe-state.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { evolve } from '../../src/domain/evolve.js';
import { createState } from '../../src/domain/state.js';
import { loadState } from '../../src/engine/load-state.js';
import type { StoredEvent } from '../../src/store/event-store.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { violations } from '../properties/invariants.js';

const TENANT = 'crash-tenant';
const CHILD = join(import.meta.dirname, '..', 'support', 'crash-child.ts');
const SEED = 20_261_121;
const KILLS = 22;
/** How late a deadline may fire on a loaded two-core machine. */
const TOLERANCE_MS = 1000;

interface ChildRun {
  readonly started: Promise<void>;
  readonly ready: Promise<number>;
  readonly exited: Promise<void>;
  readyAt: number | null;
  readonly acks: StoredEvent[];
  kill(): void;
}

function runChild(file: string, seed: number, mode: 'load' | 'quiet'): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(seed), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let onReady: (at: number) => void = () => undefined;
  let onStarted: () => void = () => undefined;
  const run: ChildRun = {
    started: new Promise((resolve) => (onStarted = resolve)),
    ready: new Promise((resolve) => (onReady = resolve)),
    exited: new Promise((resolve) =>
      child.once('exit', () => {
        resolve();
      }),
    ),
    readyAt: null,
    acks: [],
    kill: () => child.kill('SIGKILL'),
  };
  createInterface({ input: child.stdout }).on('line', (text) => {
    let message: { started?: number; ready?: number; ack?: StoredEvent[] };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return; // a line cut short by the kill
    }
    if (message.started !== undefined) onStarted();
    if (message.ready !== undefined) {
      run.readyAt = message.ready;
      onReady(message.ready);
    }
    if (message.ack !== undefined) run.acks.push(...message.ack);
  });
  return run;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A deadline that was pending when the child was killed. */
interface Watched {
  readonly at: number;
}

describe('crash recovery on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-crash-'));
  const file = join(dir, 'switchboard.db');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(`loses nothing acknowledged and keeps deadlines across ${KILLS} SIGKILLs`, async () => {
    const random = seeded(SEED);
    const tracker = createState();
    let applied = 0;
    const watched = new Map<string, Watched>();
    const late: string[] = [];
    let ackedEvents = 0;
    let firedAfterCrash = 0;
    const firedKinds = new Map<string, number>();
    let maxLateness = 0;

    /** Checks the database after a child has died; `bound` is when its run was ready to fire deadlines. */
    async function verify(acks: readonly StoredEvent[], bound: number): Promise<void> {
      const store = await createSqliteStore({ file });
      try {
        const log = await store.read(TENANT, 0, 10_000_000);
        expect(log.map((stored) => stored.seq)).toEqual(log.map((_, index) => index + 1));
        for (const ack of acks) {
          expect(log[ack.seq - 1]?.event, `acknowledged event ${ack.seq} (${ack.event.type})`).toEqual(ack.event);
        }
        ackedEvents += acks.length;

        for (const stored of log.slice(applied)) {
          const event: DomainEvent = stored.event;
          evolve(tracker, event);
          for (const [key, timer] of watched) {
            if (tracker.timers.get(key)?.at === timer.at) continue;
            watched.delete(key);
            if (event.at < timer.at) continue; // cleared by a command before it was due
            firedAfterCrash += 1;
            const kind = key.slice(0, key.indexOf(':'));
            firedKinds.set(kind, (firedKinds.get(kind) ?? 0) + 1);
            const lateness = event.at - Math.max(timer.at, bound);
            maxLateness = Math.max(maxLateness, lateness);
            if (lateness > TOLERANCE_MS) late.push(`${key} due ${timer.at} fired ${event.at} (${event.type})`);
          }
        }
        applied = log.length;
        for (const timer of tracker.timers.queue.toArray()) {
          if (!watched.has(timer.key)) watched.set(timer.key, { at: timer.at });
        }

        const recovered = await loadState({ tenantId: TENANT, store, snapshots: store });
        expect(recovered.seq).toBe(log.length);
        expect(describeState(recovered.state)).toEqual(describeState(tracker));
        const lastAt = log[log.length - 1]?.event.at ?? 0;
        expect(violations(recovered.state, lastAt)).toEqual([]);

        expect(await store.projectedSeq(TENANT)).toBe(log.length);
        const views = [];
        let cursor: string | null = null;
        do {
          const page = await store.listConversations(TENANT, {}, { limit: 500, cursor });
          views.push(...page.items);
          cursor = page.next;
        } while (cursor !== null);
        expect(views.length).toBe(tracker.conversations.size);
        for (const view of views) {
          const conversation = tracker.conversations.get(view.conversationId);
          expect([view.status, view.ownerId, view.messageCount]).toEqual([
            conversation?.status,
            conversation?.ownerId,
            conversation?.lastSeq,
          ]);
        }
      } finally {
        await store.close();
      }
    }

    for (let kill = 0; kill < KILLS; kill += 1) {
      const child = runChild(file, kill, 'load');
      await child.started;
      if (random() < 0.25) {
        await sleep(random() * 600); // possibly mid-recovery
      } else {
        await child.ready;
        await sleep(150 + random() * 1100);
      }
      child.kill();
      await child.exited;
      await verify(child.acks, child.readyAt ?? Date.now());
    }
    expect(ackedEvents).toBeGreaterThan(500);

    // A last run without load: every deadline still pending must fire at its instant.
    const last = runChild(file, KILLS, 'quiet');
    const readyAt = await last.ready;
    const until = Math.max(readyAt, ...[...watched.values()].map((timer) => timer.at)) + TOLERANCE_MS;
    await sleep(Math.min(until - Date.now(), 8000));
    last.kill();
    const killedAt = Date.now();
    await last.exited;
    await verify(last.acks, readyAt);

    console.info(
      `crash test: ${ackedEvents} acknowledged events checked, ${firedAfterCrash} deadlines fired after a crash (${JSON.stringify(Object.fromEntries(firedKinds))}), latest ${maxLateness} ms past due`,
    );
    expect(late).toEqual([]);
    expect(firedAfterCrash).toBeGreaterThan(KILLS);
    // Transfer timeouts and first-response takeovers among them.
    expect([...firedKinds.keys()]).toEqual(expect.arrayContaining(['transfer', 'first-response']));
    const overdue = [...watched.entries()].filter(([, timer]) => timer.at < killedAt - TOLERANCE_MS);
    expect(overdue).toEqual([]);
    // 22 child processes each start tsx and recover the store: minutes on a loaded 2-core machine.
  }, 300_000);
});
