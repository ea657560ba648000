/**
 * `/metrics` (docs/security.md): with METRICS_TOKEN set it answers only that bearer token; without
 * one it is open but carries no tenant or skill-group ids; tenant labels are an opt-in that needs
 * the token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const METRICS_TOKEN = 'metrics-token-metrics-token-0123456789';

let test: TestServer | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('/metrics', () => {
  it('refuses a scrape without the metrics token, or with another credential', async () => {
    test = await startTestServer({ server: { metricsToken: METRICS_TOKEN } });
    const acme = await test.tenant('acme');
    expectError(await call(test, { method: 'GET', url: '/metrics' }), 401, 'UNAUTHENTICATED');
    expectError(await call(test, { method: 'GET', url: '/metrics', headers: bearer('x'.repeat(40)) }), 401);
    // A tenant admin's token is not the operator's metrics token.
    expectError(await call(test, { method: 'GET', url: '/metrics', headers: bearer(acme.tokens.ad1) }), 401);
    const scraped = await call(test, { method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('switchboard_queue_length');
    expect(scraped.text).not.toContain('acme');
  });

  it('serves an open scrape without tenant or group ids', async () => {
    test = await startTestServer();
    const acme = await test.tenant('secret-customer-co');
    await acme.run({
      type: 'OpenConversation',
      conversationId: 'c1',
      customerId: 'v:visitor-1',
      channel: 'web',
      source: 'website',
      text: 'hello',
    });
    const scraped = await call(test, { method: 'GET', url: '/metrics' });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toMatch(/^switchboard_queue_length 1$/m);
    expect(scraped.text).not.toContain('secret-customer-co');
    expect(scraped.text).not.toContain('tenant=');
  });

  it('labels queues by tenant and group only when asked, behind the token', async () => {
    test = await startTestServer({ server: { metricsToken: METRICS_TOKEN, metricsTenantLabels: true } });
    await test.tenant('acme');
    const scraped = await call(test, { method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) });
    expect(scraped.text).toContain('switchboard_queue_length{tenant="acme",group="g"} 0');
  });
});
