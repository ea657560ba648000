/**
 * The authorization matrix: every documented route × every kind of caller — an agent, a supervisor,
 * an admin, an API key and a customer of the tenant that owns the resource; the same five from
 * another tenant; nobody; forged credentials of each kind; and the server operator's token. The
 * expected status of each cell is written in the table below. Cells from the other tenant must also
 * leave the owning tenant's state exactly as it was.
 *
 * Resources named in the URLs exist only in `acme` (so another tenant gets 404), except the
 * seeded agent `a1` and group `g` that every test tenant has: there the other tenant's callers act
 * on their own `a1` or `g` (200) — and `acme` stays unchanged. A cell that needs a fresh
 * conversation, transfer, key or id gets its own (numbered `n`), so cells do not depend on each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import { describeState } from '../../src/domain/describe-state.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { newApiKey } from '../../src/transport/auth/api-keys.js';
import { profileOf } from '../../src/transport/http/routes/agents.js';
import {
  apiKey,
  bearer,
  call,
  customerToken,
  forgedAgentToken,
  forgedApiKey,
  forgedCustomerToken,
  type Headers,
} from '../support/http-fixtures.js';
import { uploadForm } from '../support/multipart.js';
import { ADMIN_TOKEN, PASSWORD, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

// prettier-ignore
const table = `
 route                                                  | own tenant          | other tenant        |none | forged              | op
                                                        | ag  sup adm key cus | ag  sup adm key cus |     | ag  sup adm key cus |
 GET    /healthz                                        | 200 200 200 200 200 | 200 200 200 200 200 | 200 | 200 200 200 200 200 | 200
 GET    /readyz                                         | 200 200 200 200 200 | 200 200 200 200 200 | 200 | 200 200 200 200 200 | 200
 POST   /api/v1/auth/login                              | 200 200 200 200 200 | 200 200 200 200 200 | 200 | 200 200 200 200 200 | 200
 POST   /api/v1/widget/session                          | 200 200 200 200 200 | 200 200 200 200 200 | 200 | 200 200 200 200 200 | 200
 GET    /api/v1/widget/info                             | 200 200 200 200 200 | 200 200 200 200 200 | 200 | 200 200 200 200 200 | 200
 GET    /api/v1/me                                      | 200 200 200 200 200 | 200 200 200 200 200 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/tenants                                 | 403 403 403 403 403 | 403 403 403 403 403 | 401 | 401 401 401 401 401 | 201
 GET    /api/v1/tenant                                  | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 PATCH  /api/v1/tenant                                  | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/api-keys                                | 403 403 201 201 403 | 403 403 201 201 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/api-keys                                | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 DELETE /api/v1/api-keys/{keyId}                        | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/widget-secret                           | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/agents/{agentId}/password               | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/departments                             | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/departments/{departmentId}              | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/departments/{departmentId}              | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 DELETE /api/v1/departments/{departmentId}              | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/skill-groups                            | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/skill-groups/{groupId}                  | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/skill-groups/{groupId}                  | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 DELETE /api/v1/skill-groups/{groupId}                  | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/skill-groups/{groupId}/members          | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/skill-groups/{groupId}/members/{agentId}| 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 DELETE /api/v1/skill-groups/{groupId}/members/{agentId}| 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/skill-groups/{groupId}/strategy         | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/agents                                  | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/agents/{agentId}                        | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/agents/{agentId}                        | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/agents/{agentId}/status                 | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/agents/{agentId}/disable                | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/agents/{agentId}/enable                 | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 DELETE /api/v1/agents/{agentId}                        | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/agents/{agentId}/sign-out-everywhere    | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/agents/{agentId}/end-shift              | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/agents/{agentId}/quick-replies          | 200 403 403 403 403 | 200 403 403 403 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/agents/{agentId}/quick-replies          | 200 403 403 403 403 | 200 403 403 403 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/routing-rules                           | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/routing-rules                           | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/customers/{customerId}                  | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/customers/{customerId}                  | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/customers/by-external-id/{externalId}   | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 PUT    /api/v1/customers/by-external-id/{externalId}   | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 PATCH  /api/v1/customers/by-external-id/{externalId}   | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations                           | 403 201 201 201 201 | 403 201 201 201 201 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations                           | 200 200 200 200 200 | 200 200 200 200 200 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations/search                    | 200 200 200 200 403 | 200 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations/{conversationId}          | 200 200 200 200 200 | 404 404 404 404 404 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations/{conversationId}/messages | 200 200 200 200 200 | 404 404 404 404 404 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/messages | 201 403 403 403 201 | 404 404 404 404 404 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/attachments | 201 403 403 403 201 | 404 404 404 404 404 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/attachments/{tenantId}/{attachmentId}   | 200 200 200 200 200 | 200 200 200 200 200 | 200 | 200 200 200 200 200 | 200
 POST   /api/v1/conversations/{conversationId}/close    | 200 200 200 200 200 | 404 404 404 404 404 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/rating   | 403 403 403 403 200 | 403 403 403 403 404 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations/{conversationId}/recommendations | 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/join     | 403 200 200 403 403 | 403 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/leave    | 403 200 200 403 403 | 403 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/take-over| 403 200 200 403 403 | 403 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/reassign | 403 200 200 403 403 | 403 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations/{conversationId}/routing  | 403 200 200 200 403 | 403 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/wallboard                               | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/return-to-queue | 200 200 200 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/offer/accept  | 200 404 404 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/offer/decline | 200 404 404 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/notes    | 201 201 201 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/conversations/{conversationId}/tags     | 200 200 200 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/conversations/{conversationId}/transfers| 200 200 200 200 403 | 404 404 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/transfers                               | 201 201 201 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/transfers/batch                         | 200 200 200 403 403 | 200 200 200 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/transfers/{transferId}/accept           | 200 404 404 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/transfers/{transferId}/reject           | 200 404 404 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/transfers/{transferId}/cancel           | 200 200 200 403 403 | 404 404 404 403 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/audit-log                               | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/simulations/default-scenario        | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/simulations/{id}                    | 403 403 200 200 403 | 403 403 404 404 403 | 401 | 401 401 401 401 401 | 401
 POST   /api/v1/simulations                         | 403 403 202 202 403 | 403 403 202 202 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/simulations                         | 403 403 200 200 403 | 403 403 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/reports/transfers                       | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/reports/queues                          | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/reports/agents                          | 403 200 200 200 403 | 403 200 200 200 403 | 401 | 401 401 401 401 401 | 401
 GET    /api/v1/widget/conversations/{conversationId}/transcript | 403 403 403 403 200 | 403 403 403 403 404 | 401 | 401 401 401 401 401 | 401
`;

// prettier-ignore
const columns = [
  'agent', 'supervisor', 'admin', 'apiKey', 'customer',
  'otherAgent', 'otherSupervisor', 'otherAdmin', 'otherApiKey', 'otherCustomer',
  'none', 'forgedAgent', 'forgedSupervisor', 'forgedAdmin', 'forgedApiKey', 'forgedCustomer', 'operator',
] as const;
type Column = (typeof columns)[number];
const isCustomer = (column: Column): boolean => column.toLowerCase().endsWith('customer');

interface Row {
  readonly route: string;
  readonly expected: Readonly<Record<Column, number>>;
}

function parseTable(text: string): Row[] {
  return text
    .split('\n')
    .filter((line) => /^\s*(GET|POST|PUT|PATCH|DELETE)\s/.test(line))
    .map((line) => {
      const [route = '', ...rest] = line.split('|');
      const statuses = rest.join(' ').match(/\d{3}/g)?.map(Number) ?? [];
      if (statuses.length !== columns.length) throw new Error(`row "${route.trim()}" needs ${columns.length} cells`);
      return {
        route: route.trim().replace(/\s+/, ' '),
        expected: Object.fromEntries(columns.map((column, i) => [column, statuses[i]])) as Record<Column, number>,
      };
    });
}

let test: TestServer;
let acme: SeededTenant;
let credentials: Record<Column, Headers>;

/** A request for one cell: its URL (and body, and headers it needs), with whatever it needs prepared in acme first. */
type Spec = (
  n: number,
  column: Column,
) => Promise<{ url?: string; payload?: Record<string, unknown> | Buffer; headers?: Headers }>;

