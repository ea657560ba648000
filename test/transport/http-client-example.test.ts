/**
 * examples/client-node.ts, run as a reader would (its own Node process, tsx), against a real server
 * on loopback (issue 18): signs in with a password, or uses an API key, through the typed client,
 * and lists the tenant's agents and open conversations; a wrong password ends it with the API's
 * error code.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerToken } from '../support/http-fixtures.js';
import { PASSWORD, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

const example = fileURLToPath(new URL('../../examples/client-node.ts', import.meta.url));

let test: TestServer;
let tenant: SeededTenant;
let url: string;
let conversationId: string;

beforeAll(async () => {
  test = await startTestServer();
  tenant = await test.tenant('t1');
  await test.server.http.listen({ port: 0, host: '127.0.0.1' });
  const address = test.server.http.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  url = `http://127.0.0.1:${address.port}`;
  const token = await customerToken(test, 't1', 'visitor-1');
  const opened = await fetch(`${url}/api/v1/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'web', source: 'example', text: 'Where is my order?' }),
  });
  expect(opened.status).toBe(201);
  conversationId = ((await opened.json()) as { conversationId: string }).conversationId;
});

afterAll(async () => {
  await test.close();
});

/** Runs the example with `env` added; resolves with its exit code and output. */
function runExample(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', example], {
      env: { ...process.env, SWITCHBOARD_URL: url, SWITCHBOARD_API_KEY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the typed client example', () => {
  it('signs in with a password and lists the agents and the open conversation', async () => {
    const run = await runExample({
      SWITCHBOARD_TENANT: 't1',
      SWITCHBOARD_AGENT: 'ad1',
      SWITCHBOARD_PASSWORD: PASSWORD,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('signed in to t1 as ad1 (admin)');
    expect(run.stdout).toContain('4 agents:');
    for (const agentId of ['a1', 'a2', 's1', 'ad1']) expect(run.stdout).toContain(`  agent ${agentId} `);
    expect(run.stdout).toContain('1 open conversations:');
    expect(run.stdout).toMatch(
      new RegExp(`  conversation ${conversationId} (queued|left-message|offered|active) in g, opened `),
    );
  });

  it('works with an API key instead', async () => {
    const run = await runExample({ SWITCHBOARD_API_KEY: tenant.apiKey });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('signed in');
    expect(run.stdout).toContain('4 agents:');
    expect(run.stdout).toContain(`  conversation ${conversationId} `);
  });

  it('stops with the API error code on a wrong password', async () => {
    const run = await runExample({ SWITCHBOARD_TENANT: 't1', SWITCHBOARD_AGENT: 'ad1', SWITCHBOARD_PASSWORD: 'wrong' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('sign-in: 401 INVALID_CREDENTIALS');
  });
});
