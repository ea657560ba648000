/**
 * Customer profiles between HTTP and the domain (routes/customers.ts, routes/customers-by-external-id.ts):
 * the answer body from the read model's row, the whole profile a PUT body makes, and how a tenant's
 * external id names a customer — `u:<externalId>`, the id a verified widget sign-in gives the same
 * person, so what the back-end writes is what the agent sees when that customer chats.
 */
import type { Static } from '@sinclair/typebox';
import type { CustomerProfile } from '../../../domain/customer.js';
import type { CustomerView as CustomerRow } from '../../../store/read-model.js';
import type { CustomerBody } from '../config-schemas.js';
import { isoOrNull } from '../schemas.js';
import { customerIdOfExternal, externalIdOf } from '../../../domain/customer.js';

export { customerIdOfExternal, externalIdOf };

export const customerBody = (row: CustomerRow) => ({
  customerId: row.customerId,
  name: row.name,
  verified: row.verified,
  vipLevel: row.vipLevel,
  language: row.language,
  labels: [...row.labels],
  dedicatedAgentId: row.dedicatedAgentId,
  externalId: externalIdOf(row.customerId),
  contact: { phone: row.contact.phone, email: row.contact.email },
  attributes: { ...row.attributes },
  lastAgentId: row.lastAgentId,
  lastServedAt: isoOrNull(row.lastServedAt),
});

/** The whole profile a PUT body describes: fields left out take their defaults (no contact, no attributes). */
export const profileFromBody = (
  customerId: string,
  verified: boolean,
  body: Static<typeof CustomerBody>,
): CustomerProfile => ({
  id: customerId,
  verified,
  name: body.name ?? null,
  vipLevel: body.vipLevel ?? 0,
  language: body.language ?? null,
  labels: body.labels ?? [],
  dedicatedAgentId: body.dedicatedAgentId ?? null,
  ...(body.contact === undefined
    ? {}
    : { contact: { phone: body.contact.phone ?? null, email: body.contact.email ?? null } }),
  ...(body.attributes === undefined ? {} : { attributes: body.attributes }),
});
