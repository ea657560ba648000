/**
 * The one handler a node serves on the bus (`ClusterBus.serve`), dispatching each request body by its
 * `kind` to the handler registered for it: the cluster registry's `command`, the presence check's
 * `presence`, … A handler answers with a JSON-compatible value; one that throws, or an unknown kind,
 * is answered `{ kind: 'failed' }` so the asking node never waits for a timeout.
 */

/** What any request body has: its kind (and whatever that kind carries). */
export interface ClusterRequestBody {
  readonly kind: string;
}

/** A request body as a handler receives it: a kind and whatever that kind carries. */
export interface ClusterRequest {
  readonly kind: string;
  readonly tenantId?: string;
  readonly [key: string]: unknown;
}

/** The answer of a node that does not own the tenant (now): the asker looks again and resends. */
export interface NotOwnerAnswer {
  readonly kind: 'not-owner';
}

/** A request that failed on the owner with a catalogue code (e.g. STORE_UNAVAILABLE). */
export interface FailedAnswer {
  readonly kind: 'failed';
  readonly code: string;
  readonly message: string;
}

export const notOwner: NotOwnerAnswer = { kind: 'not-owner' };

export type RequestKindHandler = (request: ClusterRequest, fromNodeId: string) => Promise<unknown>;

const isRequest = (body: unknown): body is ClusterRequest =>
  typeof body === 'object' && body !== null && typeof (body as { kind?: unknown }).kind === 'string';

/** Routes bus requests by kind (see the file header). */
export class RequestRouter {
  private readonly handlers = new Map<string, RequestKindHandler>();

  /** Registers the handler of one kind (replacing any before). */
  on(kind: string, handler: RequestKindHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Answers one request; never rejects. */
  async handle(body: unknown, fromNodeId: string): Promise<unknown> {
    if (!isRequest(body)) return failed('INVALID_REQUEST', 'a cluster request needs a kind');
    const handler = this.handlers.get(body.kind);
    if (handler === undefined) return failed('INVALID_REQUEST', `no handler for requests of kind ${body.kind}`);
    try {
      return await handler(body, fromNodeId);
    } catch (error) {
      return failed('INTERNAL', error instanceof Error ? error.message : String(error));
    }
  }
}

/** A failed answer. */
export const failed = (code: string, message: string): FailedAnswer => ({ kind: 'failed', code, message });

/** Whether an answer is `not-owner`. */
export const isNotOwner = (answer: unknown): answer is NotOwnerAnswer =>
  typeof answer === 'object' && answer !== null && (answer as { kind?: unknown }).kind === 'not-owner';
