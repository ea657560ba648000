/**
 * SIGTERM ends a busy server within its shutdown bound (`SHUTDOWN_TIMEOUT_MS`, src/cli/start.ts):
 * the real `switchboard start` process, with hundreds of sockets on one token (caps raised so the
 * attack gets in), opens in flight, and a connection that never finishes its HTTP request (which
 * a graceful close would wait for). The process must be gone before the bound plus a margin for
 * process exit; exit status 0 (it stopped in time) or 1 (it was forced) are both an end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as connectTcp, type Socket as TcpSocket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { widgetToken } from '../../bench/hostile-attack.js';
import { CliProcess } from '../support/cli-process.js';

const SHUTDOWN_TIMEOUT_MS = 2000;
/** Process exit, the watchdog's grace and a loaded machine's scheduling: a guard, not a figure. */
const MARGIN_MS = 6000;

describe('SIGTERM on a busy server', () => {
  const sockets: Socket[] = [];
  let raw: TcpSocket | null = null;
  let dir = '';

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
    raw?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends the process within the shutdown bound', async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-sigterm-'));
    const server = new CliProcess(['start'], {
      PORT: '0',
      HOST: '127.0.0.1',
      SWITCHBOARD_DATA_DIR: dir,
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      SOCKETS_PER_TOKEN: '1000',
      SOCKETS_PER_PERSON: '1000',
      SOCKETS_PER_ADDRESS: '1000',
      OPEN_CONVERSATIONS_PER_CUSTOMER: '1000',
      REALTIME_RATE_LIMIT: '100000',
    });
    const ready = await server.waitForLog('ready', 60_000);
    const url = `http://127.0.0.1:${String(ready.port)}`;
    const token = await widgetToken(url, 'demo', 'busy-visitor');
    await Promise.all(
      Array.from({ length: 150 }, () => {
        const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
        sockets.push(socket);
        return new Promise<void>((resolve) => {
          socket.once('session', () => {
            resolve();
          });
          socket.once('connect_error', () => {
            resolve();
          });
        });
      }),
    );
    expect(sockets.filter((socket) => socket.connected).length).toBe(150);
    // A request whose headers never end: a graceful HTTP close waits for it.
    raw = connectTcp(Number(ready.port), '127.0.0.1');
    raw.on('error', () => undefined);
    raw.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    // Opens in flight: each followed by 150 sockets.
    const first = sockets[0]!;
    for (let i = 0; i < 150; i += 1)
      first.emit('conversation.open', { source: 'busy', text: `hello ${i}` }, () => undefined);

    const signalledAt = performance.now();
    server.kill('SIGTERM');
    const exit = await server.exited;
    const tookMs = performance.now() - signalledAt;
    expect([0, 1]).toContain(exit.code);
    expect(tookMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS + MARGIN_MS);
  }, 120_000);
});
