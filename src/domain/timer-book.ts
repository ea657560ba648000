/**
 * The state's pending deadlines: an ordered queue by instant (the engine wakes for the first) and
 * a per-target index, so setting and clearing a conversation's timers costs one map lookup on an
 * id the caller already holds instead of building a key string per kind.
 */
import { OrderedSet } from './ordered-set.js';

export type TimerKind =
  | 'offer'
  | 'sticky'
  | 'overflow'
  | 'first-response'
  | 'reply-reminder'
  | 'dormant'
  | 'revive'
  | 'grace'
  | 'opens'
  | 'transfer'
  | 'exclusions';

/** An absolute deadline the state is waiting for; the engine fires it as a `FireTimer` command. */
export interface Timer {
  /** `kind:targetId`, the `FireTimer` command's handle. */
  readonly key: string;
  readonly kind: TimerKind;
  readonly targetId: string;
  readonly at: number;
}

/** The kinds of timer a conversation can have (agents have `grace`, groups `opens`, transfers `transfer`). */
export const conversationTimerKinds: readonly TimerKind[] = [
  'offer',
  'sticky',
  'overflow',
  'first-response',
  'reply-reminder',
  'dormant',
  'revive',
  'exclusions',
];

export const timerKey = (kind: TimerKind, targetId: string): string => `${kind}:${targetId}`;

const byDeadline = (a: Timer, b: Timer): number => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
/** `byDeadline`'s leading term (one shared function, so two equal books compare equal). */
const deadlineKey = (timer: Timer): number => timer.at;

export class TimerBook {
  /** Every pending timer, earliest first. */
  readonly queue = new OrderedSet<Timer>(byDeadline, deadlineKey);
  private readonly byTarget = new Map<string, Timer[]>();

  get size(): number {
    return this.queue.size;
  }

  /**
   * The last target looked up and its timers (undefined: none). Evolving one event touches one
   * target's timers several times in a row (an assignment clears two and sets up to three), and
   * `byTarget` holds every conversation with a pending deadline: one lookup in it instead of five.
   */
  private lastTarget: string | null = null;
  private lastList: Timer[] | undefined = undefined;

  find(kind: TimerKind, targetId: string): Timer | undefined {
    const list = this.listOf(targetId);
    if (list === undefined) return undefined;
    for (let index = 0; index < list.length; index += 1) {
      const timer = list[index] as Timer;
      if (timer.kind === kind) return timer;
    }
    return undefined;
  }

  /** Looks a timer up by its `kind:targetId` key. */
  get(key: string): Timer | undefined {
    const separator = key.indexOf(':');
    if (separator < 0) return undefined;
    return this.find(key.slice(0, separator) as TimerKind, key.slice(separator + 1));
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  keys(): string[] {
    return this.queue.toArray().map((timer) => timer.key);
  }

  set(kind: TimerKind, targetId: string, at: number): void {
    this.clear(kind, targetId);
    const timer: Timer = { key: timerKey(kind, targetId), kind, targetId, at };
    const list = this.listOf(targetId);
    if (list === undefined) {
      const created = [timer];
      this.byTarget.set(targetId, created);
      this.lastList = created;
    } else list.push(timer);
    this.queue.add(timer);
  }

  clear(kind: TimerKind, targetId: string): void {
    const list = this.listOf(targetId);
    if (list === undefined) return;
    let index = 0;
    while (index < list.length && (list[index] as Timer).kind !== kind) index += 1;
    if (index === list.length) return;
    this.queue.delete(list[index] as Timer);
    if (list.length === 1) this.dropTarget(targetId);
    else list.splice(index, 1);
  }

  /** Clears every timer of these kinds for one target (e.g. all of a closed conversation's). */
  clearTarget(targetId: string, kinds: readonly TimerKind[]): void {
    const list = this.listOf(targetId);
    if (list === undefined) return;
    // In place, keeping the order of the timers that stay (no closure or copy per close).
    let kept = 0;
    for (let index = 0; index < list.length; index += 1) {
      const timer = list[index] as Timer;
      if (kinds.includes(timer.kind)) this.queue.delete(timer);
      else list[kept++] = timer;
    }
    if (kept === 0) this.dropTarget(targetId);
    else list.length = kept;
  }

  /** `byTarget.get`, remembered for the next call on the same target. */
  private listOf(targetId: string): Timer[] | undefined {
    if (targetId === this.lastTarget) return this.lastList;
    const list = this.byTarget.get(targetId);
    this.lastTarget = targetId;
    this.lastList = list;
    return list;
  }

  private dropTarget(targetId: string): void {
    this.byTarget.delete(targetId);
    if (targetId === this.lastTarget) this.lastList = undefined;
  }
}
