/**
 * An ordered set with rank queries: a list of short sorted leaves (a one-level B+ tree).
 *
 * Routing keeps one per skill group for the queue (ordered by effective waiting time) and one
 * for the routable agents (ordered by the group's strategy), so a decision reads the head in
 * O(1) and finds, adds or removes an item in O(log n), and a customer's queue position is a rank
 * query.
 *
 * Why leaves and not a balanced binary tree: a tree node per item costs an object (and a boxed
 * key: timestamps are not small integers) and a cache miss per level on every descent, which
 * made these sets the largest cost of a routing decision. Here items sit in arrays of at most
 * `leafCapacity`, with their numeric keys in parallel arrays of unboxed doubles, and the last key
 * of every leaf in one more array: an operation is two binary searches over contiguous numbers
 * and a short shift inside one leaf, and allocates nothing except when a leaf splits.
 *
 * The comparator must be a total order over the items the set holds: two distinct items must
 * never compare equal (break ties by id). An item's sort key must not change while it is in the
 * set — remove it, change it, add it back. The layout depends only on the sequence of operations,
 * so every operation's cost is deterministic.
 */
export type Comparator<T> = (a: T, b: T) => number;

/**
 * The comparator's leading numeric term, when it has one: `compare(a, b)` must then be
 * `keyOf(a) - keyOf(b) || tieBreak(a, b)`. Leaves keep the keys, so a search compares numbers
 * held in the set and reads an item only on a tie.
 */
export type KeyOf<T> = (item: T) => number;

export interface OrderedSetOptions {
  /** Most items a leaf holds before it splits (default 128; small values are for tests). */
  readonly leafCapacity?: number;
}

/** Without a key every item's key is 0 and each comparison goes to the comparator. */
const noKey = (): number => 0;

const DEFAULT_LEAF_CAPACITY = 128;

/** `array.splice(at, 0, value)` without allocating the (empty) array of removed items. */
function insertAt<V>(array: V[], at: number, value: V): void {
  array.push(value);
  for (let index = array.length - 1; index > at; index -= 1) array[index] = array[index - 1] as V;
  array[at] = value;
}

/** `array.splice(at, 1)` without allocating the array of removed items. */
function removeAt(array: unknown[], at: number): void {
  for (let index = at; index < array.length - 1; index += 1) array[index] = array[index + 1];
  array.pop();
}

export class OrderedSet<T> {
  /**
   * The leaves, in order; none is empty, except one kept when the set empties (a set that empties
   * and refills on every decision, like a busy group's routable agents, then allocates nothing).
   */
  private readonly leaves: T[][] = [];
  /** `keyOf` of each leaf's items, in the same places. */
  private readonly leafKeys: number[][] = [];
  /** The key of each leaf's last item: the first of the two searches runs over these. */
  private readonly lastKeys: number[] = [];
  private count = 0;
  /**
   * Leaf sizes as a Fenwick tree (1-based) for `rankOf` and `at`; null until a positional query
   * needs it, and again after a leaf splits, merges or disappears (rebuilt in O(leaves)).
   */
  private positions: number[] | null = null;
  private readonly capacity: number;
  /** A leaf this small is merged with a neighbour. */
  private readonly minimum: number;

  constructor(
    private readonly compare: Comparator<T>,
    private readonly keyOf: KeyOf<T> = noKey,
    options: OrderedSetOptions = {},
  ) {
    this.capacity = Math.max(2, Math.floor(options.leafCapacity ?? DEFAULT_LEAF_CAPACITY));
    this.minimum = Math.max(1, this.capacity >> 2);
  }

  get size(): number {
    return this.count;
  }

  /** Adds an item; returns false (and changes nothing) if an equal item is already present. */
  add(item: T): boolean {
    const key = this.keyOf(item);
    if (this.count === 0) return this.addFirst(item, key);
    const leaf = this.leafFor(item, key);
    const items = this.leaves[leaf] as T[];
    const keys = this.leafKeys[leaf] as number[];
    const at = this.position(items, keys, item, key);
    if (at < items.length && this.order(item, key, items, keys, at) === 0) return false;
    // Shift the tail one place right (no `splice`: it would allocate the array of removed items).
    items.push(item);
    keys.push(key);
    for (let index = items.length - 1; index > at; index -= 1) {
      items[index] = items[index - 1] as T;
      keys[index] = keys[index - 1] as number;
    }
    items[at] = item;
    keys[at] = key;
    if (at === items.length - 1) this.lastKeys[leaf] = key;
    this.count += 1;
    if (items.length > this.capacity) this.split(leaf);
    else if (this.positions !== null) this.resize(leaf, 1);
    return true;
  }

