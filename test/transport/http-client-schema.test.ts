/**
 * The typed client is current (issue 18): the types generated from the OpenAPI document the server
 * serves now equal, byte for byte, the checked-in packages/client/src/schema.ts that the web app
 * and integrators compile against. A route or schema changed without `npm run generate:client`
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientSchemaFile, generateClientSchema, servedOpenApiDocument } from '../../scripts/client-schema.js';

let served: { readonly paths: Readonly<Record<string, unknown>> };
let generated: string;

beforeAll(async () => {
  const document = await servedOpenApiDocument();
  served = JSON.parse(document) as typeof served;
  generated = await generateClientSchema(document);
});

describe('the generated client', () => {
  it('is what the served OpenAPI document generates, byte for byte', () => {
    const checkedIn = readFileSync(clientSchemaFile, 'utf8');
    if (generated !== checkedIn) {
      // Said in words rather than as a 6,000-line diff: what differs first, and what to do.
      const [ours, theirs] = [generated.split('\n'), checkedIn.split('\n')];
      const at = ours.findIndex((line, index) => line !== theirs[index]);
      expect.fail(
        `${relative(process.cwd(), clientSchemaFile)} is not what the served OpenAPI document generates ` +
          `(first difference at line ${at + 1}: generated ${JSON.stringify(ours[at])}, checked in ` +
          `${JSON.stringify(theirs[at])}). Run \`npm run generate:client\` and commit the result.`,
      );
    }
    expect(generated).toBe(checkedIn);
  });

  it('types every path the document lists', () => {
    const paths = Object.keys(served.paths);
    expect(paths).toContain('/api/v1/conversations');
    for (const path of paths) expect(generated).toContain(`\n  '${path}': {\n`);
  });
});
