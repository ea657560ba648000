/**
 * A channel bridge, as a WeChat or e-mail integration would be (docs/integrations.md, "Channels and
 * bots"): a customer talked to a chatbot, the bot hands them over to a person. The bridge opens a
 * Switchboard conversation for that customer with the bot's transcript, posts what the customer
 * writes, and receives the agent's replies by webhook — checking every delivery's signature and age
 * before believing it — to send back on its own channel (here: printed).
 *
 * Against the demo tenant (`npm start`), with the server allowed to call a local address:
 *
 *   OUTBOUND_ALLOW_HTTP=true OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true npm start
 *   npx tsx examples/bridge/bridge.ts
 *
 * Then sign in to http://localhost:3000 as `zhangwei` / `demo-agent`, answer the conversation, and
 * watch the reply arrive here. Lines typed here are the customer's next messages; Ctrl+C ends.
 *
 * Only Node's own modules: copy it into your integration and replace `onReply` with your channel's send.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

/** One line of the bot's exchange before the hand-over. */
export interface TranscriptLine {
  readonly author: 'customer' | 'bot';
  readonly text: string;
  /** ISO 8601. */
  readonly at: string;
}

export interface BridgeOptions {
  /** Switchboard's base URL, e.g. `http://localhost:3000`. */
  readonly server: string;
  readonly tenantId: string;
  /** An API key (`sbk_…`); without one the bridge signs in as `admin` and issues one. */
  readonly apiKey?: string;
  readonly admin?: { readonly agentId: string; readonly password: string };
  /** Where the bridge listens for webhooks; port 0 takes a free one. */
  readonly host?: string;
  readonly port?: number;
  /** The customer, by the id the channel knows them by. */
  readonly customer: { readonly externalId: string; readonly name: string; readonly language: string };
  readonly channel: string;
  readonly source: string;
  readonly transcript: readonly TranscriptLine[];
  /** Facts routing rules may read (an order number, a membership tier…). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** How old a delivery's signature may be, in seconds (a replayed old delivery is refused). */
  readonly toleranceSeconds?: number;
  /** Called with every agent reply, once each (deliveries are at-least-once). */
  readonly onReply?: (reply: AgentReply) => void;
  readonly log?: (line: string) => void;
}

export interface AgentReply {
  readonly conversationId: string;
  readonly seq: number;
  readonly agentId: string;
  readonly agentName: string | null;
  readonly text: string;
}

export interface Bridge {
  readonly conversationId: string;
  readonly webhookId: string;
  /** The URL Switchboard delivers to. */
  readonly webhookUrl: string;
  /** Posts the customer's message; a retry with the same `messageId` is posted once. */
  say(text: string, messageId?: string): Promise<number>;
  /** The replies received so far, oldest first. */
  readonly replies: readonly AgentReply[];
  /** Deliveries refused: a bad or missing signature, or one too old. */
  readonly refused: number;
  /** Removes the webhook, closes the conversation, stops listening. */
  close(): Promise<void>;
}

/** The webhook payload (docs/integrations.md, "Webhooks"); `data` depends on `type`. */
interface Delivery {
  readonly id: string;
  readonly type: string;
  readonly conversationId?: string | null;
  readonly data: {
    readonly seq?: number;
    readonly text?: string;
    readonly author?: { readonly kind: string; readonly agentId?: string; readonly name?: string };
    readonly agent?: { readonly id: string; readonly name?: string } | null;
  };
}

/**
 * Checks `Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` over the
 * exact bytes received, in constant time, and refuses a `t` further than `toleranceSeconds` from now.
 */
export function checkSignature(
  header: string | undefined,
  secret: string,
  body: string,
  toleranceSeconds = 300,
): 'valid' | 'malformed' | 'mismatch' | 'stale' {
  const fields = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const t = Number(fields.get('t'));
  const given = fields.get('v1') ?? '';
  if (!Number.isSafeInteger(t) || !/^[0-9a-f]{64}$/.test(given)) return 'malformed';
  if (Math.abs(Math.floor(Date.now() / 1000) - t) > toleranceSeconds) return 'stale';
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex')) ? 'valid' : 'mismatch';
}

