/**
 * How every client request is handled: rate-limited (every event, in event-rate-limit.ts), bounded
 * in flight per connection (pending-work.ts), checked against the caller's tenant and role
 * (re-read from the live state each time: a demoted supervisor loses supervisor requests at once),
 * validated against its schema, run, and answered through the acknowledgement with an `Ack` — or,
 * when the client asked for no acknowledgement, a failure is told as `request.failed`.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type { TypeCheck } from '@sinclair/typebox/compiler';
import { isSupervisor, type Agent } from '../../domain/agent.js';
import type { TenantHandle } from '../../services/tenants.js';
import { ApiError, toCatalogueError } from '../http/error-catalogue.js';
import type { GatewayContext } from './context.js';
import type { Ack } from './protocol.js';
import type { ClientSession, CustomerPrincipal } from './session.js';

/** Who may send a request. */
export type Audience = 'staff' | 'supervisor' | 'customer' | 'anyone';

/** The caller as the request sees them: the tenant's actor, and the agent (staff) or customer. */
export type Caller =
  | { readonly kind: 'agent'; readonly actor: TenantHandle; readonly agent: Agent }
  | { readonly kind: 'customer'; readonly actor: TenantHandle; readonly customer: CustomerPrincipal };

export interface RequestSpec<S extends TSchema> {
  readonly schema: TypeCheck<S>;
  readonly audience: Audience;
}

export function authorise(context: GatewayContext, session: ClientSession, audience: Audience): Caller {
  const actor = context.registry.actor(session.tenantId);
  if (actor === undefined) throw new ApiError('TENANT_NOT_FOUND');
  const principal = session.principal;
  if (principal.kind === 'customer') {
    if (audience !== 'customer' && audience !== 'anyone') throw new ApiError('FORBIDDEN', 'Agents only.');
    return { kind: 'customer', actor, customer: principal };
  }
  const agent = actor.view.agents.get(principal.agentId);
  if (agent === undefined) throw new ApiError('UNAUTHENTICATED', 'This agent no longer exists.');
  if (audience === 'customer') throw new ApiError('FORBIDDEN', 'Customers only.');
  if (audience === 'supervisor' && !isSupervisor(agent)) throw new ApiError('FORBIDDEN', 'Supervisors only.');
  return { kind: 'agent', actor, agent };
}

function validationMessage<S extends TSchema>(check: TypeCheck<S>, payload: unknown): string {
  const first = check.Errors(payload).First();
  return first === undefined ? 'The payload does not match the schema.' : `${first.path || '/'}: ${first.message}`;
}

/** Request names registered on some socket (event-rate-limit.ts answers others NOT_FOUND). */
const known = new Set<string>();

/** Whether some handler answers requests named `event`. */
export function isKnownRequest(event: string): boolean {
  return known.has(event);
}

/** Registers `event` on the session's socket (counted by event-rate-limit.ts before it gets here). */
export function onRequest<S extends TSchema, R extends object>(
  context: GatewayContext,
  session: ClientSession,
  event: string,
  spec: RequestSpec<S>,
  handle: (input: Static<S>, caller: Caller) => Promise<R> | R,
): void {
  known.add(event);
  const failure = (error: unknown): Ack<R> => {
    const apiError = toCatalogueError(error);
    if (apiError.code === 'INTERNAL') context.report(error, `realtime request ${event} failed`);
    return { ok: false, error: { code: apiError.code, message: apiError.message } };
  };
  session.socket.on(event, (...args: unknown[]) => {
    const last = args.at(-1);
    const ack = typeof last === 'function' ? (last as (reply: Ack) => void) : null;
    const payload: unknown = ack === null || args.length > 1 ? args[0] : undefined;
    void answer(payload).then((reply) => {
      if (ack !== null) ack(reply);
      else if (!reply.ok) session.send('request.failed', { event, error: reply.error });
    });
  });

  /**
   * The request's reply, always through a promise (a reply never goes out before the handler's
   * turn ends). Not an async function: an asynchronous handler's result gets one continuation,
   * not an async frame around it (issue 16: this is every send's path).
   */
  function answer(payload: unknown): Promise<Ack<R>> {
    const done = session.pending.start();
    try {
      if (done === null)
        throw new ApiError('OVERLOADED', 'Too many of your requests are still running; wait for them.');
      const caller = authorise(context, session, spec.audience);
      if (!spec.schema.Check(payload)) {
        throw new ApiError('VALIDATION_FAILED', validationMessage(spec.schema, payload));
      }
      const result = handle(payload, caller);
      if (!(result instanceof Promise)) {
        done();
        return Promise.resolve({ ok: true, ...result });
      }
      return result.then(
        (value): Ack<R> => {
          done();
          return { ok: true, ...value };
        },
        (error: unknown) => {
          done();
          return failure(error);
        },
      );
    } catch (error) {
      done?.();
      return Promise.resolve(failure(error));
    }
  }
}
