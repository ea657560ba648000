/**
 * The typed client (@switchboard/client, packages/client) from Node: sign in, then list the
 * tenant's agents and its open conversations. Every path, query and answer below is checked by
 * TypeScript against the server's OpenAPI document.
 *
 *     npm start                              # another terminal: the server with the demo tenant
 *     npx tsx examples/client-node.ts        # signs in as the demo admin (admin / demo-admin)
 *
 * Environment: SWITCHBOARD_URL (default http://localhost:3000), and either SWITCHBOARD_API_KEY (a
 * tenant API key, `sbk_…`) or SWITCHBOARD_TENANT, SWITCHBOARD_AGENT and SWITCHBOARD_PASSWORD
 * (default: the demo tenant's admin, whose password README.md publishes).
 *
 * Outside this repository, install the package and import it by name:
 * `import { createSwitchboardClient } from '@switchboard/client';`
 */
import { createSwitchboardClient, type ErrorBody } from '../packages/client/src/index.js';

const baseUrl = process.env.SWITCHBOARD_URL ?? 'http://localhost:3000';

/** Stops with the API's error code and message. */
function fail(what: string, body: ErrorBody | undefined, status: number): never {
  throw new Error(`${what}: ${status} ${body?.error.code ?? ''} ${body?.error.message ?? ''}`.trim());
}

/** An API key from the environment, else a token from signing in. */
async function credential(): Promise<string> {
  const apiKey = process.env.SWITCHBOARD_API_KEY;
  if (apiKey !== undefined && apiKey !== '') return apiKey;
  const anonymous = createSwitchboardClient({ baseUrl });
  const { data, error, response } = await anonymous.POST('/api/v1/auth/login', {
    body: {
      tenantId: process.env.SWITCHBOARD_TENANT ?? 'demo',
      agentId: process.env.SWITCHBOARD_AGENT ?? 'admin',
      password: process.env.SWITCHBOARD_PASSWORD ?? 'demo-admin',
    },
  });
  if (data === undefined) fail('sign-in', error, response.status);
  console.log(`signed in to ${data.tenantId} as ${data.subject} (${data.role})`);
  return data.token;
}

const client = createSwitchboardClient({ baseUrl, token: await credential() });

const agents = await client.GET('/api/v1/agents');
if (agents.data === undefined) fail('GET /api/v1/agents', agents.error, agents.response.status);
console.log(`${agents.data.items.length} agents:`);
for (const agent of agents.data.items) {
  console.log(`  agent ${agent.agentId} ${agent.name} (${agent.role}) ${agent.status}, load ${agent.load}`);
}

const open = await client.GET('/api/v1/conversations', {
  params: { query: { status: ['queued', 'left-message', 'offered', 'active', 'dormant'], limit: 50 } },
});
if (open.data === undefined) fail('GET /api/v1/conversations', open.error, open.response.status);
console.log(`${open.data.items.length} open conversations:`);
for (const row of open.data.items) {
  console.log(`  conversation ${row.conversationId} ${row.status} in ${row.groupId}, opened ${row.openedAt}`);
}
