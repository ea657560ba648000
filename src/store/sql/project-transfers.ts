/**
 * Read-model projections of transfers (DESIGN.md §5): one `transfers` row per transfer, from request
 * to outcome, so a conversation's chain A → B → C and the transfer reports are queries, not log
 * scans; and the conversation's new owner and group when a transfer is accepted.
 *
 * - requested: the row, `pending`, with its target (an agent, or a group whose member is named when
 *   the transfer is offered), note, reason and deadline;
 * - offered: the group member asked, and their own answer deadline (counted from the offer);
 * - accepted / rejected / timed out / cancelled: the outcome, when, who answered, the rejection reason.
 */
import type { EventOf } from '../../domain/events.js';
import type { TransferStatus } from '../../domain/transfer.js';
import type { Projection } from './projection.js';
import { statement, type SqlStatement } from './sql-statement.js';

export const transferRequested: Projection<EventOf<'TransferRequested'>> = ({ tenantId, seq }, { at, transfer }) => [
  statement(
    `INSERT INTO transfers (tenant_id, transfer_id, conversation_id, initiator_id, from_agent_id, target_kind,
       target_id, target_agent_id, status, note, reason, requested_at, deadline, answered_at, reject_reason,
       updated_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, NULL, NULL, ?)
     ON CONFLICT (tenant_id, transfer_id) DO UPDATE SET status = 'pending', target_agent_id = excluded.target_agent_id,
       deadline = excluded.deadline, answered_at = NULL, reject_reason = NULL, updated_seq = excluded.updated_seq`,
    [
      tenantId,
      transfer.id,
      transfer.conversationId,
      transfer.initiatorId,
      transfer.fromAgentId,
      transfer.target.kind,
      transfer.target.kind === 'agent' ? transfer.target.agentId : transfer.target.groupId,
      transfer.targetAgentId,
      transfer.note.text,
      transfer.note.reason,
      at,
      transfer.deadline,
      seq,
    ],
  ),
];

export const transferOffered: Projection<EventOf<'TransferOffered'>> = ({ tenantId, seq }, event) => [
  statement(
    `UPDATE transfers SET target_agent_id = ?, deadline = COALESCE(?, deadline), updated_seq = ?
     WHERE tenant_id = ? AND transfer_id = ?`,
    [event.agentId, event.deadline ?? null, seq, tenantId, event.transferId],
  ),
];

const outcome = (
  tenantId: string,
  seq: number,
  transferId: string,
  change: { status: TransferStatus; at: number; agentId: string | null; rejectReason: string | null },
): SqlStatement =>
  statement(
    `UPDATE transfers SET status = ?, answered_at = ?, target_agent_id = COALESCE(?, target_agent_id),
       reject_reason = ?, updated_seq = ?
     WHERE tenant_id = ? AND transfer_id = ?`,
    [change.status, change.at, change.agentId, change.rejectReason, seq, tenantId, transferId],
  );

/** The conversation moves to its new owner (and the target group of a group transfer); a dormant one wakes. */
export const transferAccepted: Projection<EventOf<'TransferAccepted'>> = ({ tenantId, seq }, event) => [
  outcome(tenantId, seq, event.transferId, {
    status: 'accepted',
    at: event.at,
    agentId: event.toAgentId,
    rejectReason: null,
  }),
  statement(
    `UPDATE conversations SET owner_id = ?, group_id = ?, assigned_at = ?,
       status = CASE WHEN status = 'dormant' THEN 'active' ELSE status END, updated_seq = ?
     WHERE tenant_id = ? AND conversation_id = ?`,
    [event.toAgentId, event.groupId, event.at, seq, tenantId, event.conversationId],
  ),
];

export const transferRejected: Projection<EventOf<'TransferRejected'>> = ({ tenantId, seq }, event) => [
  outcome(tenantId, seq, event.transferId, {
    status: 'rejected',
    at: event.at,
    agentId: event.agentId,
    rejectReason: event.reason,
  }),
];

export const transferTimedOut: Projection<EventOf<'TransferTimedOut'>> = ({ tenantId, seq }, event) => [
  outcome(tenantId, seq, event.transferId, {
    status: 'timed-out',
    at: event.at,
    agentId: event.agentId,
    rejectReason: null,
  }),
];

export const transferCancelled: Projection<EventOf<'TransferCancelled'>> = ({ tenantId, seq }, event) => [
  outcome(tenantId, seq, event.transferId, {
    status: 'cancelled',
    at: event.at,
    agentId: event.agentId,
    rejectReason: null,
  }),
];
