/**
 * The baseline of `e2e.vs_raw_socketio`: a bare Socket.IO relay on loopback speaking the events the
 * e2e clients use (`session`, `conversation.open`, `conversation.assigned`, `message.send`,
 * `message`), with no authentication, no routing beyond "the connected agent with the fewest
 * conversations", no log and no durability. What Switchboard adds over it (checks, routing, the
 * durable append, projections, per-follow sequencing) is what the ratio prices.
 *
 * Run as a child process by bench/e2e-server.ts; prints `{"msg":"ready","port":…}` once listening.
 */
import { createServer } from 'node:http';
import { Server, type Socket } from 'socket.io';

interface Agent {
  readonly id: string;
  conversations: number;
}

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 256 * 1024 });
const agents = new Map<string, Agent>();
/** Conversation → its next seq. */
const seqs = new Map<string, number>();

type Ack = (answer: object) => void;

io.on('connection', (socket: Socket) => {
  const raw = (socket.handshake.auth as { token?: unknown }).token;
  const token = typeof raw === 'string' ? raw : '';
  const [kind, id = ''] = token.split(':');
  if (kind === 'agent') {
    void socket.join(`agent:${id}`);
    if (!agents.has(id)) agents.set(id, { id, conversations: 0 });
  } else {
    void socket.join(`customer:${id}`);
  }
  socket.emit('session', { kind, id, conversations: [], serverTime: new Date().toISOString() });

  socket.on('conversation.open', (input: { conversationId: string; text?: string }, ack: Ack) => {
    let chosen: Agent | undefined;
    for (const agent of agents.values())
      if (chosen === undefined || agent.conversations < chosen.conversations) chosen = agent;
    const room = `conversation:${input.conversationId}`;
    seqs.set(input.conversationId, 0);
    void socket.join(room);
    if (chosen !== undefined) {
      chosen.conversations += 1;
      io.in(`agent:${chosen.id}`).socketsJoin(room);
      io.to(`agent:${chosen.id}`).emit('conversation.assigned', {
        conversationId: input.conversationId,
        via: 'routing',
        firstResponseDeadline: null,
        conversation: null,
      });
    }
    ack({ ok: true, conversation: { conversationId: input.conversationId }, existing: false });
  });

  socket.on('message.send', (input: { conversationId: string; messageId: string; text: string }, ack: Ack) => {
    const seq = (seqs.get(input.conversationId) ?? 0) + 1;
    seqs.set(input.conversationId, seq);
    io.to(`conversation:${input.conversationId}`).emit('message', {
      conversationId: input.conversationId,
      seq,
      messageId: input.messageId,
      authorKind: kind === 'agent' ? 'agent' : 'customer',
      authorId: kind === 'agent' ? id : null,
      visibility: 'public',
      kind: 'text',
      text: input.text,
      at: new Date().toISOString(),
    });
    ack({ ok: true, conversationId: input.conversationId, messageId: input.messageId, seq });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ msg: 'ready', port })}\n`);
});
process.on('SIGTERM', () => {
  void io.close();
  httpServer.close(() => process.exit(0));
});
