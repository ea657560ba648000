/**
 * The Redis the tests use: the server on 127.0.0.1:6379 (`SWITCHBOARD_TEST_REDIS` overrides the
 * URL). Each test uses a channel prefix of its own, so files running in parallel never hear each
 * other. A TCP relay in front of it lets a test take "Redis" away and bring it back without
 * touching the real server the other tests share.
 */
import { randomUUID } from 'node:crypto';
import { createServer, Socket, type Server } from 'node:net';

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

/** Relays a local port to the test Redis; `down()` cuts every connection and stops listening. */
export interface RedisRelay {
  readonly url: string;
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startRedisRelay(): Promise<RedisRelay> {
  const target = new URL(testRedisUrl);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = async (): Promise<void> => {
    const relay = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
    port = (relay.address() as { port: number }).port;
    server = relay;
  };
  const down = async (): Promise<void> => {
    const relay = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (relay !== null)
      await new Promise<void>((resolve) =>
        relay.close(() => {
          resolve();
        }),
      );
  };
  await listen();
  return {
    url: `redis://127.0.0.1:${port}`,
    down,
    up: listen,
    close: down,
  };
}
