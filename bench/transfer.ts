/**
 * Transfer benchmark: request → accept through the engine (TenantActor, in-memory store), the
 * path an agent's click takes once the HTTP layer has parsed it. Each sample is the time from
 * submitting RequestTransfer to the acknowledgement of the target's AcceptTransfer.
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
  const samples: number[] = [];
  for (let index = 0; index < transfers; index += 1) {
    const conversationId = `c${index % conversations}`;
    const owner = actor.view.conversations.get(conversationId)?.ownerId ?? '';
    const transferId = `t${index}`;
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
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
    if (!accepted.ok) throw new Error(accepted.error.message);
    clock.advanceBy(1000);
  }
  await actor.close();
  report({ name: 'transfer.request_to_accept_p50_us', value: percentile(samples, 50), unit: 'us' });
  report({
    name: 'transfer.request_to_accept_p99_us',
    value: percentile(samples, 99),
    unit: 'us',
    note: `${agents} agents, ${conversations} conversations, in-memory store`,
  });
}
