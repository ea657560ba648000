/**
 * `webhooks.routing_p99_us_with_slow_receiver`: a slow webhook receiver must not slow routing
 * (docs/integrations.md). A real server (SQLite on disk, the system clock) takes conversations —
 * opened (the routing decision), a customer message, closed — one command at a time, and the p99
 * of each command's latency (submit to durable acknowledgement, µs) is measured twice in the same
 * run: `baseline`, a tenant with no webhook endpoint; `value`, a tenant whose endpoint subscribes to
 * every event type and whose receiver answers after 2 s, so the deliverer has its slots full of
 * waiting requests and a growing queue throughout. `ratio` = value / baseline (1 is no effect).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../src/domain/commands.js';
import { skillGroup } from '../src/domain/skill-group.js';
import { webhookEventTypes } from '../src/domain/webhook.js';
import { systemClock } from '../src/runtime/system-clock.js';
import { createServer } from '../src/server/create-server.js';
import type { TenantHandle } from '../src/services/tenants.js';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store.js';
import { percentile, report } from './report.js';

const AGENTS = 20;
const SLOW_RECEIVER_MS = 2000;

async function slowReceiver(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server: HttpServer = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      const timer = setTimeout(() => response.writeHead(200).end(), SLOW_RECEIVER_MS);
      response.on('close', () => {
        clearTimeout(timer);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received: () => received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}

async function run(actor: TenantHandle, command: Command): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await actor.submit(command);
  if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  return Number(process.hrtime.bigint() - started) / 1000;
}

async function setUp(actor: TenantHandle): Promise<void> {
  await run(actor, { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'General' }) });
  await run(actor, { type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } });
  for (let index = 0; index < AGENTS; index += 1) {
    const agentId = `a${index}`;
    await run(actor, {
      type: 'SaveAgent',
      agent: {
        id: agentId,
        name: `Agent ${index}`,
        role: 'agent',
        level: 1,
        departmentId: null,
        memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
        languages: [],
        maxConcurrent: 8,
      },
    });
    await run(actor, { type: 'ConnectAgent', agentId });
    await run(actor, { type: 'SetAgentStatus', agentId, status: 'available' });
  }
}

/** Command latencies (µs) of `conversations` conversations (ids `<prefix><n>`), one command at a time. */
async function workload(actor: TenantHandle, prefix: string, conversations: number): Promise<number[]> {
  const samples: number[] = [];
  for (let n = 0; n < conversations; n += 1) {
    const conversationId = `${prefix}${n}`;
    samples.push(
      await run(actor, {
        type: 'OpenConversation',
        conversationId,
        customerId: `cust-${n % 500}`,
        channel: 'web',
        source: 'site',
        text: 'Where is my order?',
      }),
    );
    samples.push(
      await run(actor, {
        type: 'PostMessage',
        conversationId,
        messageId: `${conversationId}-m1`,
        author: { kind: 'customer' },
        visibility: 'public',
        text: 'It was due yesterday.',
      }),
    );
    samples.push(await run(actor, { type: 'CloseConversation', conversationId, agentId: null, by: 'customer' }));
  }
  return samples;
}

export async function benchWebhooks(options: { readonly quick: boolean }): Promise<void> {
  const conversations = options.quick ? 150 : 2000;
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-webhooks-'));
  const receiver = await slowReceiver();
  const server = await createServer({
    store: await createSqliteStore({ dataDir: dir }),
    ...systemClock,
    tokenSecret: 'bench-secret-bench-secret-bench-secret',
    outbound: { allowHttp: true, allowPrivateAddresses: true },
  });
  try {
    const quiet = await server.registry.start('quiet');
    const busy = await server.registry.start('busy');
    await setUp(quiet);
    await setUp(busy);
    await run(busy, {
      type: 'SaveWebhook',
      webhook: { id: 'slow', url: receiver.url, description: 'slow', events: [...webhookEventTypes], enabled: true },
      secret: 'whsec_'.padEnd(48, 'b'),
    });
    await workload(quiet, 'warm-', 50);
    const none = await workload(quiet, 'c', conversations);
    const slow = await workload(busy, 'c', conversations);
    const baseline = percentile(none, 99);
    const value = percentile(slow, 99);
    report({
      name: 'webhooks.routing_p99_us_with_slow_receiver',
      value,
      unit: 'us',
      baseline,
      ratio: value / baseline,
      note: `${conversations} conversations × 3 commands each run; receiver answers after ${SLOW_RECEIVER_MS} ms (${receiver.received()} requests reached it during the run, ${server.webhooks.busy} in flight at the end)`,
    });
  } finally {
    await server.close();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
