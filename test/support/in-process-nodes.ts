/**
 * Cluster nodes started in the test's own process (`startServer`, logs silent) with short lease
 * timings, the first one seeding the demo tenant; and the calls the outage tests make on them.
 */
import { pino } from 'pino';
import { expect } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/start-server.js';
import { resolveConfig } from '../../src/server/config.js';

export interface InProcessNode {
  readonly nodeId: string;
  readonly schema: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  /** More settings (e.g. `OUTBOUND_ALLOW_HTTP` for a webhook receiver on loopback). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Starts one node; `n1` seeds the demo tenant. */
export function startInProcessNode(node: InProcessNode): Promise<RunningServer> {
  const config = resolveConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: node.databaseUrl,
      DATABASE_SCHEMA: node.schema,
      TOKEN_SECRET: 'in-process-cluster-test-secret-0123456789abcdef',
      REDIS_URL: node.redisUrl,
      REDIS_KEY_PREFIX: node.redisPrefix,
      NODE_ID: node.nodeId,
      CLUSTER_LEASE_MS: '2000',
      CLUSTER_HEARTBEAT_MS: '300',
      CLUSTER_FORWARD_WAIT_MS: '1500',
      ...node.env,
    },
    null,
  );
  return startServer({ config, demo: node.nodeId === 'n1', log: pino({ level: 'silent' }) });
}

/** A GET of a node's JSON endpoint (`/readyz`, `/healthz`). */
export async function getJson(node: RunningServer, path: string) {
  const response = await fetch(`${node.urls.base}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Signs a demo agent in through a node: their token. */
export async function demoLogin(node: RunningServer, agentId: string): Promise<string> {
  const response = await fetch(`${node.urls.api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password: 'demo-agent' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}
