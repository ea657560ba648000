/**
 * Property tests over random command sequences (DESIGN.md §9): after every step at most one owner
 * per conversation and counters that match ownership, no free eligible agent while a conversation
 * waits, no conversation vanishes, refused commands change nothing, no assignment beyond capacity,
 * and replaying the log (or restoring a snapshot) reproduces the state exactly. The scenarios come
 * from the shared generators (test/support/command-generators.ts); this file adds the checks made
 * after every single command and every fired deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import { describeState } from '../../src/domain/describe-state.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { evolve } from '../../src/domain/evolve.js';
import { fromSnapshot, toSnapshot, type TenantSnapshot } from '../../src/domain/snapshot.js';
import { createState, nextDeadline, type TenantState } from '../../src/domain/state.js';
import { apply, scenarioArb, setup, toCommand, type Run } from '../support/command-generators.js';
import { violations } from './invariants.js';

/** Executes a command; a refusal must leave the state exactly as it was; the invariants hold after. */
function checkedApply(run: Run, command: Command): void {
  const before = JSON.stringify(describeState(run.state));
  if (!apply(run, command)) {
    expect(JSON.stringify(describeState(run.state)), `refused ${command.type} changed state`).toBe(before);
  }
  expect(violations(run.state, run.now), `after ${command.type}`).toEqual([]);
}

/** How often the invariants are also checked while time passes without any deadline. */
const SAMPLE_MS = 15 * 60_000;

/**
 * Fires each deadline at its own instant, checking the invariants after each — and every quarter
 * hour in between, so an opening hour nobody scheduled a wake-up for (a DST-shifted window) shows
 * up as a free agent beside a waiting left message.
 */
function checkedAdvance(run: Run, seconds: number): void {
  const until = run.now + seconds * 1000;
  for (;;) {
    const timer = nextDeadline(run.state);
    const sample = Math.min(run.now + SAMPLE_MS, until);
    if (timer !== undefined && timer.at <= sample) {
      run.now = Math.max(run.now, timer.at);
      checkedApply(run, { type: 'FireTimer', key: timer.key });
      continue;
    }
    run.now = sample;
    expect(violations(run.state, run.now), `at ${new Date(run.now).toISOString()}`).toEqual([]);
    if (sample >= until) return;
  }
}

/**
 * Replays the log one event at a time, checking that no assignment, transfer request or offer goes
 * to a full agent — the only ways past capacity are a dormant conversation reviving and a
 * supervisor's takeover.
 */
function replayChecked(log: readonly DomainEvent[]): TenantState {
  const state = createState();
  for (const event of log) {
    const agentId =
      event.type === 'ConversationAssigned' || event.type === 'TransferOffered'
        ? event.agentId
        : event.type === 'TransferRequested' && event.transfer.requiresAccept
          ? event.transfer.targetAgentId
          : null;
    if (agentId !== null) {
      const agent = state.agents.get(agentId)!;
      expect(agent.active + agent.incoming, `${event.type} to full ${agent.id}`).toBeLessThan(agent.maxConcurrent);
    }
    evolve(state, event);
  }
  return state;
}

describe('routing invariants over random command sequences', () => {
  it('hold after every step, and replay and snapshots reproduce the state', () => {
    fc.assert(
      fc.property(scenarioArb, ({ agents, strategies, steps, policy, world }) => {
        const run = setup(agents, strategies, policy, world);
        for (const step of steps) {
          if (step.k === 'advance') {
            checkedAdvance(run, step.seconds);
            continue;
          }
          const command = toCommand(run, step);
          if (command !== null) checkedApply(run, command);
        }
        for (const id of run.opened) {
          expect(run.state.conversations.has(id), `${id} vanished`).toBe(true);
        }
        const replayed = replayChecked(run.log);
        expect(describeState(replayed)).toEqual(describeState(run.state));
        // A snapshot through JSON restores the same state, transfers and indexes included.
        const stored = JSON.parse(JSON.stringify(toSnapshot(run.state))) as TenantSnapshot;
        expect(describeState(fromSnapshot(stored))).toEqual(describeState(run.state));
      }),
      { numRuns: 300 },
    );
    // About 25 s alone; the whole suite in parallel on 2 cores can double that.
  }, 180_000);
});
