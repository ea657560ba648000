/**
 * The error catalogue and the OpenAPI document agree (STYLE.md 8): the document's ErrorBody lists
 * exactly the catalogue's codes, every error response a route documents is that ErrorBody with a
 * status the catalogue uses, every documented route exists and answers (not the not-found
 * handler), every API route documents its success body, and the browsable docs are served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/transport/http/error-catalogue.js';
import { call } from '../support/http-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Schema {
  readonly $ref?: string;
  readonly anyOf?: readonly Schema[];
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
}
interface Operation {
  readonly responses: Readonly<Record<string, { readonly content?: Record<string, { readonly schema: Schema }> }>>;
}
interface Doc {
  readonly openapi: string;
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
}

let test: TestServer;
let doc: Doc;

beforeAll(async () => {
  test = await startTestServer();
  doc = (await call<Doc>(test, { method: 'GET', url: '/openapi.json' })).body;
});

afterAll(async () => {
  await test.close();
});

const operations = (): [string, string, Operation][] =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): [string, string, Operation] => [method, path, operation]),
  );

const codesOf = (schema: Schema | undefined): string[] =>
  (schema?.properties?.error?.properties?.code?.anyOf ?? []).flatMap((branch) => branch.enum ?? []);

describe('OpenAPI document and error catalogue', () => {
  it('lists every catalogue code, and only those, in ErrorBody', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = codesOf(doc.components.schemas.ErrorBody);
    expect([...documented].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it('keeps catalogue codes stable in form and statuses in the error range', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.message.length).toBeGreaterThan(0);
    }
  });

  it('documents every error response as ErrorBody with a status the catalogue uses', () => {
    const statuses = new Set(Object.values(errorCatalogue).map((entry) => String(entry.status)));
    for (const [method, path, operation] of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        expect(statuses.has(status), `${method} ${path} ${status}`).toBe(true);
        const schema = response.content?.['application/json']?.schema;
        expect([...codesOf(schema)].sort(), `${method} ${path} ${status}`).toEqual(Object.keys(errorCatalogue).sort());
      }
    }
  });

  it('documents a success body for every API route', () => {
    for (const [method, path, operation] of operations().filter(([, path]) => path.startsWith('/api/'))) {
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect(success.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const status of success) {
        expect(operation.responses[status]?.content?.['application/json'], `${method} ${path}`).toBeDefined();
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
