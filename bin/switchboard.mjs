#!/usr/bin/env node
// The `switchboard` command: runs the TypeScript CLI (src/cli/main.ts) through tsx, a runtime
// dependency, so `npx switchboard` and `npm start` work from a checkout with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
