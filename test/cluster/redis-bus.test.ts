/**
 * The Redis bus against the real Redis on 127.0.0.1:6379 (cluster-bus.ts is the contract): events
 * and ownership changes reach the other nodes, requests are answered, and a bus without Redis
 * neither crashes nor hangs — it says it is not connected, refuses requests with
 * `BusUnavailableError`, and tells its reconnect handlers when Redis is back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BusUnavailableError, type ClusterBus, type OwnershipChange } from '../../src/cluster/cluster-bus.js';
import { createRedisBus } from '../../src/cluster/redis-bus.js';
import type { StoredEvent } from '../../src/store/event-store.js';
import { closedPort, startRedisRelay, testRedisUrl, uniqueRedisPrefix, type RedisRelay } from '../support/redis.js';

const opened: ClusterBus[] = [];
const relays: RedisRelay[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((bus) => bus.close()));
  await Promise.all(relays.splice(0).map((relay) => relay.close()));
});

function bus(nodeId: string, prefix: string, url = testRedisUrl): ClusterBus {
  const created = createRedisBus({ url, nodeId, prefix, maxRetryDelayMs: 100 });
  opened.push(created);
  return created;
}

async function connectedBuses(prefix: string, ...nodeIds: string[]): Promise<ClusterBus[]> {
  const buses = nodeIds.map((nodeId) => bus(nodeId, prefix));
  await expect.poll(() => buses.every((each) => each.connected)).toBe(true);
  return buses;
}

const stored = (seq: number): StoredEvent => ({
  tenantId: 'acme',
  seq,
  event: { type: 'TimerDropped', at: '2026-01-01T00:00:00.000Z', key: `k${seq}` } as unknown as StoredEvent['event'],
});

describe('Redis bus', () => {
  it('delivers events to the other nodes of its prefix only, not to itself', async () => {
    const prefix = uniqueRedisPrefix('events');
    const [a, b, c] = await connectedBuses(prefix, 'a', 'b', 'c');
    const [other] = await connectedBuses(uniqueRedisPrefix('elsewhere'), 'd');
    const heard = new Map<string, { tenantId: string; seqs: number[] }[]>();
    for (const each of [a, b, c, other]) {
      heard.set(each!.nodeId, []);
      each!.onEvents((tenantId, events) => {
        heard.get(each!.nodeId)!.push({ tenantId, seqs: events.map((event) => event.seq) });
      });
    }
    a!.publishEvents('acme', [stored(1), stored(2)]);
    a!.publishEvents('acme', [stored(3)]);
    const expected = [
      { tenantId: 'acme', seqs: [1, 2] },
      { tenantId: 'acme', seqs: [3] },
    ];
    await expect.poll(() => heard.get('b')).toEqual(expected);
    await expect.poll(() => heard.get('c')).toEqual(expected);
    // The events arrive whole: the same JSON the store holds.
    const payloads: StoredEvent[] = [];
    b!.onEvents((_tenantId, events) => payloads.push(...events));
    a!.publishEvents('acme', [stored(4)]);
    await expect.poll(() => payloads).toEqual([stored(4)]);
    expect(heard.get('a')).toEqual([]);
    expect(heard.get('d')).toEqual([]);
  });

  it('announces ownership changes to the other nodes', async () => {
    const [a, b] = await connectedBuses(uniqueRedisPrefix('ownership'), 'a', 'b');
    const heardByB: OwnershipChange[] = [];
    const heardByA: OwnershipChange[] = [];
    b!.onOwnership((change) => heardByB.push(change));
    const stop = a!.onOwnership((change) => heardByA.push(change));
    a!.publishOwnership({ tenantId: 'acme', nodeId: null, epoch: 7 });
    await expect.poll(() => heardByB).toEqual([{ tenantId: 'acme', nodeId: null, epoch: 7 }]);
    stop();
    b!.publishOwnership({ tenantId: 'acme', nodeId: 'b', epoch: 8 });
    await expect.poll(() => heardByB.length).toBe(1);
    expect(heardByA).toEqual([]);
  });

  it('sends a request to one node and relays its answer, or its failure', async () => {
    const [a, b, c] = await connectedBuses(uniqueRedisPrefix('request'), 'a', 'b', 'c');
    const servedBy: string[] = [];
    b!.serve((body, from) => {
      servedBy.push('b');
      if ((body as { fail?: boolean }).fail === true) return Promise.reject(new Error('refused by b'));
      return Promise.resolve({ echo: body, from, node: 'b' });
    });
    c!.serve(() => {
      servedBy.push('c');
      return Promise.resolve({ node: 'c' });
    });
    await expect(a!.request('b', { kind: 'ping', n: 1 }, 5000)).resolves.toEqual({
      echo: { kind: 'ping', n: 1 },
      from: 'a',
      node: 'b',
    });
    // Many at once: each answer goes to its own request.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => a!.request('b', { n }, 5000) as Promise<{ echo: { n: number } }>),
    );
    expect(answers.map((answer) => answer.echo.n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    const failed = a!.request('b', { fail: true }, 5000);
    await expect(failed).rejects.toThrow(/refused by b/);
    await expect(failed).rejects.not.toBeInstanceOf(BusUnavailableError);
    expect(servedBy.every((node) => node === 'b')).toBe(true);
  });

  it('refuses at once a request to a node nobody listens for', async () => {
    const [a] = await connectedBuses(uniqueRedisPrefix('nobody'), 'a');
    await expect(a!.request('ghost', { kind: 'ping' }, 60_000)).rejects.toThrow(
      new BusUnavailableError('no node ghost listens'),
    );
    await expect(a!.request('ghost', { kind: 'ping' }, 60_000)).rejects.toMatchObject({ mayHaveBeenHandled: false });
  });

  it('times out a request the node does not answer', async () => {
    const [a, b] = await connectedBuses(uniqueRedisPrefix('timeout'), 'a', 'b');
    b!.serve(() => new Promise(() => undefined));
    const request = a!.request('b', { kind: 'ping' }, 300);
    await expect(request).rejects.toBeInstanceOf(BusUnavailableError);
    await expect(request).rejects.toThrow(/did not answer within 300 ms/);
    await expect(request).rejects.toMatchObject({ mayHaveBeenHandled: true });
  });

  it('closing answers the requests it already heard, and then stops hearing new ones', async () => {
    const [a, b] = await connectedBuses(uniqueRedisPrefix('closing'), 'a', 'b');
    let heard!: () => void;
    const requestHeard = new Promise<void>((resolve) => (heard = resolve));
    b!.serve(async (body) => {
      heard();
      // Still working out the answer when the node starts closing.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { answered: body };
    });
    const inFlight = a!.request('b', { n: 1 }, 60_000);
    await requestHeard;
    const closing = b!.close();
    await expect(inFlight).resolves.toEqual({ answered: { n: 1 } });
    await closing;
    await expect(a!.request('b', { n: 2 }, 60_000)).rejects.toThrow(new BusUnavailableError('no node b listens'));
  });
  it('fails the requests a node held when it went away, as possibly handled, without waiting out the timeout', async () => {
    const relay = await startRedisRelay();
    relays.push(relay);
    const prefix = uniqueRedisPrefix('gone');
    const [a] = await connectedBuses(prefix, 'a');
    const b = bus('b', prefix, relay.url);
    await expect.poll(() => b.connected).toBe(true);
    let heard!: () => void;
    const requestHeard = new Promise<void>((resolve) => (heard = resolve));
    b.serve(() => {
      heard();
      return new Promise(() => undefined);
    });
    const held = a!.request('b', { kind: 'slow' }, 120_000);
    await requestHeard;
    // Its connections cut, as a killed process's are.
    await relay.down();
    const error = await held.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(BusUnavailableError);
    expect((error as BusUnavailableError).message).toMatch(/node b went away with the request/);
    expect((error as BusUnavailableError).mayHaveBeenHandled).toBe(true);
  });

  it('tells a node that does not serve yet apart from a failure', async () => {
    const [a] = await connectedBuses(uniqueRedisPrefix('noserve'), 'a', 'b');
    await expect(a!.request('b', { kind: 'ping' }, 5000)).rejects.toBeInstanceOf(BusUnavailableError);
  });

  it('without Redis: not connected, requests refused, publishing harmless, closes cleanly', async () => {
    const errors: Error[] = [];
    const lonely = createRedisBus({
      url: `redis://127.0.0.1:${await closedPort()}`,
      nodeId: 'lonely',
      prefix: uniqueRedisPrefix('down'),
      maxRetryDelayMs: 50,
      onError: (error) => errors.push(error),
    });
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(lonely.connected).toBe(false);
    await expect(lonely.request('other', { kind: 'ping' }, 1000)).rejects.toBeInstanceOf(BusUnavailableError);
    lonely.publishEvents('acme', [stored(1)]);
    lonely.publishOwnership({ tenantId: 'acme', nodeId: 'lonely', epoch: 1 });
    await lonely.close();
    expect(lonely.connected).toBe(false);
    await expect(lonely.request('other', {}, 1000)).rejects.toBeInstanceOf(BusUnavailableError);
  });

  it('loses Redis and gets it back: pending requests fail, reconnect handlers run, traffic resumes', async () => {
    const relay = await startRedisRelay();
    relays.push(relay);
    const prefix = uniqueRedisPrefix('outage');
    const a = bus('a', prefix, relay.url);
    const [b] = await connectedBuses(prefix, 'b');
    await expect.poll(() => a.connected).toBe(true);
    let reconnects = 0;
    a.onReconnect(() => {
      reconnects += 1;
    });
    b!.serve(() => new Promise(() => undefined));
    const inFlight = a.request('b', { kind: 'slow' }, 60_000);
    await relay.down();
    await expect(inFlight).rejects.toBeInstanceOf(BusUnavailableError);
    await expect.poll(() => a.connected).toBe(false);
    await expect(a.request('b', {}, 1000)).rejects.toBeInstanceOf(BusUnavailableError);
    expect(reconnects).toBe(0);

    await relay.up();
    await expect.poll(() => a.connected).toBe(true);
    expect(reconnects).toBe(1);
    const heard: number[] = [];
    a.onEvents((_tenantId, events) => heard.push(...events.map((event) => event.seq)));
    b!.serve((body) => Promise.resolve(body));
    b!.publishEvents('acme', [stored(9)]);
    await expect.poll(() => heard).toEqual([9]);
    await expect(a.request('b', { back: true }, 5000)).resolves.toEqual({ back: true });
  });

  it('a bus started while Redis is down connects when it comes and counts that as a reconnection', async () => {
    const relay = await startRedisRelay();
    relays.push(relay);
    await relay.down();
    const prefix = uniqueRedisPrefix('late');
    const late = bus('late', prefix, relay.url);
    let reconnects = 0;
    late.onReconnect(() => {
      reconnects += 1;
    });
    const [b] = await connectedBuses(prefix, 'b');
    await expect.poll(() => late.connected, { timeout: 2000 }).toBe(false);
    await relay.up();
    await expect.poll(() => late.connected).toBe(true);
    expect(reconnects).toBe(1);
    const heard: number[] = [];
    late.onEvents((_tenantId, events) => heard.push(...events.map((event) => event.seq)));
    b!.publishEvents('acme', [stored(1)]);
    await expect.poll(() => heard).toEqual([1]);
  });
});
