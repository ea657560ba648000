/**
 * Customer profiles (DESIGN.md §1, §3.3): VIP level, language, labels, dedicated agent, contact and
 * custom attributes, which routing rules and preferred-agent routing read. Staff read them (the
 * agent's customer panel); supervisors, admins and the tenant's backend (API key) write them.
 * Customers never see their own profile: its labels are the tenant's notes about them. The same
 * profiles by the tenant's own ids: routes/customers-by-external-id.ts.
 */
import { Type } from '@sinclair/typebox';
import { CustomerView } from '../admin-views.js';
import { CustomerBody } from '../config-schemas.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';
import { customerBody, profileFromBody } from './customer-body.js';
import { customersByExternalIdRoutes } from './customers-by-external-id.js';

const CustomerParams = Type.Object({ customerId: Id });

export function customerRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/customers/:customerId',
    { schema: { tags: ['customers'], params: CustomerParams, response: { 200: CustomerView, ...commonErrors } } },
    async (request) => {
      const principal = requireStaff(request);
      const row = await context.registry.store.customer(principal.tenantId, request.params.customerId);
      if (row === null) throw new ApiError('CUSTOMER_NOT_FOUND');
      return customerBody(row);
    },
  );

  app.put(
    '/api/v1/customers/:customerId',
    {
      schema: {
        tags: ['customers'],
        description:
          'Creates or replaces a customer profile; fields left out take their defaults. Whether the customer is ' +
          'verified comes from how they signed in, not from this body.',
        params: CustomerParams,
        body: CustomerBody,
        response: { 200: CustomerView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'supervisor');
      const actor = actorOf(context, principal);
      const { customerId } = request.params;
      const verified = actor.view.customers.get(customerId)?.verified ?? customerId.startsWith('u:');
      await run(actor, { type: 'SaveCustomer', customer: profileFromBody(customerId, verified, request.body) });
      const row = await context.registry.store.customer(principal.tenantId, customerId);
      if (row === null) throw new ApiError('CUSTOMER_NOT_FOUND');
      return customerBody(row);
    },
  );

  customersByExternalIdRoutes(app, context);
}
