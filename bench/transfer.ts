/**
 * Transfer benchmark: request → accept through the engine (TenantActor, in-memory store), the
 * path an agent's click takes once the HTTP layer has parsed it. Each sample is the time from
 * submitting RequestTransfer to the acknowledgement of the target's AcceptTransfer, once the
 * process is warm (the warm-up transfers' own p99 is in the note).
 */
import type { Command } from '../src/domain/commands.js';
import { skillGroup } from '../src/domain/skill-group.js';
import { SimulatedClock } from '../src/engine/simulated-clock.js';
import { TenantActor } from '../src/engine/tenant-actor.js';
import { createMemoryEventStore } from '../src/store/memory/memory-event-store.js';
import { percentile, report } from './report.js';

const START = Date.UTC(2026, 0, 5, 9);

export async function benchTransfers(options: { quick: boolean }): Promise<void> {
  const agents = options.quick ? 20 : 200;
  const conversations = agents * 4;
  const transfers = options.quick ? 500 : 5_000;
  const warmup = options.quick ? 100 : 1_000;
  const clock = new SimulatedClock(START);
  const actor = await TenantActor.start({
    tenantId: 'bench',
    store: createMemoryEventStore(),
    clock,
    scheduler: clock,
  });
  const must = async (command: Command): Promise<void> => {
    const result = await actor.submit(command);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  };
  await must({ type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) });
  await must({ type: 'ConfigureTenant', settings: { defaultGroupId: 'g', firstResponseTimeoutSeconds: 1e7 } });
  for (let index = 0; index < agents; index += 1) {
    const id = `a${index}`;
    const memberships = [{ groupId: 'g', ability: 1 + (index % 10), tier: 'primary' as const }];
    await must({
      type: 'SaveAgent',
      agent: {
        id,
        name: id,
        role: 'agent',
        level: 1,
        departmentId: null,
        memberships,
        languages: [],
        maxConcurrent: 8,
      },
    });
    await must({ type: 'ConnectAgent', agentId: id });
  }
  for (let index = 0; index < conversations; index += 1) {
    await must({
      type: 'OpenConversation',
      conversationId: `c${index}`,
      customerId: `u${index}`,
      channel: 'web',
      source: 'site',
      text: 'hi',
    });
  }
  /** One request → accept through the actor; returns its latency in µs. */
  const transfer = async (index: number, transferId: string): Promise<number> => {
    const conversationId = `c${index % conversations}`;
    const owner = actor.view.conversations.get(conversationId)?.ownerId ?? '';
    const started = process.hrtime.bigint();
    const requested = await actor.submit({
      type: 'RequestTransfer',
      transferId,
      conversationId,
      initiatorId: owner,
      target: { kind: 'group', groupId: 'g' },
      note: { text: 'customer needs a specialist', templateId: null, fields: {}, reason: null, tags: [] },
    });
    const target = actor.view.transfers.get(transferId)?.targetAgentId;
    if (!requested.ok || target === undefined || target === null) throw new Error(`transfer ${transferId} not offered`);
    const accepted = await actor.submit({ type: 'AcceptTransfer', transferId, agentId: target });
    const latency = Number(process.hrtime.bigint() - started) / 1000;
    if (!accepted.ok) throw new Error(accepted.error.message);
    clock.advanceBy(1000);
    return latency;
  };
  // The first transfers of a fresh process run while V8 is still compiling this path (each costs
  // milliseconds, and they alone would make the p99): they warm up and are reported apart.
  const cold: number[] = [];
  for (let index = 0; index < warmup; index += 1) cold.push(await transfer(index, `w${index}`));
  const samples: number[] = [];
  for (let index = 0; index < transfers; index += 1) samples.push(await transfer(warmup + index, `t${index}`));
  await actor.close();
  report({ name: 'transfer.request_to_accept_p50_us', value: percentile(samples, 50), unit: 'us' });
  report({
    name: 'transfer.request_to_accept_p99_us',
    value: percentile(samples, 99),
    unit: 'us',
    note:
      `${agents} agents, ${conversations} conversations, in-memory store; after ${warmup} warm-up transfers ` +
      `(the fresh process's first ${warmup}: p99 ${Math.round(percentile(cold, 99))} us)`,
  });
}
