/**
 * The Redis the tests use: the server on 127.0.0.1:6379 (`SWITCHBOARD_TEST_REDIS` overrides the
 * URL). Each test uses a channel prefix of its own, so files running in parallel never hear each
 * other. A TCP relay in front of it lets a test take "Redis" away and bring it back without
 * touching the real server the other tests share.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { startTcpRelay, type TcpRelay } from './tcp-relay.js';

export const testRedisUrl = process.env.SWITCHBOARD_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/** A fresh prefix for one test's channels and keys. */
export const uniqueRedisPrefix = (name: string): string => `test:${name}:${randomUUID().slice(0, 8)}:`;

/** A port on which nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

/** Relays a local port to the test Redis (tcp-relay.ts); `url` is the relay's. */
export interface RedisRelay extends TcpRelay {
  readonly url: string;
}

export async function startRedisRelay(): Promise<RedisRelay> {
  const target = new URL(testRedisUrl);
  const relay = await startTcpRelay(target.hostname, Number(target.port || 6379));
  return { ...relay, url: `redis://127.0.0.1:${relay.port}` };
}