const CUSTOMER = 'v:visitor-acme';
const note = { text: 'over to you' };

async function conversation(id: string, agentId: string, source = 'site'): Promise<void> {
  await acme.run({ type: 'SetAgentStatus', agentId, status: 'available' });
  await acme.run({
    type: 'OpenConversation',
    conversationId: id,
    customerId: CUSTOMER,
    channel: 'web',
    source,
    text: 'hi',
    agentId,
  });
}

async function transfer(id: string, conversationId: string, from: string, to: string): Promise<void> {
  await conversation(conversationId, from);
  const target = { kind: 'agent', agentId: to } as const;
  const command: Command = {
    type: 'RequestTransfer',
    transferId: id,
    conversationId,
    initiatorId: from,
    target,
    note: { ...note, templateId: null, fields: {}, reason: null, tags: [] },
  };
  await acme.run(command);
}

/** An agent of acme only, made for one cell. */
async function freshAgent(agentId: string): Promise<string> {
  await acme.run({
    type: 'SaveAgent',
    agent: {
      id: agentId,
      name: agentId,
      role: 'agent',
      level: 1,
      departmentId: null,
      memberships: [],
      languages: [],
      maxConcurrent: 1,
    },
  });
  return agentId;
}

/** A what-if run that finishes in moments; one acme run is read by every `GET /simulations/{id}` cell. */
const tinyScenario = {
  durationSeconds: 100,
  arrivals: { ratePerSecond: 0.1 },
  groups: [{ id: 'q', handleSeconds: { kind: 'exponential', mean: 10 } }],
  agents: [{ idPrefix: 'sim', count: 1, maxConcurrent: 1, memberships: [{ groupId: 'q', ability: 5 }] }],
  customers: [{ id: 'c', share: 1, groupId: 'q' }],
};
let simulationId: Promise<string> | undefined;
const none: Spec = () => Promise.resolve({});
const body =
  (payload: Record<string, unknown>): Spec =>
  () =>
    Promise.resolve({ payload });
