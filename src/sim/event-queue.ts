/**
 * The simulator's own future: a binary min-heap of pending occurrences (the next arrival, the end
 * of a handling segment, a customer's patience running out), by instant, then by the order they
 * were scheduled, so equal instants replay deterministically. The domain's deadlines are not here:
 * they stay in the tenant state's TimerBook and the loop interleaves them (simulate.ts).
 */
export interface Occurrence<T> {
  readonly at: number;
  readonly order: number;
  readonly item: T;
}

export class EventQueue<T> {
  private readonly heap: Occurrence<T>[] = [];
  private order = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, item: T): void {
    const heap = this.heap;
    heap.push({ at, order: (this.order += 1), item });
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index] as Occurrence<T>, heap[parent] as Occurrence<T>)) break;
      swap(heap, index, parent);
      index = parent;
    }
  }

  peek(): Occurrence<T> | undefined {
    return this.heap[0];
  }

  pop(): Occurrence<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && before(heap[left] as Occurrence<T>, heap[smallest] as Occurrence<T>)) smallest = left;
      if (right < heap.length && before(heap[right] as Occurrence<T>, heap[smallest] as Occurrence<T>))
        smallest = right;
      if (smallest === index) break;
      swap(heap, index, smallest);
      index = smallest;
    }
    return top;
  }
}

const before = (a: Occurrence<unknown>, b: Occurrence<unknown>): boolean =>
  a.at < b.at || (a.at === b.at && a.order < b.order);

function swap(heap: unknown[], i: number, j: number): void {
  const held = heap[i];
  heap[i] = heap[j];
  heap[j] = held;
}
