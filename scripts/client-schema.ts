/**
 * The typed client's types (packages/client, docs/http-api.md "Typed client"): the OpenAPI document
 * exactly as the server serves it at `/openapi.json` — a server built in-process on an in-memory
 * SQLite store, asked through `inject` — turned into TypeScript by openapi-typescript and formatted
 * with the project's Prettier settings. `npm run generate:client` writes it to the checked-in file;
 * test/transport/http-client-schema.test.ts fails when the checked-in file is not what this makes.
 */
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { createServer } from '../src/server/create-server.js';
import { clock, scheduler } from '../src/runtime/system-clock.js';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store.js';

/** The checked-in generated file. */
export const clientSchemaFile = fileURLToPath(new URL('../packages/client/src/schema.ts', import.meta.url));

const banner = `/**
 * Generated from the Switchboard server's OpenAPI document (\`/openapi.json\`) by openapi-typescript.
 * Do not edit: run \`npm run generate:client\` after changing a route or a schema.
 */
`;

/** The served OpenAPI document's JSON text, from a server built in-process (nothing listens). */
export async function servedOpenApiDocument(): Promise<string> {
  const server = await createServer({
    store: await createSqliteStore({ file: ':memory:' }),
    clock,
    scheduler,
    tokenSecret: 'client-schema-generation-only-not-a-secret',
  });
  try {
    const answer = await server.http.inject({ method: 'GET', url: '/openapi.json' });
    if (answer.statusCode !== 200) throw new Error(`GET /openapi.json answered ${answer.statusCode}`);
    return answer.body;
  } finally {
    await server.close();
  }
}

/** The generated file's text for a document (the served one by default). */
export async function generateClientSchema(documentText?: string): Promise<string> {
  const document = JSON.parse(documentText ?? (await servedOpenApiDocument())) as OpenAPI3;
  // Not `immutable`: openapi-fetch's answer types (`Readable`) turn readonly arrays into plain objects.
  const ast = await openapiTS(document);
  const options = (await resolveConfig(clientSchemaFile)) ?? {};
  return format(banner + astToString(ast), { ...options, filepath: clientSchemaFile });
}
