/**
 * Liveness, readiness and Prometheus metrics (DESIGN.md §8 Observability). With a metrics token
 * configured, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`; without one it is
 * open and carries no tenant or group ids (docs/security.md).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { readiness } from '../../../services/readiness.js';
import { carriesToken, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import type { App } from './app-type.js';

const Dependency = Type.Union([Type.Literal('ok'), Type.Literal('down'), Type.Literal('not-used')]);

const Readiness = Type.Object(
  {
    status: Type.Union([Type.Literal('ready'), Type.Literal('unavailable')]),
    nodeId: Type.Union([Type.String(), Type.Null()], { description: 'this node in a cluster; null for one process' }),
    mode: Type.Union([Type.Literal('single'), Type.Literal('cluster')]),
    postgres: Dependency,
    redis: Dependency,
    tenants: Type.Integer({ description: 'tenants this node serves (in a cluster: holds a replica of)' }),
    tenantsOwned: Type.Integer({ description: 'tenants whose commands this node executes' }),
  },
  {
    description:
      'Ready unless the store cannot be reached: then 503 with the same fields and ' +
      '`error.code` STORE_UNAVAILABLE. Redis down leaves a cluster node ready: it keeps serving the tenants it ' +
      'owns (docs/cluster.md, "Failures").',
  },
);

export function healthRoutes(app: App, context: HttpContext): void {
  app.get('/healthz', { schema: { tags: ['health'], security: [] } }, () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { tags: ['health'], security: [], response: { 200: Readiness } } },
    async (_request, reply) => {
      const ready = await readiness(context.registry);
      if (ready.status === 'ready') return ready;
      const { code, message } = new ApiError('STORE_UNAVAILABLE');
      // Not a shared error response (those carry only `error`): the operator also wants the fields.
      const untyped: FastifyReply = reply;
      return untyped.status(503).send({ ...ready, error: { code, message } });
    },
  );
  app.get('/metrics', { schema: { tags: ['health'], security: [], hide: true } }, async (request, reply) => {
    if (context.metricsToken !== undefined && !carriesToken(request, context.metricsToken)) {
      throw new ApiError('UNAUTHENTICATED', 'The metrics need `Authorization: Bearer <METRICS_TOKEN>`.');
    }
    const metrics = context.metrics;
    return reply.type(metrics.contentType).send(await metrics.render());
  });
}
