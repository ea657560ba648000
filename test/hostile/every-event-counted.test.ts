/**
 * Every realtime event counts against the connection's rate limit, known or not
 * (src/transport/realtime/event-rate-limit.ts): unknown names are answered NOT_FOUND only while
 * under the limit; past it nothing is handled — an acknowledged event gets RATE_LIMITED, the rest
 * are dropped — and a client that keeps going is disconnected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../src/transport/realtime/protocol.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

const LIMIT = 10;
const REFUSALS = 15;

describe('per-connection event limit', () => {
  let server: RealtimeTestServer;

  beforeAll(async () => {
    server = await startRealtimeServer({ requestsPerMinute: LIMIT, refusalsBeforeDisconnect: REFUSALS });
    await server.tenant('t1');
  });

  afterAll(async () => {
    await server.close();
  });

  it('counts unknown names, answers them only under the limit, then refuses known requests unhandled', async () => {
    const customer = await server.connect(await server.widgetToken('t1', 'visitor-1'));
    const unknown = await Promise.all(
      Array.from({ length: LIMIT }, (_, i) => customer.socket.emitWithAck(`no.such.event.${i}`, {}) as Promise<Ack>),
    );
    for (const reply of unknown) expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // The bucket is empty: a known request is refused without being handled…
    const open = (await customer.socket.emitWithAck('conversation.open', { source: 'web', text: 'hi' })) as Ack;
    expect(open).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    // …and so is an unknown one: RATE_LIMITED, no longer NOT_FOUND.
    const more = (await customer.socket.emitWithAck('no.such.event', {})) as Ack;
    expect(more).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(server.actor('t1').view.conversations.size).toBe(0);
  });

  it('disconnects a client that keeps sending past the limit', async () => {
    const customer = await server.connect(await server.widgetToken('t1', 'visitor-2'));
    const gone = new Promise<string>((resolve) => customer.socket.once('disconnect', resolve));
    for (let i = 0; i < LIMIT + REFUSALS; i += 1) customer.socket.emit(`spam.${i}`);
    expect(await gone).toBe('io server disconnect');
  });
});
