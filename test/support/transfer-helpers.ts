/**
 * Builders and readers shared by the transfer and supervisor tests (test/domain/transfer-*.test.ts,
 * supervisor-*.test.ts). They build plain commands or read the state and the event log; every
 * change still goes through the harness and `execute`.
 */
import { expect } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import { describeState } from '../../src/domain/describe-state.js';
import type { DomainEvent, EventOf, MessageKind } from '../../src/domain/events.js';
import type { Agent } from '../../src/domain/agent.js';
import type { Transfer, TransferNote, TransferSettings, TransferTarget } from '../../src/domain/transfer.js';
import { eventsOf, type Harness } from './harness.js';

/** Seconds to epoch-ms offsets, for instants such as `T0 + ms(30)`. */
export const ms = (seconds: number): number => seconds * 1000;

/** A free-text transfer note (no template), with optional extras. */
export function note(text = 'needs a specialist', extra: Partial<TransferNote> = {}): TransferNote {
  return { text, templateId: null, fields: {}, reason: null, tags: [], ...extra };
}

export const toAgent = (agentId: string): TransferTarget => ({ kind: 'agent', agentId });
export const toGroup = (groupId: string): TransferTarget => ({ kind: 'group', groupId });

export interface TransferAsk {
  readonly id: string;
  readonly conversationId: string;
  /** The initiator. */
  readonly by: string;
  /** An agent id, or a target. */
  readonly to: string | TransferTarget;
  readonly note?: TransferNote;
}

/** The `RequestTransfer` command for `ask`. */
export function requestCommand(ask: TransferAsk): Command {
  return {
    type: 'RequestTransfer',
    transferId: ask.id,
    conversationId: ask.conversationId,
    initiatorId: ask.by,
    target: typeof ask.to === 'string' ? toAgent(ask.to) : ask.to,
    note: ask.note ?? note(),
  };
}

/** Requests a transfer; returns its events (throws on refusal). */
export const requestTransfer = (h: Harness, ask: TransferAsk): DomainEvent[] => h.run(requestCommand(ask));

export const acceptTransfer = (h: Harness, transferId: string, agentId: string): DomainEvent[] =>
  h.run({ type: 'AcceptTransfer', transferId, agentId });

export const rejectTransfer = (h: Harness, transferId: string, agentId: string, reason?: string): DomainEvent[] =>
  h.run({ type: 'RejectTransfer', transferId, agentId, reason: reason ?? null });

export const cancelTransfer = (h: Harness, transferId: string, agentId: string): DomainEvent[] =>
  h.run({ type: 'CancelTransfer', transferId, agentId });

/** Replaces part of the tenant's transfer settings, keeping the rest. */
export function transferSettings(h: Harness, settings: Partial<TransferSettings>): Harness {
  return h.settings({ transfer: { ...h.state.settings.transfer, ...settings } });
}

/** Opens a conversation directed to `agentId` and checks that they own it. */
export function openFor(h: Harness, conversationId: string, agentId: string): void {
  h.open(conversationId, { agentId });
  expect(h.owner(conversationId)).toBe(agentId);
}

export function agentOf(h: Harness, agentId: string): Agent {
  const agent = h.state.agents.get(agentId);
  if (agent === undefined) throw new Error(`no agent ${agentId}`);
  return agent;
}

/** The live (pending) transfer with this id. */
export function pendingTransfer(h: Harness, transferId: string): Transfer {
  const transfer = h.state.transfers.get(transferId);
  if (transfer === undefined) throw new Error(`no pending transfer ${transferId}`);
  return transfer;
}

/** The only event of `type` among `events` (fails the test if there is not exactly one). */
export function only<T extends DomainEvent['type']>(events: readonly DomainEvent[], type: T): EventOf<T> {
  const found = eventsOf(events, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, got ${found.length}`);
  return found[0]!;
}

/** Timeline entries (MessagePosted) of one conversation among `events`, in order. */
export function timeline(events: readonly DomainEvent[], conversationId: string): EventOf<'MessagePosted'>[] {
  return eventsOf(events, 'MessagePosted').filter((event) => event.conversationId === conversationId);
}

/** Timeline entries of one kind. */
export function entries(
  events: readonly DomainEvent[],
  conversationId: string,
  kind: MessageKind,
): EventOf<'MessagePosted'>[] {
  return timeline(events, conversationId).filter((event) => event.kind === kind);
}

/** The owners of a conversation as TransferAccepted events record them: `A → B → C`. */
export function chainOf(events: readonly DomainEvent[], conversationId: string): string[] {
  const accepted = eventsOf(events, 'TransferAccepted').filter((event) => event.conversationId === conversationId);
  const first = accepted[0];
  return first === undefined ? [] : [first.fromAgentId, ...accepted.map((event) => event.toAgentId)];
}

/** A JSON copy of the whole state, indexes included, for before/after comparisons. */
export const snapshot = (h: Harness): unknown => JSON.parse(JSON.stringify(describeState(h.state))) as unknown;

/** Runs a command that must be refused, checks that the state did not change, and returns the code. */
export function refusedCode(h: Harness, command: Command): string {
  const before = snapshot(h);
  const error = h.refused(command);
  expect(snapshot(h)).toEqual(before);
  return error.code;
}
