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

  find(kind: TimerKind, targetId: string): Timer | undefined {
    return this.byTarget.get(targetId)?.find((timer) => timer.kind === kind);
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
    const list = this.byTarget.get(targetId);
    if (list === undefined) this.byTarget.set(targetId, [timer]);
    else list.push(timer);
    this.queue.add(timer);
  }

  clear(kind: TimerKind, targetId: string): void {
    const list = this.byTarget.get(targetId);
    if (list === undefined) return;
    const index = list.findIndex((timer) => timer.kind === kind);
    if (index < 0) return;
    this.queue.delete(list[index] as Timer);
    if (list.length === 1) this.byTarget.delete(targetId);
    else list.splice(index, 1);
  }

  /** Clears every timer of these kinds for one target (e.g. all of a closed conversation's). */
  clearTarget(targetId: string, kinds: readonly TimerKind[]): void {
    const list = this.byTarget.get(targetId);
    if (list === undefined) return;
    // In place, keeping the order of the timers that stay (no closure or copy per close).
    let kept = 0;
    for (let index = 0; index < list.length; index += 1) {
      const timer = list[index] as Timer;
      if (kinds.includes(timer.kind)) this.queue.delete(timer);
      else list[kept++] = timer;
    }
    if (kept === 0) this.byTarget.delete(targetId);
    else list.length = kept;
  }
}
