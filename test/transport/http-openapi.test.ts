/**
 * The error catalogue and the OpenAPI document agree (STYLE.md 8): the document's ErrorBody lists
 * exactly the catalogue's codes, each shared error body `ErrorNNN` exactly the codes with that
 * status, every error response a route documents refers to the body of its status, every
 * documented route exists and answers (not the not-found handler), every API route documents its
 * success body, and the browsable docs are served. The document stays small (shared components,
 * not a copy per route), every `$ref` in it resolves, and it validates against the OpenAPI 3 schema.
 */
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/transport/http/error-catalogue.js';
import { call } from '../support/http-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Schema {
  readonly $ref?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
}
interface Response {
  readonly $ref?: string;
  readonly description?: string;
  readonly content?: Readonly<Record<string, { readonly schema: Schema }>>;
}
interface Operation {
  readonly responses: Readonly<Record<string, Response>>;
}
interface Doc {
  readonly openapi: string;
  readonly components: {
    readonly schemas: Readonly<Record<string, Schema>>;
    readonly responses: Readonly<Record<string, Response>>;
  };
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
}

let test: TestServer;
let doc: Doc;
let documentBytes: number;

beforeAll(async () => {
  test = await startTestServer();
  const answer = await test.server.http.inject({ method: 'GET', url: '/openapi.json' });
  documentBytes = answer.rawPayload.length;
  doc = answer.json<Doc>();
});

afterAll(async () => {
  await test.close();
});

const operations = (): [string, string, Operation][] =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): [string, string, Operation] => [method, path, operation]),
  );

/** The value a local JSON pointer (`#/components/schemas/Error404`) names in the document, or undefined. */
function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const part of pointer.slice(2).split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Every `$ref` in the document, with where it is. */
function refsIn(node: unknown, at = '#'): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((item, index) => refsIn(item, `${at}/${index}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    key === '$ref' && typeof value === 'string' ? [[at, value]] : refsIn(value, `${at}/${key}`),
  );
}

const deref = <T extends { readonly $ref?: string }>(node: T | undefined): T | undefined =>
  node?.$ref === undefined ? node : (resolvePointer(node.$ref) as T | undefined);

const codesOf = (schema: Schema | undefined): string[] => [
  ...(deref(schema)?.properties?.error?.properties?.code?.enum ?? []),
];

const catalogueCodes = (status?: string): string[] =>
  Object.entries(errorCatalogue)
    .filter(([, entry]) => status === undefined || String(entry.status) === status)
    .map(([code]) => code)
    .sort();

describe('OpenAPI document and error catalogue', () => {
  it('lists every catalogue code, and only those, in ErrorBody', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = codesOf(doc.components.schemas.ErrorBody);
    expect([...documented].sort()).toEqual(catalogueCodes());
  });

  it('lists in each shared error body exactly the catalogue codes with its status', () => {
    const bodies = Object.keys(doc.components.schemas).filter((name) => /^Error\d{3}$/.test(name));
    expect(bodies.length).toBeGreaterThan(0);
    for (const name of bodies) {
      const status = name.slice('Error'.length);
      expect(codesOf(doc.components.schemas[name]).sort(), name).toEqual(catalogueCodes(status));
      const shared = doc.components.responses[name];
      expect(shared?.content?.['application/json']?.schema.$ref, name).toBe(`#/components/schemas/${name}`);
    }
  });

  it('keeps catalogue codes stable in form and statuses in the error range', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.message.length).toBeGreaterThan(0);
    }
  });

  it('documents every error response with exactly the catalogue codes of its status', () => {
    const statuses = new Set(Object.values(errorCatalogue).map((entry) => String(entry.status)));
    let errorResponses = 0;
    for (const [method, path, operation] of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        errorResponses += 1;
        expect(statuses.has(status), `${method} ${path} ${status}`).toBe(true);
        // Shared, not copied: the route refers to the one response of its status.
        expect(response.$ref, `${method} ${path} ${status}`).toBe(`#/components/responses/Error${status}`);
        const schema = deref(response)?.content?.['application/json']?.schema;
        expect(codesOf(schema).sort(), `${method} ${path} ${status}`).toEqual(catalogueCodes(status));
      }
    }
    expect(errorResponses).toBeGreaterThan(100);
  });

  it('stays below 300 KB, and every $ref in it resolves', () => {
    expect(documentBytes).toBeLessThan(300 * 1024);
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(100);
    const dangling = refs.filter(([, ref]) => resolvePointer(ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('is a valid OpenAPI 3 document (checked against the specification by @readme/openapi-parser)', async () => {
    expect(doc.openapi).toMatch(/^3\./);
    // validate() dereferences its argument in place: give it a copy.
    const result = await validate(structuredClone(doc) as unknown as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('documents a success body for every API route', () => {
    for (const [method, path, operation] of operations().filter(([, path]) => path.startsWith('/api/'))) {
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect(success.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const status of success) {
        // A file download (the widget's transcript) documents its body as text/plain.
        const content = operation.responses[status]?.content;
        expect(content?.['application/json'] ?? content?.['text/plain'], `${method} ${path}`).toBeDefined();
      }
    }
  });

  it('serves every documented route', async () => {
    for (const [method, path] of operations()) {
      const url = path.replace(/\{(\w+)\}/g, 'x');
      expect(test.server.http.hasRoute({ method: method.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1') })).toBe(
        true,
      );
      const answer = await call<{ error?: { code?: string } }>(test, { method: method.toUpperCase(), url });
      expect(answer.body.error?.code, `${method} ${path}`).not.toBe('NOT_FOUND');
      expect(answer.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it('serves the browsable docs', async () => {
    const docs = await test.server.http.inject({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).toContain('swagger');
  });
});
