/**
 * A TCP relay for tests: a local port passing every connection through to a real server (the
 * test Redis, the test PostgreSQL). `down()` cuts every connection and stops listening — the
 * server "goes away" for whoever connects through the relay, while the real one stays up for the
 * other tests — and `up()` listens again on the same port.
 */
import { createServer, Socket, type Server } from 'node:net';

export interface TcpRelay {
  /** The local port the relay listens on (the same after `down()` and `up()`). */
  readonly port: number;
  down(): Promise<void>;
  /** Listens again on the same port (nothing if it listens). */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpRelay(host: string, targetPort: number): Promise<TcpRelay> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = async (): Promise<void> => {
    const relay = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(targetPort, host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      relay.once('error', reject);
      relay.listen(port, '127.0.0.1', () => {
        relay.off('error', reject);
        resolve();
      });
    });
    port = (relay.address() as { port: number }).port;
    server = relay;
  };
  const up = async (): Promise<void> => {
    if (server === null) await listen();
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
    get port() {
      return port;
    },
    down,
    up,
    close: down,
  };
}
