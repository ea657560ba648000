/**
 * `npm run generate:client`: writes packages/client/src/schema.ts from the served OpenAPI document
 * (scripts/client-schema.ts). Run it after changing a route or a schema; the test suite checks it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { clientSchemaFile, generateClientSchema } from './client-schema.js';

const text = await generateClientSchema();
let current: string | null;
try {
  current = readFileSync(clientSchemaFile, 'utf8');
} catch {
  current = null;
}
const name = relative(process.cwd(), clientSchemaFile);
if (current === text) {
  console.log(`${name} is current`);
} else {
  writeFileSync(clientSchemaFile, text);
  console.log(`wrote ${name} (${text.length} characters)`);
}
