/**
 * Executes a batch of commands against a tenant's state, one after another at the same instant, and
 * collects what to append: the events of all of them, and for each command either the slice of those
 * events it made or its refusal. A command that throws (a bug) stops the batch: the state may then
 * hold part of its effects, and the caller must rebuild it.
 */
import type { Command } from '../domain/commands.js';
import type { DomainError } from '../domain/errors.js';
import type { DomainEvent } from '../domain/events.js';
import { execute } from '../domain/execute.js';
import type { TenantState } from '../domain/state.js';

/** Command i made `events[from, to)`, or was refused. */
export type BatchOutcome = { readonly from: number; readonly to: number } | DomainError;

/** What a batch made: its events, one outcome per command run, and the command that threw, if any. */
export interface ExecutedBatch {
  readonly events: DomainEvent[];
  readonly outcomes: BatchOutcome[];
  readonly failed: { readonly index: number; readonly error: unknown } | null;
}

/** Runs `commands` in order against `state` (mutating it) at `now`. */
export function executeBatch(state: TenantState, commands: readonly Command[], now: number): ExecutedBatch {
  const events: DomainEvent[] = [];
  const outcomes: BatchOutcome[] = [];
  for (const [index, command] of commands.entries()) {
    try {
      const decision = execute(state, command, now);
      if (!decision.ok) {
        outcomes.push(decision.error);
        continue;
      }
      outcomes.push({ from: events.length, to: events.length + decision.events.length });
      events.push(...decision.events);
    } catch (error) {
      return { events, outcomes, failed: { index, error } };
    }
  }
  return { events, outcomes, failed: null };
}
