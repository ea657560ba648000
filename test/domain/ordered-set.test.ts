/**
 * OrderedSet (src/domain/ordered-set.ts) against the simplest model that could be right: a sorted
 * array without duplicates. Random sequences of adds and deletes, every query checked after each
 * step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedSet, type Comparator } from '../../src/domain/ordered-set.js';

const RUNS = 400;

type Op = { readonly kind: 'add' | 'delete'; readonly value: number };

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<'add' | 'delete'>('add', 'add', 'delete'),
  // A small domain makes duplicates and deletes of present items common.
  value: fc.integer({ min: -40, max: 40 }),
});

const byNumber: Comparator<number> = (a, b) => a - b;

/** Model: sorted, no duplicates under `compare`. */
class SortedArray<T> {
  readonly items: T[] = [];
  constructor(private readonly compare: Comparator<T>) {}

  indexOf(item: T): number {
    return this.items.findIndex((candidate) => this.compare(candidate, item) === 0);
  }

  add(item: T): boolean {
    if (this.indexOf(item) >= 0) return false;
    const at = this.items.findIndex((candidate) => this.compare(candidate, item) > 0);
    this.items.splice(at < 0 ? this.items.length : at, 0, item);
    return true;
  }

  delete(item: T): boolean {
    const at = this.indexOf(item);
    if (at < 0) return false;
    this.items.splice(at, 1);
    return true;
  }

  rankOf(item: T): number {
    return this.items.filter((candidate) => this.compare(candidate, item) < 0).length;
  }
}

/** Checks every query of `set` against `model`, probing with `probes`. */
function expectSame<T>(set: OrderedSet<T>, model: SortedArray<T>, probes: readonly T[]): void {
  expect(set.size).toBe(model.items.length);
  expect(set.toArray()).toEqual(model.items);
  expect(set.first()).toEqual(model.items[0]);
  for (let index = -1; index <= model.items.length; index += 1) {
    expect(set.at(index)).toEqual(model.items[index]);
  }
  for (const probe of probes) {
    expect(set.has(probe)).toBe(model.indexOf(probe) >= 0);
    expect(set.rankOf(probe)).toBe(model.rankOf(probe));
  }
}

/** The default leaf size, and tiny ones so a few dozen items already split, merge and drop leaves. */
for (const leafCapacity of [128, 4, 2])
  describe(`OrderedSet (leaves of ${leafCapacity})`, () => {
    it('starts empty', () => {
      const set = new OrderedSet(byNumber, undefined, { leafCapacity });
      expect(set.size).toBe(0);
      expect(set.first()).toBeUndefined();
      expect(set.at(0)).toBeUndefined();
      expect(set.rankOf(5)).toBe(0);
      expect(set.has(5)).toBe(false);
      expect(set.find(() => true)).toBeUndefined();
      expect(set.toArray()).toEqual([]);
      expect(set.delete(5)).toBe(false);
    });

    it('behaves like a sorted array under random adds and deletes', () => {
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 120 }), (ops) => {
          const set = new OrderedSet(byNumber, undefined, { leafCapacity });
          const model = new SortedArray(byNumber);
          const probes = [-41, -7, 0, 3, 41, ...ops.map((op) => op.value)];
          for (const op of ops) {
            if (op.kind === 'add') expect(set.add(op.value)).toBe(model.add(op.value));
            else expect(set.delete(op.value)).toBe(model.delete(op.value));
            expectSame(set, model, probes);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('finds the first item, in order, that satisfies the visitor, visiting only up to it', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 80 }),
          fc.integer({ min: -1100, max: 1100 }),
          (values, threshold) => {
            const set = new OrderedSet(byNumber, undefined, { leafCapacity });
            for (const value of values) set.add(value);
            const sorted = [...values].sort(byNumber);
            const visited: number[] = [];
            const found = set.find((item) => {
              visited.push(item);
              return item >= threshold;
            });
            const expectedIndex = sorted.findIndex((item) => item >= threshold);
            expect(found).toBe(expectedIndex < 0 ? undefined : sorted[expectedIndex]);
            expect(visited).toEqual(expectedIndex < 0 ? sorted : sorted.slice(0, expectedIndex + 1));
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('keeps distinct objects that share a sort key apart when the comparator breaks ties', () => {
      interface Entry {
        readonly key: number;
        readonly id: string;
      }
      const byKeyThenId: Comparator<Entry> = (a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const entryArb = fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.constantFrom('a', 'b', 'c', 'd') });
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.boolean(), entryArb), { maxLength: 100 }), (ops) => {
          const set = new OrderedSet(byKeyThenId, (entry) => entry.key, { leafCapacity });
          const model = new SortedArray(byKeyThenId);
          const probes = ops.map(([, entry]) => entry);
          for (const [adding, entry] of ops) {
            // Fresh objects every time: membership is by comparator, not identity.
            const copy = { ...entry };
            if (adding) expect(set.add(copy)).toBe(model.add(copy));
            else expect(set.delete(copy)).toBe(model.delete(copy));
            expectSame(set, model, probes);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('stays consistent through long runs that grow and drain the set', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 200, maxLength: 600 }), (values) => {
          const set = new OrderedSet(byNumber, undefined, { leafCapacity });
          const model = new SortedArray(byNumber);
          for (const value of values) expect(set.add(value)).toBe(model.add(value));
          expectSame(set, model, [0, 150, 300, 301]);
          for (const value of values.filter((_, index) => index % 2 === 0)) {
            expect(set.delete(value)).toBe(model.delete(value));
          }
          expectSame(set, model, [0, 150, 300, 301]);
          for (const value of [...model.items]) expect(set.delete(value)).toBe(model.delete(value));
          expect(set.size).toBe(0);
          expect(set.first()).toBeUndefined();
        }),
        { numRuns: 100 },
      );
    });
  });
