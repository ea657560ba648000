/**
 * A scripted history for the report tests: three days around the spring DST change in New York
 * (2024-03-09 EST, 2024-03-10 with 23 hours, 2024-03-11 EDT), with known arrivals, assignments,
 * replies, transfers with every outcome, ratings, closes and agent statuses. The test works out
 * each figure by hand from the comments here.
 *
 * Departments: a1, a2 in d1; a3 in d2. Groups: sales (T = 30 s), tech (no setting: T = 20 s).
 */
import type { DomainEvent, EventOf, MessageAuthor } from '../../src/domain/events.js';
import { defaultSettings } from '../../src/domain/settings.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import type { DurableStore } from '../../src/store/durable-store.js';

export const ZONE = 'America/New_York';
const at = (iso: string): number => Date.parse(iso);
const S = 1000;

const agentSaved = (id: string, departmentId: string, groupId: string): DomainEvent => ({
  type: 'AgentSaved',
  at: at('2024-03-01T00:00:00Z'),
  agent: {
    id,
    name: id.toUpperCase(),
    role: 'agent',
    level: 1,
    departmentId,
    memberships: [{ groupId, ability: 5, tier: 'primary' }],
    languages: ['en'],
    maxConcurrent: 3,
  },
});

const opened = (conversationId: string, when: number, groupId: string, channel = 'web'): DomainEvent => ({
  type: 'ConversationOpened',
  at: when,
  conversationId,
  customerId: `cust-${conversationId}`,
  channel,
  source: 'site',
  language: 'en',
  businessType: null,
  labels: [],
  priority: 0,
  routedBy: null,
  groupId,
  afterHoursFrom: null,
  orderKey: when,
  disposition: { kind: 'queued', reservation: null, overflowDeadline: null },
});

const assigned = (conversationId: string, agentId: string, when: number, groupId: string): DomainEvent => ({
  type: 'ConversationAssigned',
  at: when,
  conversationId,
  agentId,
  mode: 'direct',
  offerDeadline: null,
  firstResponseDeadline: when + 60 * S,
  replyReminderDeadline: null,
  explanation: {
    trigger: 'conversation',
    rule: null,
    rankedBy: { groupId, strategy: 'weighted-wait' },
    overflowTier: 0,
    preferred: null,
    effectiveWaitSeconds: 0,
    candidates: [],
  },
});

const messageSeq = new Map<string, number>();
const message = (conversationId: string, when: number, author: MessageAuthor): DomainEvent => {
  const seq = (messageSeq.get(conversationId) ?? 0) + 1;
  messageSeq.set(conversationId, seq);
  return {
    type: 'MessagePosted',
    at: when,
    conversationId,
    messageId: `${conversationId}-m${String(seq)}`,
    seq,
    author,
    kind: 'text',
    visibility: 'public',
    text: 'hello',
    replyReminderDeadline: null,
    dormantDeadline: null,
  };
};
const customer = (conversationId: string, when: number): DomainEvent =>
  message(conversationId, when, { kind: 'customer' });
const agent = (conversationId: string, agentId: string, when: number): DomainEvent =>
  message(conversationId, when, { kind: 'agent', agentId });

const closed = (
  conversationId: string,
  when: number,
  reason: EventOf<'ConversationClosed'>['reason'],
  resolution: EventOf<'ConversationClosed'>['resolution'],
): DomainEvent => ({ type: 'ConversationClosed', at: when, conversationId, reason, resolution, summary: null });

const rated = (conversationId: string, agentId: string, when: number, score: number): DomainEvent => ({
  type: 'ConversationRated',
  at: when,
  conversationId,
  customerId: `cust-${conversationId}`,
  agentId,
  score,
  comment: null,
});

const requested = (
  transferId: string,
  conversationId: string,
  from: string,
  target: { kind: 'agent'; agentId: string } | { kind: 'group'; groupId: string },
  when: number,
  reason: string | null,
): DomainEvent => ({
  type: 'TransferRequested',
  at: when,
  initiatorDay: null,
  transfer: {
    id: transferId,
    conversationId,
    initiatorId: from,
    fromAgentId: from,
    target,
    note: { text: 'please take over', templateId: null, fields: {}, reason, tags: [] },
    source: 'manual',
    requiresAccept: true,
    requestedAt: when,
    deadline: when + 30 * S,
    attempt: 0,
    targetAgentId: target.kind === 'agent' ? target.agentId : null,
    excluded: [],
  },
});

const status = (agentId: string, when: number, value: 'available' | 'away' | 'offline'): DomainEvent => ({
  type: 'AgentStatusChanged',
  at: when,
  agentId,
  status: value,
  reason: 'manual',
});

