/**
 * `startServer` in-process (src/cli/start-server.ts): the configuration reaches the server (admin
 * token, body limit), `--no-demo` leaves an empty store empty, and the data directory is claimed
 * while it runs and released on close.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/cli/data-dir-lock.js';
import { startServer } from '../../src/cli/start-server.js';
import { resolveConfig } from '../../src/server/config.js';
import { defaultWebRoot, hasWebBuild } from '../../src/transport/http/web-app.js';

const ADMIN_TOKEN = 'operator-token-operator-token-0123456789';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-start-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('startServer', () => {
  it('applies the configuration, skips the demo when asked, and releases the data directory on close', async () => {
    const dataDir = join(dir, 'data');
    const config = resolveConfig(
      { PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dataDir, ADMIN_TOKEN, BODY_LIMIT: '2048' },
      null,
    );
    const running = await startServer({ config, demo: false, log: pino({ level: 'silent' }) });
    try {
      expect(running.server.registry.tenantIds()).toEqual([]);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
      expect(running.urls.base).toBe(`http://127.0.0.1:${String(running.address.port)}`);
      // The web pages are listed exactly when the web app is built (`npm test` builds it first).
      const built = hasWebBuild(defaultWebRoot);
      expect(running.urls.pages.map((page) => page.label)).toEqual(built ? ['Web app', 'Widget demo'] : []);

      const create = (body: string) =>
        fetch(`${running.urls.api}/tenants`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body,
        });
      const created = await create(
        JSON.stringify({ tenantId: 'acme', admin: { id: 'boss', name: 'Boss', password: 'lantern-ridge' } }),
      );
      expect(created.status).toBe(201);
      const tooLarge = await create(JSON.stringify({ tenantId: 'big', padding: 'x'.repeat(4096) }));
      expect(tooLarge.status).toBe(413);
    } finally {
      await running.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
