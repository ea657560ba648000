/**
 * One write per connection per turn of the event loop (issue 16). Out of the box, Engine.IO hands
 * every packet to the WebSocket on its own, and each becomes its own `writev` system call: a sent
 * message costs three (the echo to the sender, the acknowledgement, the other side's copy), and an
 * agent with ten busy conversations gets one per entry. In the e2e bench's profile those calls were
 * the largest single cost of the server (about a fifth of its CPU).
 *
 * `batchWrites` makes a connection's flush wait for the end of the current turn (`setImmediate`):
 * whatever the gateway emits to it meanwhile — fan-out of a whole durable batch, then the
 * acknowledgements resolved by it — queues in Engine.IO's own write buffer, and goes out corked, in
 * one write. Order is kept (it is one buffer); nothing is held longer than one turn; closing a
 * connection first sends what is queued (a `session.revoked` before its disconnect still arrives).
 * Only WebSocket connections are batched; long-polling ones, which already batch per response, are
 * left as they are. If Engine.IO's shape is not the one expected, the connection is left alone.
 */

/** The parts of an Engine.IO connection (engine.io `Socket`) this relies on. */
interface EngineConnection {
  flush(): void;
  close(discard?: boolean): unknown;
  readonly transport: {
    readonly name: string;
    /** WebSocket transport: the `ws` socket, whose `_socket` is the TCP socket. */
    readonly socket?: { readonly _socket?: { cork(): void; uncork(): void } };
  };
}

const isEngineConnection = (value: unknown): value is EngineConnection => {
  const candidate = value as Partial<EngineConnection> | null;
  return (
    typeof candidate?.flush === 'function' &&
    typeof candidate.close === 'function' &&
    typeof candidate.transport?.name === 'string'
  );
};

/** Defers and corks the flushes of one Engine.IO connection (see the file header). */
export function batchWrites(connection: unknown): void {
  if (!isEngineConnection(connection)) return;
  const flush = connection.flush.bind(connection);
  const close = connection.close.bind(connection);
  let scheduled: NodeJS.Immediate | null = null;
  const flushNow = (): void => {
    if (scheduled !== null) clearImmediate(scheduled);
    scheduled = null;
    const tcp = connection.transport.socket?._socket;
    if (tcp === undefined) {
      flush();
      return;
    }
    tcp.cork();
    try {
      flush();
    } finally {
      tcp.uncork();
    }
  };
  connection.flush = () => {
    if (connection.transport.name !== 'websocket') flush();
    else scheduled ??= setImmediate(flushNow);
  };
  connection.close = (discard?: boolean) => {
    if (scheduled !== null) flushNow();
    return close(discard);
  };
}