const inConversation =
  (payload?: Record<string, unknown>): Spec =>
  async (n) => {
    await conversation(`m${n}`, 'a1');
    return { url: `m${n}`, ...(payload === undefined ? {} : { payload }) };
  };

/** How to fill each route's parameters and body; `url` replaces the route's one parameter. */
const specs: Record<string, Spec> = {
  'POST /api/v1/auth/login': body({ tenantId: 'acme', agentId: 'a1', password: PASSWORD }),
  'POST /api/v1/widget/session': body({ tenantId: 'acme', visitorId: 'visitor-matrix' }),
  'GET /api/v1/widget/info': () => Promise.resolve({ url: '/api/v1/widget/info?tenantId=acme&language=en' }),
  'GET /api/v1/widget/conversations/{conversationId}/transcript': inConversation(),
  'POST /api/v1/tenants': (n) =>
    Promise.resolve({ payload: { tenantId: `made-${n}`, admin: { id: 'boss', name: 'Boss', password: PASSWORD } } }),
  'PATCH /api/v1/tenant': body({ firstResponseTimeoutSeconds: 60 }),
  'POST /api/v1/api-keys': body({ name: 'matrix' }),
  'DELETE /api/v1/api-keys/{keyId}': async (n) => {
    await acme.run({ type: 'IssueApiKey', keyId: `mk${n}`, name: 'matrix', hash: newApiKey('acme', `mk${n}`).hash });
    return { url: `/api/v1/api-keys/mk${n}` };
  },
  // Someone else's password (setting a password ends that agent's sessions: not the callers').
  'POST /api/v1/agents/{agentId}/password': async (n) => ({
    url: `/api/v1/agents/${await freshAgent(`pw${n}`)}/password`,
    payload: { password: PASSWORD },
  }),
  'POST /api/v1/agents/{agentId}/disable': async (n) => ({
    url: `/api/v1/agents/${await freshAgent(`dis${n}`)}/disable`,
  }),
  'POST /api/v1/agents/{agentId}/enable': async (n) => {
    const agentId = await freshAgent(`en${n}`);
    await acme.run({ type: 'DisableAgent', agentId, byAgentId: null });
    return { url: `/api/v1/agents/${agentId}/enable` };
  },
  'DELETE /api/v1/agents/{agentId}': async (n) => ({ url: `/api/v1/agents/${await freshAgent(`rm${n}`)}` }),
  'POST /api/v1/agents/{agentId}/sign-out-everywhere': async (n) => ({
    url: `/api/v1/agents/${await freshAgent(`so${n}`)}/sign-out-everywhere`,
  }),
  'GET /api/v1/departments/{departmentId}': () => Promise.resolve({ url: '/api/v1/departments/dept-acme' }),
  'PUT /api/v1/departments/{departmentId}': (n) =>
    Promise.resolve({ url: `/api/v1/departments/d${n}`, payload: { name: 'D' } }),
  'DELETE /api/v1/departments/{departmentId}': async (n) => {
    await acme.run({ type: 'SaveDepartment', department: { id: `rd${n}`, name: 'D', parentId: null } });
    return { url: `/api/v1/departments/rd${n}` };
  },
  'GET /api/v1/skill-groups/{groupId}': () => Promise.resolve({ url: '/api/v1/skill-groups/g-acme' }),
  'DELETE /api/v1/skill-groups/{groupId}': async (n) => {
    await acme.run({ type: 'SaveSkillGroup', group: skillGroup({ id: `rg${n}`, name: 'G' }) });
    return { url: `/api/v1/skill-groups/rg${n}` };
  },
  'PUT /api/v1/skill-groups/{groupId}': (n) =>
    Promise.resolve({ url: `/api/v1/skill-groups/sg${n}`, payload: { name: 'SG' } }),
  'GET /api/v1/skill-groups/{groupId}/members': () => Promise.resolve({ url: '/api/v1/skill-groups/g-acme/members' }),
  'PUT /api/v1/skill-groups/{groupId}/members/{agentId}': () =>
    Promise.resolve({ url: '/api/v1/skill-groups/g-acme/members/x-acme', payload: { ability: 3, tier: 'general' } }),
  'DELETE /api/v1/skill-groups/{groupId}/members/{agentId}': () =>
    Promise.resolve({ url: '/api/v1/skill-groups/g-acme/members/x-acme' }),
  'POST /api/v1/skill-groups/{groupId}/strategy': () =>
    Promise.resolve({ url: '/api/v1/skill-groups/g/strategy', payload: { strategy: 'weighted-wait' } }),
  'GET /api/v1/agents/{agentId}': () => Promise.resolve({ url: '/api/v1/agents/x-acme' }),
  'PUT /api/v1/agents/{agentId}': (n) =>
    Promise.resolve({ url: `/api/v1/agents/ag${n}`, payload: { name: 'N', role: 'agent', maxConcurrent: 1 } }),
  'POST /api/v1/agents/{agentId}/status': () =>
    Promise.resolve({ url: '/api/v1/agents/a1/status', payload: { status: 'available' } }),
  'POST /api/v1/agents/{agentId}/end-shift': async () => {
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'available' });
    return { url: '/api/v1/agents/a1/end-shift' };
  },
  // Personal quick replies: a1's own (the other tenant's a1 reads and writes their own).
  'GET /api/v1/agents/{agentId}/quick-replies': () => Promise.resolve({ url: '/api/v1/agents/a1/quick-replies' }),
  'PUT /api/v1/agents/{agentId}/quick-replies': () =>
    Promise.resolve({ url: '/api/v1/agents/a1/quick-replies', payload: { items: [] } }),
  'PUT /api/v1/routing-rules': body({ rules: [] }),
  'GET /api/v1/customers/{customerId}': () => Promise.resolve({ url: '/api/v1/customers/cust-acme' }),
  'PUT /api/v1/customers/{customerId}': (n) =>
    Promise.resolve({ url: `/api/v1/customers/cu${n}`, payload: { vipLevel: 1 } }),
  'GET /api/v1/customers/by-external-id/{externalId}': () =>
    Promise.resolve({ url: '/api/v1/customers/by-external-id/ext-acme' }),
  'PUT /api/v1/customers/by-external-id/{externalId}': (n) =>
    Promise.resolve({ url: `/api/v1/customers/by-external-id/ext${n}`, payload: { attributes: { tier: 'gold' } } }),
  'PATCH /api/v1/customers/by-external-id/{externalId}': (n) =>
    Promise.resolve({ url: `/api/v1/customers/by-external-id/ext${n}`, payload: { contact: { phone: '+1 555' } } }),
  'POST /api/v1/conversations': (n, column) =>
    Promise.resolve({
      payload: {
        conversationId: `new${n}`,
        channel: 'web',
        source: 'site',
        text: 'hi',
        ...(isCustomer(column) ? {} : { customerId: 'cust-acme' }),
      },
    }),
  'GET /api/v1/conversations/{conversationId}': inConversation(),
  'GET /api/v1/conversations/{conversationId}/messages': inConversation(),
  'POST /api/v1/conversations/{conversationId}/messages': inConversation({ messageId: 'mm', text: 'hello' }),
  'POST /api/v1/conversations/{conversationId}/attachments': async (n) => {
    await conversation(`m${n}`, 'a1');
    const form = uploadForm({ data: 'a note', filename: 'note.txt', type: 'text/plain' });
    return { url: `m${n}`, payload: form.payload, headers: form.headers };
  },
  // A signed link is the credential (docs/attachments.md): whoever holds it may fetch, token or not.
  'GET /api/v1/attachments/{tenantId}/{attachmentId}': async (n) => {
    await conversation(`m${n}`, 'a1');
    const form = uploadForm({ data: 'a note', filename: 'note.txt', type: 'text/plain' });
    const posted = await call<{ message: { attachments: { url: string }[] } }>(test, {
      method: 'POST',
      url: `/api/v1/conversations/m${n}/attachments`,
      headers: { ...bearer(acme.tokens.a1), ...form.headers },
      payload: form.payload,
    });
    return { url: posted.body.message.attachments[0]?.url ?? '/missing' };
  },
  'POST /api/v1/conversations/{conversationId}/close': inConversation(),
  'POST /api/v1/conversations/{conversationId}/rating': inConversation({ score: 5 }),
  'GET /api/v1/conversations/{conversationId}/recommendations': inConversation(),
  'POST /api/v1/conversations/{conversationId}/join': inConversation({ mode: 'watch' }),
  'POST /api/v1/conversations/{conversationId}/leave': inConversation(),
  'POST /api/v1/conversations/{conversationId}/take-over': inConversation(),
  'POST /api/v1/conversations/{conversationId}/reassign': inConversation({ target: { kind: 'agent', agentId: 'a2' } }),
  'GET /api/v1/conversations/{conversationId}/routing': inConversation(),
  'POST /api/v1/conversations/{conversationId}/return-to-queue': inConversation(),
  'POST /api/v1/conversations/{conversationId}/offer/accept': async (n) => {
    await conversation(`m${n}`, 'a1', 'offer');
    return { url: `m${n}` };
  },
  'POST /api/v1/conversations/{conversationId}/offer/decline': async (n) => {
    await conversation(`m${n}`, 'a1', 'offer');
    return { url: `m${n}` };
  },
  'POST /api/v1/conversations/{conversationId}/notes': inConversation({ text: 'note' }),
  'POST /api/v1/conversations/{conversationId}/tags': inConversation({ add: ['vip'] }),
  'GET /api/v1/conversations/{conversationId}/transfers': inConversation(),
  'POST /api/v1/transfers': async (n) => {
    await conversation(`m${n}`, 'a1');
    return { payload: { conversationId: `m${n}`, target: { kind: 'agent', agentId: 'a2' }, note } };
  },
  'POST /api/v1/transfers/batch': async (n) => {
    await conversation(`m${n}`, 'a1');
    return { payload: { conversationIds: [`m${n}`], target: { kind: 'agent', agentId: 'a2' }, note } };
  },
  'POST /api/v1/transfers/{transferId}/accept': async (n) => {
    await transfer(`t${n}`, `m${n}`, 'a2', 'a1');
    return { url: `t${n}` };
  },
  'POST /api/v1/transfers/{transferId}/reject': async (n) => {
    await transfer(`t${n}`, `m${n}`, 'a2', 'a1');
    return { url: `t${n}` };
  },
  'POST /api/v1/simulations': body({ scenario: tinyScenario }),
  'GET /api/v1/simulations/{id}': async () => {
    simulationId ??= call<{ id: string }>(test, {
      method: 'POST',
      url: '/api/v1/simulations',
      headers: bearer(acme.tokens.ad1),
      payload: { scenario: tinyScenario },
    }).then((answer) => answer.body.id);
    return { url: await simulationId };
  },
  'POST /api/v1/transfers/{transferId}/cancel': async (n) => {
    await transfer(`t${n}`, `m${n}`, 'a1', 'a2');
    return { url: `t${n}` };
  },
};