  /** Removes the item equal to `item`; returns whether one was present. */
  delete(item: T): boolean {
    if (this.count === 0) return false;
    // The head itself (a queue serving its longest wait): no search, and no comparison that would
    // read the neighbours' fields.
    if ((this.leaves[0] as T[])[0] === item) {
      this.removeFrom(0, 0);
      return true;
    }
    const key = this.keyOf(item);
    const leaf = this.leafFor(item, key);
    const items = this.leaves[leaf] as T[];
    const keys = this.leafKeys[leaf] as number[];
    const at = this.position(items, keys, item, key);
    if (at >= items.length || this.order(item, key, items, keys, at) !== 0) return false;
    this.removeFrom(leaf, at);
    return true;
  }

  /** Removes the item at place `at` of leaf `leaf`. */
  private removeFrom(leaf: number, at: number): void {
    const items = this.leaves[leaf] as T[];
    const keys = this.leafKeys[leaf] as number[];
    for (let index = at; index < items.length - 1; index += 1) {
      items[index] = items[index + 1] as T;
      keys[index] = keys[index + 1] as number;
    }
    items.pop();
    keys.pop();
    this.count -= 1;
    if (items.length === 0) {
      if (this.leaves.length > 1) this.removeLeaf(leaf);
      else this.positions = null;
      return;
    }
    if (at === items.length) this.lastKeys[leaf] = keys[at - 1] as number;
    if (items.length < this.minimum && this.leaves.length > 1) this.mergeAround(leaf);
    else if (this.positions !== null) this.resize(leaf, -1);
  }

  has(item: T): boolean {
    if (this.count === 0) return false;
    const key = this.keyOf(item);
    const leaf = this.leafFor(item, key);
    const items = this.leaves[leaf] as T[];
    const keys = this.leafKeys[leaf] as number[];
    const at = this.position(items, keys, item, key);
    return at < items.length && this.order(item, key, items, keys, at) === 0;
  }

  /** The smallest item, or undefined when empty. */
  first(): T | undefined {
    return this.count === 0 ? undefined : (this.leaves[0] as T[])[0];
  }

  /** How many items sort before `item` (its 0-based position if present). */
  rankOf(item: T): number {
    if (this.count === 0) return 0;
    const key = this.keyOf(item);
    const leaf = this.leafFor(item, key);
    const at = this.position(this.leaves[leaf] as T[], this.leafKeys[leaf] as number[], item, key);
    return leaf === 0 ? at : this.before(leaf) + at;
  }

