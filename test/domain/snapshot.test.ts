/**
 * Snapshots (src/domain/snapshot.ts): a state restored from its snapshot — through JSON, as the
 * stores keep it — describes the same as the live state, indexes included, and behaves the same:
 * the rest of a random scenario played on both gives the same events and the same final state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeState } from '../../src/domain/describe-state.js';
import { replay } from '../../src/domain/execute.js';
import {
  SNAPSHOT_FORMAT,
  SnapshotFormatError,
  decode,
  encode,
  fromSnapshot,
  toSnapshot,
  type TenantSnapshot,
} from '../../src/domain/snapshot.js';
import { createState } from '../../src/domain/state.js';
import { play, runScenario, scenarioArb, setup, type Run } from '../support/command-generators.js';

const throughJson = (snapshot: TenantSnapshot): TenantSnapshot =>
  JSON.parse(JSON.stringify(snapshot)) as TenantSnapshot;

describe('tenant snapshots', () => {
  it('restore a state equal to the live one, which then behaves the same', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (scenario, cut) => {
        const live = setup(scenario.agents, scenario.strategies, scenario.policy);
        const split = Math.floor(cut * scenario.steps.length);
        for (const step of scenario.steps.slice(0, split)) play(live, step);

        const restored: Run = {
          state: fromSnapshot(throughJson(toSnapshot(live.state))),
          now: live.now,
          log: [...live.log],
          opened: [...live.opened],
        };
        expect(describeState(restored.state)).toEqual(describeState(live.state));

        for (const step of scenario.steps.slice(split)) {
          play(live, step);
          play(restored, step);
        }
        expect(restored.log).toEqual(live.log);
        expect(describeState(restored.state)).toEqual(describeState(live.state));
      }),
      { numRuns: 150 },
    );
  });

  it('of a replayed log equal the snapshot of the state that wrote it', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const run = runScenario(scenario);
        const replayed = replay(createState(), run.log);
        expect(throughJson(toSnapshot(replayed))).toEqual(throughJson(toSnapshot(run.state)));
      }),
      { numRuns: 50 },
    );
  });

  it('do not change when the state changes after they were taken', () => {
    const run = runScenario(fc.sample(scenarioArb, { numRuns: 1, seed: 7 })[0]!);
    const snapshot = toSnapshot(run.state);
    const before = JSON.stringify(snapshot);
    for (const conversation of run.state.conversations.values()) conversation.lastSeq += 1;
    for (const agent of run.state.agents.values()) agent.conversations.add('later');
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it('refuse another format, so the caller replays the log instead', () => {
    const snapshot = toSnapshot(createState());
    expect(() => fromSnapshot({ ...snapshot, format: SNAPSHOT_FORMAT + 1 })).toThrow(SnapshotFormatError);
    expect(() => fromSnapshot({ ...snapshot, agents: [{ name: 'no id' }] })).toThrow(SnapshotFormatError);
  });

  it('keep maps and sets, in their iteration order', () => {
    const value = {
      m: new Map([
        ['b', 1],
        ['a', 2],
      ]),
      s: new Set(['z', 'y']),
      skipped: undefined,
      list: [1, 'x'],
    };
    const decoded = decode(JSON.parse(JSON.stringify(encode(value))) as ReturnType<typeof encode>) as typeof value;
    expect([...decoded.m.entries()]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect([...decoded.s]).toEqual(['z', 'y']);
    expect(decoded.list).toEqual([1, 'x']);
    expect('skipped' in decoded).toBe(false);
    expect(() => encode({ n: Number.NaN })).toThrow(SnapshotFormatError);
  });
});