/** Fills `{param}` with `value` (a whole URL when it starts with `/`). */
function urlOf(path: string, value: string | undefined): string {
  if (value?.startsWith('/') === true) return value;
  return value === undefined ? path : path.replace(/\{[^}]+\}/, value);
}

beforeAll(async () => {
  test = await startTestServer({ http: { rateLimitPerMinute: 1_000_000 } });
  acme = await test.tenant('acme');
  const globex = await test.tenant('globex');
  // An offer-mode group only acme has; a1 and a2 with room for a conversation per cell.
  const state = test.server.registry.actor('acme')!.view;
  await acme.run({
    type: 'SaveSkillGroup',
    group: { ...state.groups.get('g')!.config, id: 'g-acme', name: 'Offers', assignmentMode: 'offer' },
  });
  for (const agentId of ['a1', 'a2']) {
    const agent = state.agents.get(agentId)!;
    const memberships = [{ groupId: 'g', ability: 5, tier: 'primary' as const }];
    if (agentId === 'a1') memberships.push({ groupId: 'g-acme', ability: 5, tier: 'primary' });
    await acme.run({ type: 'SaveAgent', agent: { ...profileOf(agent), maxConcurrent: 1000, memberships } });
    await acme.run({ type: 'ConnectAgent', agentId });
  }
  await acme.run({ type: 'ConfigureTenant', settings: { defaultGroupBySource: { offer: 'g-acme' } } });
  await acme.run({ type: 'SaveDepartment', department: { id: 'dept-acme', name: 'Acme', parentId: null } });
  await acme.run({
    type: 'SaveAgent',
    agent: {
      id: 'x-acme',
      name: 'X',
      role: 'agent',
      level: 1,
      departmentId: null,
      memberships: [],
      languages: [],
      maxConcurrent: 1,
    },
  });
  await acme.run({
    type: 'UpdateCustomer',
    customerId: 'u:ext-acme',
    verifiedIfNew: true,
    patch: { attributes: { tier: 'gold' } },
  });
  await acme.run({
    type: 'SaveCustomer',
    customer: {
      id: 'cust-acme',
      verified: false,
      name: null,
      vipLevel: 0,
      language: null,
      labels: [],
      dedicatedAgentId: null,
    },
  });
  const own = (tenant: SeededTenant, visitor: string): Promise<Headers[]> =>
    customerToken(test, tenant.tenantId, visitor).then((token) => [
      bearer(tenant.tokens.a1),
      bearer(tenant.tokens.s1),
      bearer(tenant.tokens.ad1),
      apiKey(tenant.apiKey),
      bearer(token),
    ]);
  const forged = [
    bearer(await forgedAgentToken('acme', 'a1', 'agent')),
    bearer(await forgedAgentToken('acme', 's1', 'supervisor')),
    bearer(await forgedAgentToken('acme', 'ad1', 'admin')),
    apiKey(forgedApiKey('acme')),
    bearer(await forgedCustomerToken('acme', CUSTOMER)),
  ];
  const all = [
    ...(await own(acme, 'visitor-acme')),
    ...(await own(globex, 'visitor-globex')),
    {},
    ...forged,
    bearer(ADMIN_TOKEN),
  ];
  credentials = Object.fromEntries(columns.map((column, i) => [column, all[i]])) as Record<Column, Headers>;
});

