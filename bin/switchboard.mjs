#!/usr/bin/env -S node --max-semi-space-size=64
// The `switchboard` command: runs the TypeScript CLI (src/cli/main.ts) through tsx, a runtime
// dependency, so `npx switchboard` and `npm start` work from a checkout with no build step.
// `--max-semi-space-size=64` (here and in package.json's start script): V8's young generation at
// 64 MB a half instead of 16, so the server's short-lived garbage (a message's packets, rows and
// views) is collected in fewer scavenges — ~10 % less CPU per message in the e2e bench
// (docs/performance.md). Whoever runs `node bin/switchboard.mjs` gives node the flag themselves.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
