/**
 * Composite commands (DESIGN.md §5 batch and shift end): each expands into atomic commands run one
 * after another against the state as it is after the previous one, so later items see the slots
 * earlier ones took. An item that is refused does not stop the others; a summary event records
 * which went through and why the rest did not.
 */
import type { AtomicCommand, CompositeCommand } from './commands.js';
import type { Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import { evolve } from './evolve.js';
import { recommend } from './recommendations.js';
import type { TenantState } from './state.js';

type Run = (state: TenantState, command: AtomicCommand, now: number) => Decision<DomainEvent>;
type Refusal = { readonly conversationId: string; readonly code: string; readonly message: string };

const MAX_BATCH = 200;
const handoffNote = {
  text: '交班转接 / Shift handoff',
  templateId: null,
  fields: {},
  reason: 'shift-end',
  tags: ['shift-end'],
};

function batchTransfer(
  state: TenantState,
  command: Extract<CompositeCommand, { type: 'BatchTransfer' }>,
  now: number,
  run: Run,
): Decision<DomainEvent> {
  const ids = command.conversationIds;
  if (command.batchId.length === 0 || ids.length === 0 || ids.length > MAX_BATCH || new Set(ids).size !== ids.length) {
    return {
      ok: false,
      error: { code: 'INVALID_COMMAND', message: `a batch needs an id and 1–${MAX_BATCH} distinct conversations` },
    };
  }
  if (!state.agents.has(command.initiatorId)) {
    return { ok: false, error: { code: 'AGENT_NOT_FOUND', message: `agent "${command.initiatorId}" does not exist` } };
  }
  const events: DomainEvent[] = [];
  const requested: string[] = [];
  const refused: Refusal[] = [];
  for (const [index, conversationId] of ids.entries()) {
    const result = run(
      state,
      {
        type: 'RequestTransfer',
        transferId: `${command.batchId}:${index}`,
        conversationId,
        initiatorId: command.initiatorId,
        target: command.target,
        note: command.note,
        source: 'batch',
      },
      now,
    );
    if (result.ok) {
      events.push(...result.events);
      requested.push(conversationId);
    } else {
      refused.push({ conversationId, ...result.error });
    }
  }
  const summary: DomainEvent = {
    type: 'TransfersBatched',
    at: now,
    batchId: command.batchId,
    initiatorId: command.initiatorId,
    requested,
    refused,
  };
  evolve(state, summary);
  return { ok: true, events: [...events, summary] };
}

/** The agent goes away; each of their conversations goes to the best recommended colleague, or back to its group's queue. */
function endShift(
  state: TenantState,
  command: Extract<CompositeCommand, { type: 'EndShift' }>,
  now: number,
  run: Run,
): Decision<DomainEvent> {
  const agent = state.agents.get(command.agentId);
  if (agent === undefined)
    return { ok: false, error: { code: 'AGENT_NOT_FOUND', message: `agent "${command.agentId}" does not exist` } };
  const events: DomainEvent[] = [];
  const handedOver: string[] = [];
  const returned: string[] = [];
  const refused: Refusal[] = [];
  const collect = (result: Decision<DomainEvent>): boolean => {
    if (result.ok) events.push(...result.events);
    return result.ok;
  };
  // Away first, so the slots the handover frees are not refilled with new customers.
  if (agent.status !== 'away') collect(run(state, { type: 'SetAgentStatus', agentId: agent.id, status: 'away' }, now));
  for (const conversationId of [...agent.conversations].sort()) {
    const conversation = state.conversations.get(conversationId);
    if (conversation === undefined) continue;
    if (conversation.status === 'offered') {
      collect(run(state, { type: 'DeclineOffer', conversationId, agentId: agent.id }, now));
      continue;
    }
    if (conversation.pendingTransferId !== null) {
      // A handover is already under way: let it finish.
      handedOver.push(conversationId);
      continue;
    }
    const best = recommend(state, conversation, agent)[0];
    const transfer: AtomicCommand | null =
      best === undefined
        ? null
        : {
            type: 'RequestTransfer',
            transferId: `shift:${agent.id}:${now}:${conversationId}`,
            conversationId,
            initiatorId: agent.id,
            target: { kind: 'agent', agentId: best.agentId },
            note: handoffNote,
            source: 'shift-end',
          };
    const result = transfer === null ? null : run(state, transfer, now);
    if (result !== null && collect(result)) {
      handedOver.push(conversationId);
      continue;
    }
    const back = run(state, { type: 'ReturnToQueue', conversationId, agentId: agent.id }, now);
    if (collect(back)) returned.push(conversationId);
    else if (!back.ok) refused.push({ conversationId, ...(result !== null && !result.ok ? result.error : back.error) });
  }
  const summary: DomainEvent = { type: 'ShiftEnded', at: now, agentId: agent.id, handedOver, returned, refused };
  evolve(state, summary);
  return { ok: true, events: [...events, summary] };
}

export function executeComposite(
  state: TenantState,
  command: CompositeCommand,
  now: number,
  run: Run,
): Decision<DomainEvent> {
  return command.type === 'BatchTransfer'
    ? batchTransfer(state, command, now, run)
    : endShift(state, command, now, run);
}
