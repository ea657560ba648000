/**
 * Requests from agents, supervisors and admins: answer offers and transfers, ask for a transfer,
 * set a status, and (supervisors) watch or barge into a conversation. The caller always acts as
 * themself; the domain checks ownership, scope and permissions and its refusals come back with
 * their catalogue codes.
 */
import { randomUUID } from 'node:crypto';
import type { Command } from '../../domain/commands.js';
import { ApiError } from '../http/error-catalogue.js';
import { run } from '../http/context.js';
import { iso } from '../http/schemas.js';
import {
  compile,
  ConversationRef,
  JoinConversation,
  RejectTransfer,
  RequestTransfer,
  SetStatus,
  TransferRef,
} from './client-schemas.js';
import type { GatewayContext } from './context.js';
import { onRequest, type Caller } from './requests.js';
import type { ClientSession } from './session.js';
import { agentStatus, staffConversation } from './views.js';

const checks = {
  ref: compile(ConversationRef),
  transfer: compile(TransferRef),
  request: compile(RequestTransfer),
  reject: compile(RejectTransfer),
  status: compile(SetStatus),
  join: compile(JoinConversation),
};

/** The agent id of a staff caller (the audience guarantees one). */
function agentId(caller: Caller): string {
  if (caller.kind !== 'agent') throw new ApiError('FORBIDDEN');
  return caller.agent.id;
}

export function agentRequests(context: GatewayContext, session: ClientSession): void {
  const staff = <S extends keyof typeof checks>(name: S) => ({ schema: checks[name], audience: 'staff' }) as const;

  for (const [event, type] of [
    ['offer.accept', 'AcceptOffer'],
    ['offer.decline', 'DeclineOffer'],
  ] as const) {
    onRequest(context, session, event, staff('ref'), async (input, caller) => {
      await run(caller.actor, { type, conversationId: input.conversationId, agentId: agentId(caller) });
      return { conversation: staffConversation(caller.actor.view, input.conversationId) };
    });
  }

  onRequest(context, session, 'transfer.request', staff('request'), async (input, caller) => {
    const transferId = input.transferId ?? randomUUID();
    await run(caller.actor, {
      type: 'RequestTransfer',
      transferId,
      conversationId: input.conversationId,
      initiatorId: agentId(caller),
      target: input.target,
      note: {
        text: input.note.text,
        templateId: input.note.templateId ?? null,
        fields: input.note.fields ?? {},
        reason: input.note.reason ?? null,
        tags: input.note.tags ?? [],
      },
    });
    const pending = caller.actor.view.transfers.get(transferId);
    return {
      transferId,
      status: pending?.status ?? 'accepted',
      targetAgentId: pending?.targetAgentId ?? null,
      deadline: pending?.status === 'pending' ? iso(pending.deadline) : null,
    };
  });

  const answers: readonly [string, 'accepted' | 'cancelled', (transferId: string, agent: string) => Command][] = [
    ['transfer.accept', 'accepted', (transferId, agent) => ({ type: 'AcceptTransfer', transferId, agentId: agent })],
    ['transfer.cancel', 'cancelled', (transferId, agent) => ({ type: 'CancelTransfer', transferId, agentId: agent })],
  ];
  for (const [event, status, command] of answers) {
    onRequest(context, session, event, staff('transfer'), async (input, caller) => {
      await run(caller.actor, command(input.transferId, agentId(caller)));
      return { transferId: input.transferId, status };
    });
  }

  onRequest(context, session, 'transfer.reject', staff('reject'), async (input, caller) => {
    await run(caller.actor, {
      type: 'RejectTransfer',
      transferId: input.transferId,
      agentId: agentId(caller),
      reason: input.reason ?? null,
    });
    return { transferId: input.transferId, status: 'rejected' };
  });

  onRequest(context, session, 'status.set', staff('status'), async (input, caller) => {
    const self = agentId(caller);
    const target = input.agentId ?? self;
    await run(caller.actor, {
      type: 'SetAgentStatus',
      agentId: target,
      status: input.status,
      ...(target === self ? {} : { byAgentId: self }),
    });
    const agent = caller.actor.view.agents.get(target);
    if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
    return { agent: agentStatus(agent) };
  });

  onRequest(
    context,
    session,
    'conversation.join',
    { schema: checks.join, audience: 'supervisor' },
    async (input, caller) => {
      await run(caller.actor, {
        type: 'JoinConversation',
        supervisorId: agentId(caller),
        conversationId: input.conversationId,
        mode: input.mode,
      });
      return { conversation: staffConversation(caller.actor.view, input.conversationId) };
    },
  );

  onRequest(
    context,
    session,
    'conversation.leave',
    { schema: checks.ref, audience: 'supervisor' },
    async (input, caller) => {
      await run(caller.actor, {
        type: 'LeaveConversation',
        supervisorId: agentId(caller),
        conversationId: input.conversationId,
      });
      return { conversationId: input.conversationId };
    },
  );
}