  /** The item at 0-based position `index`, or undefined. */
  at(index: number): T | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    if (this.leaves.length === 1) return (this.leaves[0] as T[])[index];
    const tree = this.fenwick();
    const leaves = this.leaves.length;
    let step = 1;
    while (step * 2 <= leaves) step *= 2;
    // The last leaf whose preceding leaves hold at most `index` items, and the offset into it.
    let leaf = 0;
    let remaining = index;
    for (; step > 0; step >>= 1) {
      const next = leaf + step;
      if (next <= leaves && (tree[next] as number) <= remaining) {
        leaf = next;
        remaining -= tree[next] as number;
      }
    }
    return (this.leaves[leaf] as T[])[remaining];
  }

  /**
   * Visits items in order until `visit` returns true; returns the item it stopped at.
   * Cost is O(visited), which is what lets routing skip a few excluded entries without scanning
   * the whole set. It keeps no state of its own, so a visit may search this same set again; it
   * must not add or remove items.
   */
  find(visit: (item: T) => boolean): T | undefined {
    const leaves = this.leaves;
    for (let leaf = 0; leaf < leaves.length; leaf += 1) {
      const items = leaves[leaf] as T[];
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index] as T;
        if (visit(item)) return item;
      }
    }
    return undefined;
  }

  /** All items in order (allocates; for tests, snapshots and small sets). */
  toArray(): T[] {
    const all: T[] = [];
    for (const items of this.leaves) for (const item of items) all.push(item);
    return all;
  }

  /** The first item of an empty set, into the leaf kept when it emptied if there is one. */
  private addFirst(item: T, key: number): boolean {
    if (this.leaves.length === 0) {
      this.leaves.push([item]);
      this.leafKeys.push([key]);
      this.lastKeys.push(key);
    } else {
      (this.leaves[0] as T[]).push(item);
      (this.leafKeys[0] as number[]).push(key);
      this.lastKeys[0] = key;
    }
    this.count = 1;
    this.positions = null;
    return true;
  }

  /** `item` against the one at `at`: negative, zero (equal) or positive. */
  private order(item: T, key: number, items: readonly T[], keys: readonly number[], at: number): number {
    return key - (keys[at] as number) || this.compare(item, items[at] as T);
  }

  /** The first leaf whose last item is not before `item`, or the last leaf if every one is. */
  private leafFor(item: T, key: number): number {
    const lastKeys = this.lastKeys;
    let low = 0;
    let high = lastKeys.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = key - (lastKeys[middle] as number) || this.compare(item, this.lastOf(middle));
      if (order > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private lastOf(leaf: number): T {
    const items = this.leaves[leaf] as T[];
    return items[items.length - 1] as T;
  }

  /** The first place in a leaf whose item is not before `item` (the leaf's length if none). */
  private position(items: readonly T[], keys: readonly number[], item: T, key: number): number {
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.order(item, key, items, keys, middle) > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Splits an overfull leaf in two halves. */
  private split(leaf: number): void {
    const items = this.leaves[leaf] as T[];
    const keys = this.leafKeys[leaf] as number[];
    const half = items.length >> 1;
    const upperItems = items.slice(half);
    const upperKeys = keys.slice(half);
    items.length = half;
    keys.length = half;
    insertAt(this.leaves, leaf + 1, upperItems);
    insertAt(this.leafKeys, leaf + 1, upperKeys);
    insertAt(this.lastKeys, leaf + 1, upperKeys[upperKeys.length - 1] as number);
    this.lastKeys[leaf] = keys[half - 1] as number;
    this.positions = null;
  }

  /** Joins an underfull leaf to a neighbour (the next one, or the previous for the last leaf). */
  private mergeAround(leaf: number): void {
    const left = leaf + 1 < this.leaves.length ? leaf : leaf - 1;
    const into = this.leaves[left] as T[];
    const intoKeys = this.leafKeys[left] as number[];
    const from = this.leaves[left + 1] as T[];
    const fromKeys = this.leafKeys[left + 1] as number[];
    for (let index = 0; index < from.length; index += 1) {
      into.push(from[index] as T);
      intoKeys.push(fromKeys[index] as number);
    }
    this.lastKeys[left] = intoKeys[intoKeys.length - 1] as number;
    this.removeLeaf(left + 1);
    if (into.length > this.capacity) this.split(left);
  }

  private removeLeaf(leaf: number): void {
    removeAt(this.leaves, leaf);
    removeAt(this.leafKeys, leaf);
    removeAt(this.lastKeys, leaf);
    this.positions = null;
  }

  /** Items in the leaves before `leaf`. */
  private before(leaf: number): number {
    const tree = this.fenwick();
    let sum = 0;
    for (let index = leaf; index > 0; index -= index & -index) sum += tree[index] as number;
    return sum;
  }

  private resize(leaf: number, delta: number): void {
    const tree = this.positions as number[];
    for (let index = leaf + 1; index < tree.length; index += index & -index)
      tree[index] = (tree[index] as number) + delta;
  }

  private fenwick(): number[] {
    if (this.positions !== null) return this.positions;
    const leaves = this.leaves.length;
    const tree = new Array<number>(leaves + 1).fill(0);
    for (let index = 1; index <= leaves; index += 1) {
      tree[index] = (tree[index] as number) + (this.leaves[index - 1] as T[]).length;
      const parent = index + (index & -index);
      if (parent <= leaves) tree[parent] = (tree[parent] as number) + (tree[index] as number);
    }
    this.positions = tree;
    return tree;
  }
}
