/**
 * Worker threads for modules of this code base, whether it runs built (`.js`, loaded directly) or
 * from source (`.ts`: tests, `npm start` through tsx). A worker thread does not inherit the loader
 * the main thread registered, so from source a small evaluated entry registers tsx first and then
 * imports the module.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM register API (the `import` condition of its `./esm/api` export), as a file path. */
function tsxApiModule(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return join(dirname(manifest), api);
}

/**
 * Starts the module `name` (no extension) that sits beside the module whose `import.meta.url` is
 * `besideUrl`, as a worker thread given `workerData`.
 */
export function startModuleWorker(besideUrl: string, name: string, workerData: unknown): Worker {
  const extension = extname(fileURLToPath(besideUrl));
  const script = new URL(`./${name}${extension}`, besideUrl);
  if (extension !== '.ts') return new Worker(script, { workerData });
  const tsx = pathToFileURL(tsxApiModule()).href;
  const entry =
    `import(${JSON.stringify(tsx)}).then((api) => { api.register(); ` +
    `return import(${JSON.stringify(script.href)}); });`;
  return new Worker(entry, { eval: true, workerData });
}
