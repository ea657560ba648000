/**
 * Customer profiles by the tenant's own user id (issue 18; docs/http-api.md "Customer profiles"):
 * the shop's back-end keeps its customers current here without knowing Switchboard's ids. The
 * external id `E` names the customer `u:E` — the id a verified widget sign-in (HMAC of `E`) gives the
 * same person — so one profile serves both. PUT creates or replaces, PATCH creates or merges (fields
 * given replace, attributes merge key by key, `null` clears); supervisors, admins and API keys
 * write, every staff member reads.
 */
import { Type } from '@sinclair/typebox';
import { CustomerView } from '../admin-views.js';
import { CustomerBody, CustomerPatchBody } from '../config-schemas.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';
import { customerBody, customerIdOfExternal, profileFromBody } from './customer-body.js';

/** The same alphabet and length as a verified widget sign-in's `userId` (routes/auth.ts). */
const ExternalIdParams = Type.Object({ externalId: Id });

const tags = ['customers'];

export function customersByExternalIdRoutes(app: App, context: HttpContext): void {
  const answer = async (tenantId: string, customerId: string) => {
    const row = await context.registry.store.customer(tenantId, customerId);
    if (row === null) throw new ApiError('CUSTOMER_NOT_FOUND');
    return customerBody(row);
  };

  app.get(
    '/api/v1/customers/by-external-id/:externalId',
    {
      schema: {
        tags,
        description: 'The profile of the customer the tenant knows as `externalId` (customer id `u:<externalId>`).',
        params: ExternalIdParams,
        response: { 200: CustomerView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      return answer(principal.tenantId, customerIdOfExternal(request.params.externalId));
    },
  );

  app.put(
    '/api/v1/customers/by-external-id/:externalId',
    {
      schema: {
        tags,
        description:
          'Creates or replaces the profile of the customer the tenant knows as `externalId`; fields left out take ' +
          'their defaults. A new customer is verified: the same person signs in to the widget with this id.',
        params: ExternalIdParams,
        body: CustomerBody,
        response: { 200: CustomerView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'supervisor');
      const actor = actorOf(context, principal);
      const customerId = customerIdOfExternal(request.params.externalId);
      const verified = actor.view.customers.get(customerId)?.verified ?? true;
      await run(actor, { type: 'SaveCustomer', customer: profileFromBody(customerId, verified, request.body) });
      return answer(principal.tenantId, customerId);
    },
  );

  app.patch(
    '/api/v1/customers/by-external-id/:externalId',
    {
      schema: {
        tags,
        description:
          'Creates or updates the profile of the customer the tenant knows as `externalId`: fields given replace ' +
          'those stored, fields left out stay, `attributes` merge key by key (`null` removes one) and `contact` ' +
          'field by field.',
        params: ExternalIdParams,
        body: CustomerPatchBody,
        response: { 200: CustomerView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'supervisor');
      const actor = actorOf(context, principal);
      const customerId = customerIdOfExternal(request.params.externalId);
      await run(actor, { type: 'UpdateCustomer', customerId, verifiedIfNew: true, patch: request.body });
      return answer(principal.tenantId, customerId);
    },
  );
}
