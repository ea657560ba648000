/**
 * The realtime connection caps (src/transport/realtime/connection-limits.ts): per token, per
 * customer (across their tokens) and per client address, each refused at the handshake with
 * `connect_error` carrying TOO_MANY_CONNECTIONS; a slot comes back when its connection ends.
 */
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

/** Resolves with null once the session came, or with the refusal's code. */
function attempt(
  url: string,
  token: string,
  sockets: Socket[],
  headers: Record<string, string> = {},
): Promise<string | null> {
  const socket = io(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('session', () => {
      resolve(null);
    });
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
      resolve(error.data?.code ?? 'none');
    });
  });
}

const tally = (codes: readonly (string | null)[]): Record<string, number> =>
  codes.reduce<Record<string, number>>((counts, code) => {
    const key = code ?? 'connected';
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

describe('realtime connection caps', () => {
  let server: RealtimeTestServer;
  const sockets: Socket[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
  });

  it('caps one customer across their tokens, and gives a slot back when a connection ends', async () => {
    server = await startRealtimeServer({ connections: { perToken: 4, perPerson: 6, perAddress: 100 } });
    await server.tenant('t1');
    // Two different tokens of one customer (tokens signed in the same second with the same claims
    // would be the same string).
    const customer = { kind: 'customer', tenantId: 't1', customerId: 'v:same-visitor' } as const;
    const first = await server.server.tokens.issue({ ...customer, verified: false });
    const second = await server.server.tokens.issue({ ...customer, verified: true });
    expect(second).not.toBe(first);
    const byFirst = await Promise.all(Array.from({ length: 5 }, () => attempt(server.url, first, sockets)));
    expect(tally(byFirst)).toEqual({ connected: 4, TOO_MANY_CONNECTIONS: 1 });
    const bySecond = await Promise.all(Array.from({ length: 4 }, () => attempt(server.url, second, sockets)));
    expect(tally(bySecond)).toEqual({ connected: 2, TOO_MANY_CONNECTIONS: 2 });

    sockets.find((socket) => socket.connected)?.close();
    // Once the server has noticed the close, the slot is free again.
    await expect.poll(() => attempt(server.url, second, sockets), { timeout: 5000 }).toBeNull();
  });

  it('caps customer connections from one address, whoever they are, but not agents', async () => {
    server = await startRealtimeServer({ connections: { perToken: 10, perPerson: 10, perAddress: 5 } });
    await server.tenant('t1');
    const tokens = await Promise.all(Array.from({ length: 7 }, (_, i) => server.widgetToken('t1', `visitor-${i}`)));
    const codes = await Promise.all(tokens.map((token) => attempt(server.url, token, sockets)));
    expect(tally(codes)).toEqual({ connected: 5, TOO_MANY_CONNECTIONS: 2 });
    const agent = await server.login('t1', 'a1');
    expect(await attempt(server.url, agent, sockets)).toBeNull();
  });

  it('behind a trusted proxy, counts the address the proxy forwarded for, not the proxy', async () => {
    const connections = { perToken: 10, perPerson: 10, perAddress: 2, trustProxy: ['127.0.0.1'] };
    server = await startRealtimeServer({ connections });
    await server.tenant('t1');
    const tokens = await Promise.all(Array.from({ length: 6 }, (_, i) => server.widgetToken('t1', `visitor-${i}`)));
    // Three customers behind the proxy at three addresses: none is refused.
    const apart = await Promise.all(
      tokens
        .slice(0, 3)
        .map((token, i) => attempt(server.url, token, sockets, { 'x-forwarded-for': `203.0.113.${i}` })),
    );
    expect(tally(apart)).toEqual({ connected: 3 });
    // Three more at one address: the cap of two holds for that address.
    const together = await Promise.all(
      tokens.slice(3).map((token) => attempt(server.url, token, sockets, { 'x-forwarded-for': '198.51.100.7' })),
    );
    expect(tally(together)).toEqual({ connected: 2, TOO_MANY_CONNECTIONS: 1 });
  });

  it('does not believe X-Forwarded-For from an untrusted peer', async () => {
    server = await startRealtimeServer({ connections: { perToken: 10, perPerson: 10, perAddress: 2 } });
    await server.tenant('t1');
    const tokens = await Promise.all(Array.from({ length: 3 }, (_, i) => server.widgetToken('t1', `visitor-${i}`)));
    const codes = await Promise.all(
      tokens.map((token, i) => attempt(server.url, token, sockets, { 'x-forwarded-for': `203.0.113.${i}` })),
    );
    expect(tally(codes)).toEqual({ connected: 2, TOO_MANY_CONNECTIONS: 1 });
  });

  it('caps one agent across tabs', async () => {
    server = await startRealtimeServer({ connections: { perToken: 10, perPerson: 2, perAddress: 1 } });
    await server.tenant('t1');
    const agent = await server.login('t1', 'a1');
    const codes = await Promise.all(Array.from({ length: 3 }, () => attempt(server.url, agent, sockets)));
    expect(tally(codes)).toEqual({ connected: 2, TOO_MANY_CONNECTIONS: 1 });
  });
});
