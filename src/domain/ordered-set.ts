/**
 * An ordered set with rank queries: a treap whose nodes know their subtree size.
 *
 * Routing keeps one per skill group for the queue (ordered by effective waiting time) and one
 * for the routable agents (ordered by the group's strategy), so a decision reads the head in
 * O(log n) instead of scanning, and a customer's queue position is a rank query.
 *
 * The comparator must be a total order over the items the set holds: two distinct items must
 * never compare equal (break ties by id). An item's sort key must not change while it is in the
 * set — remove it, change it, add it back.
 *
 * Heap priorities come from a fixed-seed xorshift sequence, so the tree's shape (and therefore
 * every operation's cost) is deterministic for a given sequence of operations.
 */
export type Comparator<T> = (a: T, b: T) => number;

/**
 * The comparator's leading numeric term, when it has one: `compare(a, b)` must then be
 * `keyOf(a) - keyOf(b) || tieBreak(a, b)`. Nodes keep the key, so a descent compares numbers
 * held in the tree and reads an item only on a tie (one memory access per level instead of two).
 */
export type KeyOf<T> = (item: T) => number;

interface Node<T> {
  item: T;
  key: number;
  priority: number;
  size: number;
  left: Node<T> | null;
  right: Node<T> | null;
}

const size = <T>(node: Node<T> | null): number => (node === null ? 0 : node.size);

/** Without a key every node's key is 0 and each comparison goes to the comparator. */
const noKey = (): number => 0;

function update<T>(node: Node<T>): Node<T> {
  node.size = 1 + size(node.left) + size(node.right);
  return node;
}

function rotateRight<T>(node: Node<T>): Node<T> {
  const pivot = node.left as Node<T>;
  node.left = pivot.right;
  pivot.right = update(node);
  return update(pivot);
}

function rotateLeft<T>(node: Node<T>): Node<T> {
  const pivot = node.right as Node<T>;
  node.right = pivot.left;
  pivot.left = update(node);
  return update(pivot);
}

function merge<T>(left: Node<T> | null, right: Node<T> | null): Node<T> | null {
  if (left === null) return right;
  if (right === null) return left;
  if (left.priority > right.priority) {
    left.right = merge(left.right, right);
    return update(left);
  }
  right.left = merge(left, right.left);
  return update(right);
}

export class OrderedSet<T> {
  private root: Node<T> | null = null;
  private seed = 0x9e3779b9;
  /** Scratch space of `delete` and `find`, kept so a routing decision allocates no arrays here. */
  private readonly path: Node<T>[] = [];
  private readonly stack: Node<T>[] = [];
  private finding = false;

  constructor(
    private readonly compare: Comparator<T>,
    private readonly keyOf: KeyOf<T> = noKey,
  ) {}

  get size(): number {
    return size(this.root);
  }

  /** Adds an item; returns false (and changes nothing) if an equal item is already present. */
  add(item: T): boolean {
    const before = this.size;
    this.root = this.insert(this.root, item, this.keyOf(item));
    return this.size !== before;
  }

  /**
   * Removes the item equal to `item`; returns whether one was present. One descent without
   * recursion: the path is kept in a reused array and its sizes are only touched on a hit, so a
   * miss writes nothing.
   */
  delete(item: T): boolean {
    const path = this.path;
    const key = this.keyOf(item);
    let node = this.root;
    while (node !== null) {
      const order = key - node.key || this.compare(item, node.item);
      if (order === 0) break;
      path.push(node);
      node = order < 0 ? node.left : node.right;
    }
    if (node === null) {
      path.length = 0;
      return false;
    }
    const replacement = merge(node.left, node.right);
    const parent = path.length === 0 ? null : (path[path.length - 1] as Node<T>);
    if (parent === null) this.root = replacement;
    else if (parent.left === node) parent.left = replacement;
    else parent.right = replacement;
    for (const ancestor of path) ancestor.size -= 1;
    path.length = 0;
    return true;
  }

  has(item: T): boolean {
    const key = this.keyOf(item);
    let node = this.root;
    while (node !== null) {
      const order = key - node.key || this.compare(item, node.item);
      if (order === 0) return true;
      node = order < 0 ? node.left : node.right;
    }
    return false;
  }

  /** The smallest item, or undefined when empty. */
  first(): T | undefined {
    let node = this.root;
    if (node === null) return undefined;
    while (node.left !== null) node = node.left;
    return node.item;
  }

  /** How many items sort before `item` (its 0-based position if present). */
  rankOf(item: T): number {
    const key = this.keyOf(item);
    let rank = 0;
    let node = this.root;
    while (node !== null) {
      const order = key - node.key || this.compare(item, node.item);
      if (order <= 0) {
        node = node.left;
      } else {
        rank += size(node.left) + 1;
        node = node.right;
      }
    }
    return rank;
  }

  /** The item at 0-based position `index`, or undefined. */
  at(index: number): T | undefined {
    let node = this.root;
    let remaining = index;
    while (node !== null) {
      const leftSize = size(node.left);
      if (remaining < leftSize) node = node.left;
      else if (remaining === leftSize) return node.item;
      else {
        remaining -= leftSize + 1;
        node = node.right;
      }
    }
    return undefined;
  }

  /**
   * Visits items in order until `visit` returns true; returns the item it stopped at.
   * Cost is O(log n + visited), which is what lets routing skip a few excluded entries
   * without scanning the whole set.
   */
  find(visit: (item: T) => boolean): T | undefined {
    // The hot path (a queue head, the best agent) reuses one stack; a visit that searches this
    // same set again gets a fresh one, so nesting stays correct.
    const reuse = !this.finding;
    const stack: Node<T>[] = reuse ? this.stack : [];
    this.finding = true;
    try {
      let node = this.root;
      while (node !== null || stack.length > 0) {
        while (node !== null) {
          stack.push(node);
          node = node.left;
        }
        const next = stack.pop() as Node<T>;
        if (visit(next.item)) return next.item;
        node = next.right;
      }
      return undefined;
    } finally {
      stack.length = 0;
      if (reuse) this.finding = false;
    }
  }

  /** All items in order (allocates; for tests, snapshots and small sets). */
  toArray(): T[] {
    const items: T[] = [];
    this.find((item) => {
      items.push(item);
      return false;
    });
    return items;
  }

  private nextPriority(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed;
  }

  private insert(node: Node<T> | null, item: T, key: number): Node<T> {
    if (node === null) {
      return { item, key, priority: this.nextPriority(), size: 1, left: null, right: null };
    }
    const order = key - node.key || this.compare(item, node.item);
    if (order === 0) return node;
    if (order < 0) {
      node.left = this.insert(node.left, item, key);
      update(node);
      return node.left.priority > node.priority ? rotateRight(node) : node;
    }
    node.right = this.insert(node.right, item, key);
    update(node);
    return node.right.priority > node.priority ? rotateLeft(node) : node;
  }
}