afterAll(async () => {
  await test.close();
});

describe('authorization matrix', () => {
  const rows = parseTable(table);

  it('covers every documented route once', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>(test, {
      method: 'GET',
      url: '/openapi.json',
    });
    const documented = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(rows.map((row) => row.route).sort()).toEqual(documented.sort());
  });

  for (const row of rows) {
    it(row.route, async () => {
      const [method, path] = row.route.split(' ') as [string, string];
      const spec = specs[row.route] ?? none;
      const failures: string[] = [];
      for (const [index, column] of columns.entries()) {
        const n = rows.indexOf(row) * 100 + index;
        const { url, payload, headers } = await spec(n, column);
        const acmeActor = test.server.registry.actor('acme')!;
        const before = column.startsWith('other') ? JSON.stringify(describeState(acmeActor.view)) : null;
        const answer = await call(test, {
          method,
          url: urlOf(path, url),
          headers: { ...credentials[column], ...headers },
          ...(payload === undefined ? {} : { payload }),
        });
        if (answer.status !== row.expected[column]) {
          failures.push(
            `${column}: expected ${row.expected[column]}, got ${answer.status} ${answer.text.slice(0, 160)}`,
          );
        }
        if (before !== null)
          expect(JSON.stringify(describeState(acmeActor.view)), `${column} changed acme`).toBe(before);
      }
      expect(failures).toEqual([]);
    });
  }
});
