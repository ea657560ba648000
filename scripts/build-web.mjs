#!/usr/bin/env node
// Builds the web app and widget into dist/web with Vite. With --if-stale (used by `npm start` and
// `npm test`) it builds only when a file under web/ is newer than the last build, so starting the
// server after `npm install` builds once and later starts are instant.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = join(root, 'dist/web/index.html');

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(marker) || newestUnder(join(root, 'web')) > statSync(marker).mtimeMs;
if (process.argv.includes('--if-stale') && !stale) process.exit(0);

const { build } = await import('vite');
await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });
console.log('web app built into dist/web');
