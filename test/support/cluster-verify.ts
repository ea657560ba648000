/**
 * What a cluster test checks after every fault, against what PostgreSQL holds:
 * - every acknowledged command is in the log (messages at the seq the answer gave, opened and
 *   closed conversations, transfer requests);
 * - the log of every tenant replays with no conversation owned twice, no agent over capacity and
 *   every deadline-driven event consuming a pending, due deadline (cluster-log-checks.ts); at the
 *   end, no deadline long due is left pending;
 * - every timeline entry any client received is the stored one at that seq (nothing shown that the
 *   log does not hold: a fenced-off node's refused write would show up here), and each client's
 *   entries of a conversation run in stored order with no gap and no duplicate — a customer's from
 *   the first public entry, an agent's in runs that each start from the first entry (an agent
 *   follows a conversation afresh each time it becomes theirs, docs/realtime.md).
 */
import { replayLog, overdueTimers, type ReplayReport, type StoredEvent } from './cluster-log-checks.js';
import type { ClusterClient } from './cluster-client.js';
import type { Cluster } from './cluster-harness.js';
import type { Acknowledged } from './cluster-workload.js';
import type { DomainEvent } from '../../src/domain/events.js';

interface StoredEntry {
  readonly seq: number;
  readonly messageId: string;
  readonly visibility: string;
}

export interface Verification {
  readonly problems: string[];
  readonly events: number;
  readonly acknowledged: number;
  readonly entriesChecked: number;
  readonly fired: Map<string, number>;
  readonly lateness: number[];
  readonly assignments: number;
}

async function storedLog(cluster: Cluster, tenantId: string): Promise<StoredEvent[]> {
  const rows = await cluster.query<{ seq: string; data: string }>(
    'SELECT seq, data FROM events WHERE tenant_id = $1 ORDER BY seq',
    [tenantId],
  );
  return rows.map((row) => ({ seq: Number(row.seq), event: JSON.parse(row.data) as DomainEvent }));
}

async function storedTimelines(cluster: Cluster, tenantId: string): Promise<Map<string, StoredEntry[]>> {
  const rows = await cluster.query<{ conversation_id: string; seq: number; message_id: string; visibility: string }>(
    'SELECT conversation_id, seq, message_id, visibility FROM messages WHERE tenant_id = $1 ORDER BY conversation_id, seq',
    [tenantId],
  );
  const timelines = new Map<string, StoredEntry[]>();
  for (const row of rows) {
    const list = timelines.get(row.conversation_id) ?? [];
    list.push({ seq: row.seq, messageId: row.message_id, visibility: row.visibility });
    timelines.set(row.conversation_id, list);
  }
  return timelines;
}

/** Problems with one client's received entries; `complete` also requires a customer to have the whole public timeline. */
export function timelineProblems(
  client: ClusterClient,
  stored: Map<string, StoredEntry[]>,
  complete: boolean,
  /** Only the first `received` entries: those that arrived before the log was read. */
  received = client.entries.length,
): string[] {
  const problems: string[] = [];
  const who = `${client.tenantId}/${client.who}`;
  const entries = client.entries.slice(0, received);
  const conversations = new Set(entries.map((entry) => entry.conversationId));
  for (const conversationId of conversations) {
    const all = stored.get(conversationId) ?? [];
    const visible = client.kind === 'customer' ? all.filter((entry) => entry.visibility === 'public') : all;
    const indexOf = new Map(visible.map((entry, index) => [entry.seq, index]));
    let previous = -1;
    for (const entry of entries.filter((candidate) => candidate.conversationId === conversationId)) {
      const index = indexOf.get(entry.seq);
      if (index === undefined || visible[index]!.messageId !== entry.messageId) {
        problems.push(`${who} was shown ${conversationId}#${entry.seq} (${entry.messageId}), which is not stored`);
        continue;
      }
      const restart = index === 0 && client.kind === 'agent';
      if (index !== previous + 1 && !restart) {
        problems.push(
          `${who} ${conversationId}: #${entry.seq} after #${previous < 0 ? 'nothing' : visible[previous]!.seq} ` +
            `(connection ${entry.connection}): ${index <= previous ? 'duplicate' : 'gap'}`,
        );
      }
      previous = index;
    }
    if (complete && client.kind === 'customer' && previous !== visible.length - 1) {
      problems.push(`${who} ${conversationId}: has ${previous + 1} of ${visible.length} public entries`);
    }
  }
  return problems;
}

