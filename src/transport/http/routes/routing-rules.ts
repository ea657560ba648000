/**
 * Routing rules (DESIGN.md §3.1): the ordered list, first match wins. Supervisors and admins read
 * it; admins replace it whole, so its order is exactly what they sent.
 */
import { RoutingRules } from '../config-schemas.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { mutableCopy } from '../copy.js';
import { commonErrors } from '../schemas.js';
import type { App } from './app-type.js';

export function routingRuleRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/routing-rules',
    { schema: { tags: ['routing'], response: { 200: RoutingRules, ...commonErrors } } },
    (request) => ({ rules: mutableCopy(actorOf(context, requireStaff(request, 'supervisor')).view.rules) }),
  );

  app.put(
    '/api/v1/routing-rules',
    {
      schema: {
        tags: ['routing'],
        description: 'Replaces the whole ordered list; the first rule that matches a new conversation applies.',
        body: RoutingRules,
        response: { 200: RoutingRules, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      await run(actor, { type: 'SaveRoutingRules', rules: request.body.rules });
      return { rules: mutableCopy(actor.view.rules) };
    },
  );
}
