/**
 * Read-model projection of transfers (DESIGN.md §5) into the `transfers` table: one row per transfer,
 * from request to its outcome, so a conversation's chain A → B → C and the transfer reports are
 * queries, not log scans.
 *
 * The transfer events are being added to the domain; until they are part of `DomainEvent`, this
 * projection reads them by name and checks every field at run time:
 * - `TransferRequested`: `transfer` (the domain's `Transfer`: id, conversationId, initiatorId,
 *   fromAgentId, target {kind, agentId | groupId}, targetAgentId, note {text, reason}, deadline) or the
 *   same fields flat with `transferId`;
 * - `TransferAccepted` / `TransferRejected` / `TransferTimedOut` / `TransferCancelled`: `transferId`
 *   (or `transfer.id`), optionally `agentId` (who answered) and, for a rejection, `reason`.
 * An event of another shape changes nothing; it never fails the append.
 */
import type { ProjectionContext } from './projection.js';
import { statement, type SqlStatement } from './sql-statement.js';

type Fields = Readonly<Record<string, unknown>>;

const fieldsOf = (value: unknown): Fields | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
const text = (fields: Fields | null, key: string): string | null => {
  const value = fields?.[key];
  return typeof value === 'string' ? value : null;
};
const number = (fields: Fields | null, key: string): number | null => {
  const value = fields?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** The transfer itself: the nested `transfer` object when there is one, else the event's own fields. */
const transferOf = (event: Fields): Fields => fieldsOf(event.transfer) ?? event;
const transferIdOf = (event: Fields): string | null => text(event, 'transferId') ?? text(transferOf(event), 'id');

function requested({ tenantId, seq }: ProjectionContext, event: Fields): SqlStatement[] {
  const transfer = transferOf(event);
  const transferId = transferIdOf(event);
  const conversationId = text(transfer, 'conversationId') ?? text(event, 'conversationId');
  const at = number(event, 'at');
  if (transferId === null || conversationId === null || at === null) return [];
  const target = fieldsOf(transfer.target);
  const targetKind = text(target, 'kind');
  const note = fieldsOf(transfer.note);
  return [
    statement(
      `INSERT INTO transfers (tenant_id, transfer_id, conversation_id, initiator_id, from_agent_id, target_kind,
         target_id, target_agent_id, status, note, reason, requested_at, deadline, answered_at, reject_reason,
         updated_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, NULL, NULL, ?)
       ON CONFLICT (tenant_id, transfer_id) DO UPDATE SET status = 'pending', target_agent_id = excluded.target_agent_id,
         deadline = excluded.deadline, answered_at = NULL, reject_reason = NULL, updated_seq = excluded.updated_seq`,
      [
        tenantId,
        transferId,
        conversationId,
        text(transfer, 'initiatorId'),
        text(transfer, 'fromAgentId'),
        targetKind === 'agent' || targetKind === 'group' ? targetKind : null,
        targetKind === 'agent' ? text(target, 'agentId') : text(target, 'groupId'),
        text(transfer, 'targetAgentId') ?? (targetKind === 'agent' ? text(target, 'agentId') : null),
        note === null ? text(transfer, 'note') : text(note, 'text'),
        note === null ? text(transfer, 'reason') : text(note, 'reason'),
        at,
        number(transfer, 'deadline'),
        seq,
      ],
    ),
  ];
}

const outcome =
  (status: 'accepted' | 'rejected' | 'timed-out' | 'cancelled') =>
  ({ tenantId, seq }: ProjectionContext, event: Fields): SqlStatement[] => {
    const transferId = transferIdOf(event);
    const at = number(event, 'at');
    if (transferId === null || at === null) return [];
    return [
      statement(
        `UPDATE transfers SET status = ?, answered_at = ?, target_agent_id = COALESCE(?, target_agent_id),
           reject_reason = ?, updated_seq = ?
         WHERE tenant_id = ? AND transfer_id = ?`,
        [
          status,
          at,
          text(event, 'agentId'),
          status === 'rejected' ? text(event, 'reason') : null,
          seq,
          tenantId,
          transferId,
        ],
      ),
    ];
  };

/** Transfer projections by event name. */
export const transferProjections: ReadonlyMap<string, (context: ProjectionContext, event: Fields) => SqlStatement[]> =
  new Map([
    ['TransferRequested', requested],
    ['TransferAccepted', outcome('accepted')],
    ['TransferRejected', outcome('rejected')],
    ['TransferTimedOut', outcome('timed-out')],
    ['TransferCancelled', outcome('cancelled')],
  ]);