function acknowledgedProblems(
  acknowledged: readonly Acknowledged[],
  stored: Map<string, StoredEntry[]>,
  closed: Set<string>,
  transfers: Set<string>,
  /** `conversationId/messageId` of every entry in the event log (to tell a lost event from a lost row). */
  logged: Set<string>,
  /** Each conversation's story in the log (entries as `#seq id`, closing, requeues): for diagnostics. */
  stories: Map<string, string[]>,
): string[] {
  const problems: string[] = [];
  for (const ack of acknowledged) {
    const timeline = stored.get(ack.conversationId);
    const what = `${ack.tenantId} acknowledged ${ack.kind} ${ack.conversationId} ${ack.id ?? ''}`;
    switch (ack.kind) {
      case 'open':
      case 'message': {
        const entry = timeline?.find((row) => row.messageId === ack.id);
        if (entry === undefined) {
          const inLog = logged.has(`${ack.conversationId}/${ack.id ?? ''}`);
          const story = (stories.get(ack.conversationId) ?? []).join(', ');
          problems.push(
            `${what}: not in the log (${inLog ? 'its event is stored, its row is not' : 'no event'}); ` +
              `answered #${String(ack.seq)} at ${new Date(ack.at).toISOString()} via ${ack.via}; ` +
              `the conversation's log: ${story}`,
          );
        } else if (ack.seq !== null && entry.seq !== ack.seq)
          problems.push(`${what}: stored at #${entry.seq}, answered #${ack.seq}`);
        break;
      }
      case 'close':
        if (!closed.has(ack.conversationId)) problems.push(`${what}: no ConversationClosed`);
        break;
      case 'transfer':
        if (!transfers.has(ack.id ?? '')) problems.push(`${what}: no TransferRequested`);
        break;
    }
  }
  return problems;
}

/**
 * Runs every check over the tenants; `final` adds the checks that need a quiet cluster (customers
 * hold whole timelines, no deadline due `slackMs` ago is still pending).
 */
export async function verifyCluster(
  cluster: Cluster,
  tenants: readonly string[],
  clients: readonly ClusterClient[],
  acknowledged: readonly Acknowledged[],
  options: { final: boolean; slackMs?: number } = { final: false },
): Promise<Verification> {
  // The load goes on while this reads: what was acknowledged or received before the log is read is
  // what must be in it (a later answer may be for an event this read did not see yet).
  const answered = acknowledged.slice();
  const received = new Map(clients.map((client) => [client, client.entries.length]));
  const problems: string[] = [];
  const fired = new Map<string, number>();
  const lateness: number[] = [];
  let events = 0;
  let entriesChecked = 0;
  let assignments = 0;
  for (const tenantId of tenants) {
    const log = await storedLog(cluster, tenantId);
    const report: ReplayReport = replayLog(tenantId, log);
    problems.push(...report.problems);
    events += report.events;
    assignments += report.assignments;
    lateness.push(...report.lateness);
    for (const [kind, count] of report.fired) fired.set(kind, (fired.get(kind) ?? 0) + count);
    if (options.final) {
      problems.push(
        ...overdueTimers(report.state, Date.now(), options.slackMs ?? 15_000).map((p) => `${tenantId}: ${p}`),
      );
    }
    const stored = await storedTimelines(cluster, tenantId);
    const closed = new Set<string>();
    const transfers = new Set<string>();
    const logged = new Set<string>();
    const stories = new Map<string, string[]>();
    const tell = (conversationId: string, line: string): void => {
      const story = stories.get(conversationId) ?? [];
      story.push(line);
      stories.set(conversationId, story);
    };
    for (const { seq, event } of log) {
      if ('conversationId' in event && typeof event.conversationId === 'string') {
        const at = new Date(event.at).toISOString().slice(11, 23);
        const detail = event.type === 'MessagePosted' ? ` #${event.seq} ${event.messageId}` : '';
        tell(event.conversationId, `[${seq} ${at}] ${event.type}${detail}`);
      }
      if (event.type === 'MessagePosted') logged.add(`${event.conversationId}/${event.messageId}`);
      if (event.type === 'ConversationClosed') closed.add(event.conversationId);
      if (event.type === 'TransferRequested') transfers.add(event.transfer.id);
    }
    problems.push(
      ...acknowledgedProblems(
        answered.filter((ack) => ack.tenantId === tenantId),
        stored,
        closed,
        transfers,
        logged,
        stories,
      ),
    );
    for (const client of clients.filter((candidate) => candidate.tenantId === tenantId)) {
      const count = received.get(client) ?? 0;
      problems.push(...timelineProblems(client, stored, options.final, count));
      entriesChecked += count;
    }
  }
  return { problems, events, acknowledged: answered.length, entriesChecked, fired, lateness, assignments };
}
