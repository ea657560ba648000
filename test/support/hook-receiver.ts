/**
 * A tenant's back-end on loopback for enrichment-hook tests: it records every request (headers, raw
 * body, parsed body) and answers by the customer asked about — with a status and body, or not at
 * all until released (a hook that hangs).
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EnrichmentRequest } from '../../src/services/enrichment/enrichment-answer.js';

export type Behaviour = { readonly status: number; readonly body: string } | 'hang';

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  readonly body: EnrichmentRequest;
  /** Whether the receiver has answered this request yet. */
  answered: boolean;
}

/** A back-end on loopback whose answer depends on the customer asked about. */
export class Receiver {
  readonly received: Received[] = [];
  private readonly hanging: { response: ServerResponse; entry: Received }[] = [];
  behaviour: (request: EnrichmentRequest) => Behaviour = () => ({ status: 200, body: '{}' });
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      request.on('end', () => {
        const entry: Received = {
          headers: request.headers,
          raw,
          body: JSON.parse(raw) as EnrichmentRequest,
          answered: false,
        };
        this.received.push(entry);
        const behaviour = this.behaviour(entry.body);
        if (behaviour === 'hang') {
          this.hanging.push({ response, entry });
          return;
        }
        entry.answered = true;
        response.writeHead(behaviour.status, { 'content-type': 'application/json' });
        response.end(behaviour.body);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/enrich`;
  }

  /** Answers every hanging request with `body`. */
  release(body: string): void {
    for (const { response, entry } of this.hanging.splice(0)) {
      entry.answered = true;
      if (!response.destroyed) response.end(body);
    }
  }

  asked(customerId: string): Received[] {
    return this.received.filter((entry) => entry.body.customer.id === customerId);
  }

  async close(): Promise<void> {
    this.release('{}');
    this.server.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }
}

export const answer = (value: unknown): Behaviour => ({ status: 200, body: JSON.stringify(value) });
