/**
 * A real HTTP receiver on loopback for webhook tests: records every request (headers, raw body,
 * parsed JSON) and answers as the test says — a status, after a delay — request by request.
 * It can stop listening and listen again on the same port (a receiver down for a while).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: WebhookJson;
}

/** A delivery's body as the tests read it. */
export interface WebhookJson {
  readonly id: string;
  readonly type: string;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly conversationId?: string;
  readonly data: {
    readonly text?: string;
    readonly seq?: number;
    readonly author?: { readonly kind: string; readonly agentId?: string; readonly name?: string };
    readonly agent?: { readonly id: string; readonly name?: string };
    readonly customer?: { readonly id: string };
    readonly [key: string]: unknown;
  };
}

export interface Answer {
  readonly status: number;
  readonly delayMs?: number;
}

export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** How to answer request number `n` (0-based, counting every request received). */
  answer: (request: ReceivedRequest, n: number) => Answer = () => ({ status: 200 });
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  /** The URL through a host name that resolves to loopback (not a literal address). */
  urlByName(name: string): string {
    return `http://${name}:${this.port}/hook`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const received: ReceivedRequest = { headers: request.headers, body, json: JSON.parse(body) as WebhookJson };
        const n = this.requests.length;
        this.requests.push(received);
        const { status, delayMs } = this.answer(received, n);
        const timer = setTimeout(() => {
          if (!response.destroyed) response.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
        }, delayMs ?? 0);
        response.on('close', () => {
          clearTimeout(timer);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  }

  /** Delivered bodies of one type, in arrival order. */
  ofType(type: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.json.type === type);
  }
}
