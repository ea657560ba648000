/**
 * The process the crash test kills (test/store/crash-recovery.test.ts): one tenant's actor on SQLite
 * with the real clock, under steady load, until SIGKILL.
 *
 *   node --import tsx test/support/crash-child.ts <database file> <seed> [load|quiet]
 *
 * The tenant is `crash-tenant`. Lines on stdout, one JSON object each:
 * - `{"started": t}` before opening the store;
 * - `{"ready": t, "seq": n}` once the tenant is recovered and its deadlines armed;
 * - `{"ack": [stored events]}` for every command acknowledged with events — printed only after the
 *   actor resolved it, i.e. after its events are durable. The parent checks each is in the log.
 * `quiet` submits nothing after start-up: the parent uses it to watch pending deadlines fire.
 * Short timeouts (seconds) make takeovers, transfer timeouts, reply reminders, dormancy, revivals and
 * presence grace happen within a run; some transfers are accepted or rejected, the rest time out.
 */
import { isRoutable, type AgentProfile } from '../../src/domain/agent.js';
import type { Command } from '../../src/domain/commands.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { defaultTransferSettings } from '../../src/domain/transfer.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import { systemClock } from '../../src/runtime/system-clock.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { seeded } from '../../bench/report.js';

const CRASH_TENANT = 'crash-tenant';
const CRASH_AGENTS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];

/** Tenant settings of the crash test: every deadline a few seconds away. */
const crashSettings = {
  defaultGroupId: 'g',
  firstResponseTimeoutSeconds: 3,
  replyReminderSeconds: 2,
  dormantAfterSeconds: 2.5,
  reviveWindowSeconds: 4,
  presenceGraceSeconds: 2,
  stickyWaitSeconds: 1,
  transfer: { ...defaultTransferSettings, timeoutSeconds: 2.5 },
};

const line = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

const agent = (id: string, index: number): AgentProfile => ({
  id,
  name: id,
  role: 'agent',
  level: 1,
  departmentId: null,
  memberships: [
    { groupId: 'g', ability: 1 + index, tier: 'primary' },
    ...(index % 2 === 0 ? [{ groupId: 'h', ability: 5, tier: 'secondary' as const }] : []),
  ],
  languages: [],
  maxConcurrent: 6,
});

async function main(): Promise<void> {
  const [file, seedText, mode] = process.argv.slice(2);
  if (file === undefined || seedText === undefined) throw new Error('usage: crash-child <file> <seed> [load|quiet]');
  const random = seeded(Number(seedText) + 1);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  line({ started: Date.now() });

  const store = await createSqliteStore({ file });
  const actor = await TenantActor.start({
    tenantId: CRASH_TENANT,
    store,
    snapshots: store,
    snapshotPolicy: { everyEvents: 150, everyMs: 1000 },
    ...systemClock,
  });
  const submit = (command: Command): void => {
    void actor.submit(command).then((result) => {
      if (result.ok && result.events.length > 0) line({ ack: result.events });
    });
  };

  // Set-up, again after every restart that happened before it was complete.
  const state = actor.view;
  if (!state.groups.has('g')) submit({ type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'general' }) });
  if (!state.groups.has('h')) submit({ type: 'SaveSkillGroup', group: skillGroup({ id: 'h', name: 'helpers' }) });
  if (state.settings.defaultGroupId !== 'g') submit({ type: 'ConfigureTenant', settings: crashSettings });
  CRASH_AGENTS.forEach((id, index) => {
    if (!state.agents.has(id)) submit({ type: 'SaveAgent', agent: agent(id, index) });
    if (state.agents.get(id)?.online !== true) submit({ type: 'ConnectAgent', agentId: id });
  });
  await actor.idle();
  line({ ready: Date.now(), seq: actor.lastSeq });
  if (mode === 'quiet') {
    // The system scheduler's timers do not hold the process open; this does, until the kill.
    setInterval(() => undefined, 60_000);
    return;
  }

  let opened = 0;
  const tick = (): void => {
    const view = actor.view;
    const live = [...view.conversations.values()].filter((conversation) => conversation.status !== 'closed');
    const owned = live.filter((conversation) => conversation.ownerId !== null && conversation.status !== 'dormant');
    for (let burst = 1 + Math.floor(random() * 3); burst > 0; burst -= 1) {
      const roll = random();
      if (roll < 0.05 || live.length === 0) {
        opened += 1;
        submit({
          type: 'OpenConversation',
          conversationId: `s${seedText}-c${opened}`,
          customerId: `cust${Math.floor(random() * 40)}`,
          channel: random() < 0.5 ? 'web' : 'app',
          source: 'site',
          text: 'hello',
        });
      } else if (roll < 0.3) {
        const conversation = pick(live);
        if (conversation !== undefined)
          submit({
            type: 'PostMessage',
            conversationId: conversation.id,
            messageId: `s${seedText}-m${opened}-${Math.floor(random() * 1e9)}`,
            author: { kind: 'customer' },
            visibility: 'public',
            text: 'still there?',
          });
      } else if (roll < 0.33) {
        const conversation = pick(owned);
        if (conversation !== undefined && conversation.ownerId !== null)
          submit({
            type: 'PostMessage',
            conversationId: conversation.id,
            messageId: `s${seedText}-r${opened}-${Math.floor(random() * 1e9)}`,
            author: { kind: 'agent', agentId: conversation.ownerId },
            visibility: 'public',
            text: 'on it',
          });
      } else if (roll < 0.4) {
        const conversation = pick(owned);
        const free = CRASH_AGENTS.filter((id) => {
          const candidate = view.agents.get(id);
          return id !== conversation?.ownerId && candidate !== undefined && isRoutable(candidate);
        });
        const target = pick(free);
        if (conversation?.ownerId != null && conversation.pendingTransferId === null && target !== undefined)
          submit({
            type: 'RequestTransfer',
            transferId: `s${seedText}-t${opened}-${Math.floor(random() * 1e9)}`,
            conversationId: conversation.id,
            initiatorId: conversation.ownerId,
            target: { kind: 'agent', agentId: target },
            note: { text: 'can you take this one?', templateId: null, fields: {}, reason: null, tags: [] },
          });
      } else if (roll < 0.403) {
        const transfer = pick([...view.transfers.values()]);
        if (transfer?.targetAgentId != null)
          submit(
            random() < 0.5
              ? { type: 'AcceptTransfer', transferId: transfer.id, agentId: transfer.targetAgentId }
              : { type: 'RejectTransfer', transferId: transfer.id, agentId: transfer.targetAgentId, reason: 'busy' },
          );
      } else if (roll < 0.465) {
        // Closings grow with the number of live conversations, which then hovers around forty: each
        // lives a few seconds, long enough for its deadlines to come due.
        const conversation = pick(live);
        if (conversation !== undefined && random() < live.length / 40)
          submit({ type: 'CloseConversation', conversationId: conversation.id, agentId: null, by: 'customer' });
      } else if (roll < 0.485) {
        const id = pick(CRASH_AGENTS) ?? 'a0';
        submit({ type: view.agents.get(id)?.online === true ? 'DisconnectAgent' : 'ConnectAgent', agentId: id });
      }
    }
    setTimeout(tick, 8);
  };
  tick();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