/** The history, as appends (each inner list is one append, as a command's events would be). */
export function scriptedHistory(): DomainEvent[][] {
  messageSeq.clear();
  const c1 = at('2024-03-09T15:00:00Z'); // Sat 10:00 EST, day A
  const c2 = at('2024-03-10T04:30:00Z'); // Sat 23:30 EST, still day A
  const c3 = at('2024-03-10T06:00:00Z'); // Sun 01:00 EST, day B (the DST day)
  const c5 = at('2024-03-10T15:00:00Z'); // Sun 11:00 EDT, day B
  const c4 = at('2024-03-11T04:30:00Z'); // Mon 00:30 EDT, day C (23:30 of day B in EST)
  return [
    [
      {
        type: 'SkillGroupSaved',
        at: at('2024-03-01T00:00:00Z'),
        group: skillGroup({ id: 'sales', name: 'Sales', serviceLevelSeconds: 30 }),
      },
      agentSaved('a1', 'd1', 'sales'),
      agentSaved('a2', 'd1', 'sales'),
      agentSaved('a3', 'd2', 'tech'),
    ],
    // a1: available 14:00–16:00, away 16:00–16:30, available until 06:00 the next day, then offline.
    [{ type: 'AgentConnected', at: at('2024-03-09T14:00:00Z'), agentId: 'a1' }],
    [status('a1', at('2024-03-09T16:00:00Z'), 'away')],
    [status('a1', at('2024-03-09T16:30:00Z'), 'available')],
    // c1: answered by a1 after 10 s (folded into the opening append), first reply 60 s, a reply after 30 s,
    // closed resolved after 600 s of handling, rated 5.
    [opened('c1', c1, 'sales'), customer('c1', c1), assigned('c1', 'a1', c1 + 10 * S, 'sales')],
    [agent('c1', 'a1', c1 + 70 * S)],
    [customer('c1', c1 + 120 * S)],
    [agent('c1', 'a1', c1 + 150 * S)],
    [closed('c1', c1 + 610 * S, 'agent', 'resolved')],
    [rated('c1', 'a1', c1 + 660 * S, 5)],
    // c2: a2 answers after 50 s (outside T), first reply 60 s; a transfer to a3 (cross-department) is
    // rejected after 20 s; one to a1 (same department) is accepted after 10 s; a1 replies 40 s after the
    // customer (and 90 s after taking it), closes unresolved in day B after 1,800 s; rated 2.
    [opened('c2', c2, 'sales'), customer('c2', c2)],
    [assigned('c2', 'a2', c2 + 50 * S, 'sales')],
    [agent('c2', 'a2', c2 + 110 * S)],
    [requested('t1', 'c2', 'a2', { kind: 'agent', agentId: 'a3' }, c2 + 600 * S, 'technical')],
    [
      {
        type: 'TransferRejected',
        at: c2 + 620 * S,
        transferId: 't1',
        conversationId: 'c2',
        agentId: 'a3',
        reason: 'busy',
        recommendations: [],
      },
    ],
    [requested('t2', 'c2', 'a2', { kind: 'agent', agentId: 'a1' }, c2 + 900 * S, 'technical')],
    [
      {
        type: 'TransferAccepted',
        at: c2 + 910 * S,
        transferId: 't2',
        conversationId: 'c2',
        fromAgentId: 'a2',
        toAgentId: 'a1',
        groupId: 'sales',
        automatic: false,
        firstResponseDeadline: c2 + 970 * S,
        replyReminderDeadline: null,
      },
    ],
    [customer('c2', c2 + 960 * S)],
    [agent('c2', 'a1', c2 + 1000 * S)],
    [closed('c2', c2 + 2710 * S, 'agent', 'unresolved')],
    [rated('c2', 'a1', c2 + 3000 * S, 2)],
    // a1 goes offline at 06:00Z (01:00 EST, day B) and stays offline.
    [status('a1', at('2024-03-10T06:00:00Z'), 'offline')],
    // c3: the customer leaves after 120 s, never answered (abandoned).
    [opened('c3', c3, 'sales'), customer('c3', c3)],
    [closed('c3', c3 + 120 * S, 'customer', null)],
    // c5 (tech, T = 20 s): answered by a3 after 25 s, first reply 30 s; a transfer to the sales group,
    // offered to a1, times out; one to a2 is cancelled; a3 closes resolved after 1,200 s.
    [opened('c5', c5, 'tech'), customer('c5', c5), assigned('c5', 'a3', c5 + 25 * S, 'tech')],
    [agent('c5', 'a3', c5 + 55 * S)],
    [requested('t3', 'c5', 'a3', { kind: 'group', groupId: 'sales' }, c5 + 300 * S, 'billing')],
    [{ type: 'TransferOffered', at: c5 + 300 * S, transferId: 't3', conversationId: 'c5', agentId: 'a1' }],
    [
      {
        type: 'TransferTimedOut',
        at: c5 + 330 * S,
        transferId: 't3',
        conversationId: 'c5',
        agentId: 'a1',
        recommendations: [],
      },
    ],
    [requested('t4', 'c5', 'a3', { kind: 'agent', agentId: 'a2' }, c5 + 360 * S, null)],
    [{ type: 'TransferCancelled', at: c5 + 365 * S, transferId: 't4', conversationId: 'c5', agentId: 'a2', by: 'a3' }],
    [closed('c5', c5 + 1225 * S, 'agent', 'resolved')],
    // c4 (app channel): answered by a1 after 20 s, still open.
    [opened('c4', c4, 'sales', 'app'), customer('c4', c4), assigned('c4', 'a1', c4 + 20 * S, 'sales')],
  ];
}

/**
 * How the tenant's zone is set: never (the daily rollups are UTC, so New York reports read the hourly
 * rows), before the history (the daily rollups are kept as it happens), or after it (they are rebuilt
 * from the hourly rows and the facts).
 */
export type ZoneSetting = 'never' | 'before' | 'after';

const configured = (when: number): DomainEvent => ({
  type: 'TenantConfigured',
  at: when,
  settings: { ...defaultSettings, timeZone: ZONE },
});

/** Appends the history for `tenantId`, with the zone set `zone`. */
export async function playHistory(store: DurableStore, tenantId: string, zone: ZoneSetting = 'never'): Promise<void> {
  let seq = await store.lastSeq(tenantId);
  const history = scriptedHistory();
  if (zone === 'before') history.unshift([configured(at('2024-03-01T00:00:00Z'))]);
  if (zone === 'after') history.push([configured(at('2024-03-11T12:00:00Z'))]);
  for (const events of history) {
    await store.append(tenantId, seq, events);
    seq += events.length;
  }
}

/** The instant the tests call "now": the end of day C. */
export const NOW = at('2024-03-12T04:00:00Z');
