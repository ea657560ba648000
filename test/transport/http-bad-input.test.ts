/**
 * Bad input never does harm (DESIGN.md §9): for every route with inputs, fast-check sends requests
 * broken in one way — a body that violates the route's published schema at some place (wrong type,
 * too long, out of range, missing or unknown property), random JSON that is not the body, malformed
 * JSON, the wrong content type, an oversized or prototype-poisoning body, malformed or unknown ids
 * in the path, bad query strings — each from a caller allowed to use the route. Every answer must
 * be a 4xx with a catalogued `{ error: { code, message } }` whose status the catalogue gives, never
 * a 5xx, and the tenant's log (`lastSeq`) and state (`describeState`) must not change.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeState } from '../../src/domain/describe-state.js';
import { apiKey, bearer, call, customerToken, expectError, type Headers } from '../support/http-fixtures.js';
import {
  applyViolation,
  scalarViolations,
  violations,
  type Json,
  type JsonSchema,
} from '../support/schema-violations.js';
import { badInputTemplates, type Template } from '../support/bad-input-templates.js';
import { ADMIN_TOKEN, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

interface Operation {
  readonly parameters?: readonly { readonly in: string; readonly name: string; readonly schema: JsonSchema }[];
  readonly requestBody?: { readonly content: Record<string, { readonly schema: JsonSchema }> };
}
type Doc = { readonly paths: Record<string, Record<string, Operation>> };

interface BadRequest {
  readonly why: string;
  readonly url: string;
  readonly payload?: string;
  readonly contentType?: string;
}

let test: TestServer;
let acme: SeededTenant;
let doc: Doc;
let callers: Record<Template['as'], Headers>;

beforeAll(async () => {
  test = await startTestServer({ http: { rateLimitPerMinute: 1_000_000 } });
  acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
  await acme.run({
    type: 'OpenConversation',
    conversationId: 'c1',
    customerId: 'v:visitor-0001',
    channel: 'web',
    source: 'site',
    text: 'hi',
    agentId: 'a1',
  });
  await acme.run({ type: 'UpdateCustomer', customerId: 'u:shop-1', verifiedIfNew: true, patch: {} });
  await acme.run({
    type: 'SaveWebhook',
    webhook: { id: 'wh1', url: 'https://example.invalid/hook', description: '', events: [], enabled: true },
    secret: 'whsec_'.padEnd(40, 'x'),
  });
  const at = test.clock.now();
  await test.server.registry.store.webhooks.enqueue({
    tenantId: 'acme',
    deliveryId: 'd1',
    endpointId: 'wh1',
    eventType: 'ping',
    payload: '{}',
    at,
  });
  const gone = { attempts: 1, at, nextAttemptAt: at, httpStatus: 410, error: 'gone', latencyMs: 1 };
  await test.server.registry.store.webhooks.record('acme', 'd1', { ...gone, status: 'failed' });
  doc = (await call<Doc>(test, { method: 'GET', url: '/openapi.json' })).body;
  callers = {
    admin: bearer(acme.tokens.ad1),
    agent: bearer(acme.tokens.a1),
    supervisor: bearer(acme.tokens.s1),
    apiKey: apiKey(acme.apiKey),
    customer: bearer(await customerToken(test, 'acme', 'visitor-0001')),
    operator: bearer(ADMIN_TOKEN),
    nobody: {},
  };
});

afterAll(async () => {
  await test.close();
});

const fill = (path: string, params: Readonly<Record<string, string>>): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

function queryString(query: Readonly<Record<string, Json>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      search.append(key, typeof item === 'string' ? item : JSON.stringify(item));
    }
  }
  const text = search.toString();
  return text.length === 0 ? '' : `?${text}`;
}

const json = (value: Json): string => JSON.stringify(value);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every way this route's request can be broken, as one fast-check arbitrary. */
function badRequests(path: string, operation: Operation, template: Template): fc.Arbitrary<BadRequest> {
  const params = template.params ?? {};
  const query = template.query ?? {};
  const url = (at: Readonly<Record<string, string>> = params, q: Readonly<Record<string, Json>> = query) =>
    `${fill(path, at)}${queryString(q)}`;
  const arbitraries: fc.Arbitrary<BadRequest>[] = [];

  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  if (bodySchema !== undefined) {
    const body = template.body ?? {};
    const broken = violations(bodySchema, body);
    if (broken.length > 0) {
      arbitraries.push(
        fc.constantFrom(...broken).map((violation) => ({
          why: `body ${violation.path.join('.')}: ${violation.why}`,
          url: url(),
          payload: json(applyViolation(body, violation)),
        })),
      );
    }
    const known = new Set(Object.keys(bodySchema.properties ?? {}));
    arbitraries.push(
      fc
        .oneof(
          fc.jsonValue().filter((value) => !isPlainObject(value)),
          fc
            .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 })
            .filter((value) => Object.keys(value).some((key) => !known.has(key))),
        )
        .map((value) => ({ why: 'random JSON that is not this body', url: url(), payload: json(value as Json) })),
      fc
        .constantFrom(
          { why: 'malformed JSON', payload: '{"a":' },
          { why: 'trailing comma', payload: '{"a":1,}' },
          { why: 'not JSON', payload: 'hello' },
          { why: 'prototype poisoning', payload: '{"__proto__":{"admin":true}}' },
          { why: 'constructor poisoning', payload: '{"constructor":{"prototype":{"admin":true}}}' },
          { why: 'deeply nested', payload: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` },
          { why: 'oversized', payload: json({ ...(body as Record<string, Json>), zz: 'x'.repeat(300 * 1024) }) },
          { why: 'wrong content type', payload: 'a=1', contentType: 'text/plain' },
          { why: 'form encoded', payload: 'a=1', contentType: 'application/x-www-form-urlencoded' },
        )
        .map((raw) => ({ ...raw, url: url() })),
    );
  }

  for (const parameter of operation.parameters ?? []) {
    const strings = [...scalarViolations(parameter.schema), ...scalarViolations(parameter.schema.items ?? {})]
      .map((candidate) => candidate.value)
      .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
      .map(String);
    const pattern = parameter.schema.pattern ?? parameter.schema.items?.pattern;
    const refused = pattern === undefined ? null : new RegExp(pattern, 'u');
    const random =
      refused === null ? null : fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !refused.test(value));
    const fixed = strings.length === 0 ? null : fc.constantFrom(...strings);
    const values = fixed === null ? random : random === null ? fixed : fc.oneof(fixed, random);
    if (values === null) continue;
    if (parameter.in === 'path') {
      arbitraries.push(
        values.map((value) => ({
          why: `path ${parameter.name} = ${JSON.stringify(value)}`,
          url: url({ ...params, [parameter.name]: value }),
        })),
      );
    } else if (parameter.in === 'query') {
      arbitraries.push(
        values.map((value) => ({
          why: `query ${parameter.name} = ${JSON.stringify(value)}`,
          url: url(params, { ...query, [parameter.name]: value }),
        })),
      );
    }
  }
  const pathParameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
  for (const parameter of pathParameters) {
    // Sent as they are, not encoded: what the router itself refuses before any route runs.
    const raw = fc.constantFrom('%', '%zz', '%E0%A4%A', 'x'.repeat(600));
    arbitraries.push(
      raw.map((value) => ({
        why: `raw path ${parameter.name} = ${value.slice(0, 20)}`,
        url: url({ ...params, [parameter.name]: '\u0000' }).replace(encodeURIComponent('\u0000'), value),
      })),
    );
  }
  if ((operation.parameters ?? []).some((parameter) => parameter.in === 'query')) {
    arbitraries.push(fc.constant({ why: 'unknown query parameter', url: url(params, { ...query, zzUnknown: '1' }) }));
  }

  for (const name of template.mustExist ?? []) {
    arbitraries.push(
      fc.stringMatching(/^[a-z0-9]{1,12}$/).map((suffix) => ({
        why: `unknown ${name}`,
        url: url({ ...params, [name]: `zz-${suffix}` }),
        ...(bodySchema === undefined ? {} : { payload: json(template.body ?? {}) }),
      })),
    );
  }
  return fc.oneof(...arbitraries);
}

describe('bad input', () => {
  it('has a template for every documented route that takes input', () => {
    const withInput = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.requestBody !== undefined || (operation.parameters ?? []).length > 0)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(Object.keys(badInputTemplates).sort()).toEqual(withInput.sort());
  });

  for (const [route, template] of Object.entries(badInputTemplates)) {
    it(`${route} answers a catalogued 4xx and changes nothing`, async () => {
      const [method, path] = route.split(' ') as [string, string];
      const operation = doc.paths[path]?.[method.toLowerCase()];
      expect(operation).toBeDefined();
      const actor = test.server.registry.actor('acme')!;
      const seq = actor.lastSeq;
      const state = JSON.stringify(describeState(actor.view));
      const tenants = test.server.registry.tenantIds().sort();
      await fc.assert(
        fc.asyncProperty(badRequests(path, operation!, template), async (bad) => {
          const answer = await call(test, {
            method: method,
            url: bad.url,
            headers: {
              ...callers[template.as],
              ...(bad.payload === undefined ? {} : { 'content-type': bad.contentType ?? 'application/json' }),
            },
            ...(bad.payload === undefined ? {} : { payload: bad.payload }),
          });
          expect(answer.status, `${bad.why}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
          expect(answer.status, bad.why).toBeLessThan(500);
          expectError(answer, answer.status);
          expect(actor.lastSeq, bad.why).toBe(seq);
          expect(JSON.stringify(describeState(actor.view)), bad.why).toBe(state);
          expect(test.server.registry.tenantIds().sort(), bad.why).toEqual(tenants);
        }),
        { numRuns: 40 },
      );
    });
  }
});
