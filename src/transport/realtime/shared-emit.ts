/**
 * One event encoded once and written to several sockets of this process (issue 16: a timeline
 * entry went to each follower through its own `emit`, each encoding it again — JSON, the
 * Engine.IO packet, the WebSocket frame).
 *
 * Socket.IO has no public emit of a pre-encoded packet to one socket. Its own broadcasts do it in
 * two steps: the namespace adapter encodes the packet once (`_encode`, which also precomputes the
 * WebSocket frame), then each socket's client writes those packets as they are
 * (`client._packet(…, { preEncoded: true })`). Broadcasting to the sockets' own rooms would do the
 * same, but the adapter then finds every socket again through its room map — measured dearer than
 * the encoding saved. So this takes the two steps itself, for the sockets it is given: nothing goes
 * through the adapter's `broadcast`, so in cluster mode no other node hears of it, as with `emit`.
 * The packet and its options are those `socket.emit` makes (main namespace, `compress`); listeners
 * of outgoing packets (`onAnyOutgoing`) are not told, and the gateway registers none. If Socket.IO's
 * shape is not the one expected, each socket gets its own `emit`.
 */
import type { GatewaySocket } from './session.js';

/** Socket.IO's EVENT packet type (socket.io-parser's `PacketType.EVENT`). */
const EVENT = 2;

/** The parts of the in-memory adapter (socket.io-adapter) this relies on. */
interface PacketEncoder {
  _encode(packet: object, options: Record<string, unknown>): unknown[];
}

/** The part of a socket's Socket.IO client this relies on. */
interface PacketWriter {
  _packet(packets: unknown[], options: Record<string, unknown>): void;
}

const isEncoder = (value: unknown): value is PacketEncoder =>
  typeof (value as Partial<PacketEncoder> | null)?._encode === 'function';

const isWriter = (value: unknown): value is PacketWriter =>
  typeof (value as Partial<PacketWriter> | null)?._packet === 'function';

/** Emits `event` with `payload` to each of `sockets` (all of this process), encoding it once. */
export function emitToEach(sockets: readonly GatewaySocket[], event: string, payload: unknown): void {
  const first = sockets[0];
  if (first === undefined) return;
  const adapter: unknown = first.nsp.adapter;
  if (sockets.length === 1 || !isEncoder(adapter)) {
    for (const socket of sockets) socket.emit(event, payload);
    return;
  }
  const options: Record<string, unknown> = { preEncoded: true, compress: true };
  const packets = adapter._encode({ type: EVENT, data: [event, payload], nsp: first.nsp.name }, options);
  for (const socket of sockets) {
    const client: unknown = socket.client;
    if (isWriter(client)) client._packet(packets, options);
    else socket.emit(event, payload);
  }
}
