/**
 * `execute`: decide, apply, then resolve work-conservation triggers until none assigns anything.
 * This is the one entry point the engine, the simulator and the tests use, so they share every
 * routing rule. On refusal the state is untouched; on success the returned events have been
 * applied, in order, and replaying them into an equal state reproduces the result.
 */
import type { AtomicCommand, Command } from './commands.js';
import { executeComposite } from './composite.js';
import { decide } from './decide.js';
import type { Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import { evolve } from './evolve.js';
import { addTriggers, resolve, type Trigger } from './react.js';
import type { TenantState } from './state.js';

export function execute(state: TenantState, command: Command, now: number): Decision<DomainEvent> {
  if (command.type === 'BatchTransfer' || command.type === 'EndShift') {
    return executeComposite(state, command, now, executeAtomic);
  }
  return executeAtomic(state, command, now);
}

function executeAtomic(state: TenantState, command: AtomicCommand, now: number): Decision<DomainEvent> {
  const decision = decide(state, command, now);
  if (!decision.ok) return decision;
  // Indexed loops: this runs for every command, and `for … of` may allocate an iterator each time.
  const decided = decision.events;
  for (let index = 0; index < decided.length; index += 1) evolve(state, decided[index] as DomainEvent);
  const triggers: Trigger[] = [];
  for (let index = 0; index < decided.length; index += 1) addTriggers(state, decided[index] as DomainEvent, triggers);
  // The decided events, followed by what the triggers resolve to: a copy only when they resolve to
  // something (an arrival that queues, the commonest decision, returns decide's own list).
  let events: DomainEvent[] | null = null;
  for (let index = 0; index < triggers.length; index += 1) {
    const trigger = triggers[index] as Trigger;
    const resolved = resolve(state, trigger, now);
    if (resolved.length === 0) continue;
    for (let at = 0; at < resolved.length; at += 1) evolve(state, resolved[at] as DomainEvent);
    // A woken group goes again before the agent it just served, so its strategy ranks each next pick.
    if (trigger.kind === 'group') triggers.push(trigger);
    events ??= decided.slice();
    for (let at = 0; at < resolved.length; at += 1) {
      const event = resolved[at] as DomainEvent;
      events.push(event);
      addTriggers(state, event, triggers);
    }
  }
  return events === null ? decision : { ok: true, events };
}

/** Folds events into a state (replay after restart, snapshots, property tests). */
export function replay(state: TenantState, events: Iterable<DomainEvent>): TenantState {
  for (const event of events) evolve(state, event);
  return state;
}
