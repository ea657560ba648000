#!/usr/bin/env node
// Builds the web app and widget into dist/web with Vite. With --if-stale (used by `npm start` and
// `npm test`) it builds only when a file under web/ is newer than the last build, so starting the
// server after `npm install` builds once and later starts are instant.
//
// Then it precompresses the build: beside each text file worth compressing it writes `.br` and
// `.gz` copies, which the server sends by Accept-Encoding (@fastify/static `preCompressed`), so no
// request pays for compression and the strongest settings cost nothing at run time. This step also
// runs when the build is fresh, writing only what is missing or older than its file, so a build made
// before precompression existed gets its copies too.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist/web');
const marker = join(outDir, 'index.html');

/** Text files a browser fetches; images other than SVG and fonts are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** Below this, the saving is smaller than the request's headers: not worth a second file. */
const minimumBytes = 1024;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const newestUnder = (dir) => Math.max(0, ...filesUnder(dir).map((path) => statSync(path).mtimeMs));

const encodings = [
  {
    extension: '.br',
    compress: (data) =>
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  },
  { extension: '.gz', compress: (data) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION }) },
];

/** Writes the missing or outdated `.br` and `.gz` copies under `dir`; returns how many it wrote. */
function precompress(dir) {
  let written = 0;
  for (const path of filesUnder(dir).filter((file) => compressible.test(file))) {
    const { size, mtimeMs } = statSync(path);
    for (const { extension, compress } of encodings) {
      const target = path + extension;
      if (size < minimumBytes) {
        rmSync(target, { force: true });
        continue;
      }
      if (existsSync(target) && statSync(target).mtimeMs >= mtimeMs) continue;
      const compressed = compress(readFileSync(path));
      // A copy no smaller than the file would only cost a second read: serve the file as it is.
      if (compressed.length < size) writeFileSync(target, compressed);
      else rmSync(target, { force: true });
      written += 1;
    }
  }
  return written;
}

const stale = !existsSync(marker) || newestUnder(join(root, 'web')) > statSync(marker).mtimeMs;
if (!process.argv.includes('--if-stale') || stale) {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });
  console.log('web app built into dist/web');
}
const written = precompress(outDir);
if (written > 0) console.log(`web app precompressed: ${written} .br/.gz copies written`);