/** Reads a request body as text, at most `limit` bytes. */
async function readBody(request: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Calls Switchboard's API; throws with its `{ error: { code, message } }` on a refusal. */
async function api<T>(options: BridgeOptions, path: string, init: { method: string; key?: string; body?: unknown }) {
  const response = await fetch(`${options.server}/api/v1${path}`, {
    method: init.method,
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.key === undefined ? {} : { authorization: `Bearer ${init.key}` }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${text}`);
  return (text === '' ? {} : JSON.parse(text)) as T;
}

/** An API key: the one given, or a new one issued by the tenant's admin. */
async function apiKeyFor(options: BridgeOptions): Promise<string> {
  if (options.apiKey !== undefined) return options.apiKey;
  const admin = options.admin ?? { agentId: 'admin', password: 'demo-admin' };
  const { token } = await api<{ token: string }>(options, '/auth/login', {
    method: 'POST',
    body: { tenantId: options.tenantId, agentId: admin.agentId, password: admin.password },
  });
  const issued = await api<{ key: string }>(options, '/api-keys', {
    method: 'POST',
    key: token,
    body: { name: 'channel bridge example' },
  });
  return issued.key;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const key = await apiKeyFor(options);
  const conversationId = `${options.channel}-${randomUUID()}`;
  const replies: AgentReply[] = [];
  const seen = new Set<string>();
  let secret = '';
  let refused = 0;

  // 1. Listen for deliveries before registering the endpoint, so none is missed.
  const receive = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST' || request.url !== '/webhooks/switchboard') {
      response.writeHead(404).end();
      return;
    }
    const body = await readBody(request);
    const header = request.headers['switchboard-signature'];
    const check = checkSignature(
      typeof header === 'string' ? header : undefined,
      secret,
      body,
      options.toleranceSeconds,
    );
    if (secret === '' || check !== 'valid') {
      refused += 1;
      log(`refused a delivery: ${secret === '' ? 'not ready' : check}`);
      response.writeHead(401).end();
      return;
    }
    // Answer at once; a slow answer would be retried. A delivery seen before is not handled twice.
    response.writeHead(200).end();
    const delivery = JSON.parse(body) as Delivery;
    if (seen.has(delivery.id) || delivery.conversationId !== conversationId) return;
    seen.add(delivery.id);
    const { data } = delivery;
    if (delivery.type === 'conversation.assigned')
      log(`[switchboard] ${data.agent?.name ?? data.agent?.id} is serving`);
    if (delivery.type === 'conversation.closed') log('[switchboard] the agent closed the conversation');
    if (delivery.type === 'message.posted' && data.author?.kind === 'agent') {
      const reply: AgentReply = {
        conversationId,
        seq: data.seq ?? 0,
        agentId: data.author.agentId ?? '',
        agentName: data.author.name ?? null,
        text: data.text ?? '',
      };
      replies.push(reply);
      log(`[agent ${reply.agentName ?? reply.agentId}] ${reply.text}`);
      options.onReply?.(reply);
    }
  };
  const listener = createServer((request, response) => {
    receive(request, response).catch((error: unknown) => {
      log(`bad delivery: ${String(error)}`);
      if (!response.headersSent) response.writeHead(400).end();
    });
  });
  listener.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(listener, 'listening');
  const { address, port } = listener.address() as AddressInfo;
  const webhookUrl = `http://${address}:${port}/webhooks/switchboard`;

  // 2. Register the endpoint; its secret is shown this once.
  const webhook = await api<{ webhookId: string; secret: string }>(options, '/webhooks', {
    method: 'POST',
    key,
    body: {
      url: webhookUrl,
      description: 'channel bridge example',
      events: ['message.posted', 'conversation.assigned', 'conversation.closed'],
    },
  });
  secret = webhook.secret;
  log(`webhook ${webhook.webhookId} → ${webhookUrl}`);

  // 3. Open the conversation with the bot's transcript (a retry with the same id opens it once).
  const opened = await api<{ status: string; groupId: string }>(options, '/conversations', {
    method: 'POST',
    key,
    body: {
      conversationId,
      channel: options.channel,
      source: options.source,
      customer: options.customer,
      language: options.customer.language,
      transcript: options.transcript,
      attributes: options.attributes ?? {},
    },
  });
  log(`conversation ${conversationId}: ${opened.status} in group ${opened.groupId}`);

  return {
    conversationId,
    webhookId: webhook.webhookId,
    webhookUrl,
    get replies() {
      return replies;
    },
    get refused() {
      return refused;
    },
    async say(text, messageId = randomUUID()) {
      const posted = await api<{ seq: number }>(options, `/conversations/${conversationId}/messages`, {
        method: 'POST',
        key,
        body: { messageId, text },
      });
      log(`[customer] ${text}`);
      return posted.seq;
    },
    async close() {
      await api(options, `/webhooks/${webhook.webhookId}`, { method: 'DELETE', key }).catch(() => undefined);
      await api(options, `/conversations/${conversationId}/close`, { method: 'POST', key, body: {} }).catch(
        () => undefined,
      );
      listener.close();
      listener.closeAllConnections();
      await once(listener, 'close');
    },
  };
}

/** The worked example of docs/integrations.md: a WeChat customer handed over by the shop's bot. */
export function demoOptions(env: NodeJS.ProcessEnv = process.env): BridgeOptions {
  const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * 60_000).toISOString();
  return {
    server: env.SWITCHBOARD_URL ?? 'http://localhost:3000',
    tenantId: env.SWITCHBOARD_TENANT ?? 'demo',
    ...(env.SWITCHBOARD_API_KEY === undefined ? {} : { apiKey: env.SWITCHBOARD_API_KEY }),
    port: Number(env.BRIDGE_PORT ?? 4100),
    customer: { externalId: 'wechat-o6_bmjrPTlm6', name: '小明', language: 'zh-CN' },
    channel: 'wechat',
    source: 'wechat-bot',
    attributes: { orderId: 'A1001' },
    transcript: [
      { author: 'bot', text: '您好，请问有什么可以帮您？', at: minutesAgo(2) },
      { author: 'customer', text: '订单 A1001 还没到', at: minutesAgo(1.5) },
      { author: 'bot', text: '正在为您转人工…', at: minutesAgo(1) },
    ],
  };
}

async function main(): Promise<void> {
  const bridge = await startBridge(demoOptions());
  await bridge.say('你好，我的订单 A1001 三天了还没到，能帮我查一下吗？');
  console.log('Waiting for the agent (type a line to write as the customer, Ctrl+C to end)…');
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    if (line.trim() !== '')
      bridge.say(line.trim()).catch((error: unknown) => {
        console.error(String(error));
      });
  });
  const stop = (): void => {
    input.close();
    bridge.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(String(error));
    process.exit(1);
  });
}
