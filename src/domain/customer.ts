/** Customers (DESIGN.md §1) and the memory routing keeps of them (§3.3). */

/** How to reach a customer outside the chat, as the tenant's back-end knows it. */
export interface CustomerContact {
  readonly phone: string | null;
  readonly email: string | null;
}

/**
 * Bounds on what a profile carries (the tenant's back-end writes it; every routing decision for the
 * customer reads its attributes): keys and values are short texts, and there are few of them.
 */
export const customerProfileLimits = {
  attributes: 50,
  attributeKeyLength: 64,
  attributeValueLength: 512,
  phoneLength: 32,
  emailLength: 254,
} as const;

export interface CustomerProfile {
  readonly id: string;
  /** Verified customers carry the tenant's user id; anonymous ones a browser id. */
  readonly verified: boolean;
  readonly name: string | null;
  readonly vipLevel: number;
  readonly language: string | null;
  readonly labels: readonly string[];
  readonly dedicatedAgentId: string | null;
  /** Absent in profiles saved before contacts existed (their events replay unchanged). */
  readonly contact?: CustomerContact;
  /**
   * Custom attributes from the tenant's back-end (`tier: "gold"`, `lastOrderAmount: "5999"`):
   * routing-rule conditions read them under the entry point's attributes (routing-rules.ts).
   * Absent in profiles saved before attributes existed.
   */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface Customer extends CustomerProfile {
  lastAgent: { agentId: string; at: number } | null;
  /** Latest rating this customer gave each agent (1–5); replaced, never mutated, when one is added. */
  ratings: ReadonlyMap<string, number>;
}

/** The ratings of a customer who has rated nobody (shared: most customers never rate). */
export const noRatings: ReadonlyMap<string, number> = new Map();

/**
 * The stored profile of a customer, without what routing remembers of them (events carry profiles).
 * Contact and attributes appear only when the customer has them, so most events stay as they were.
 */
export function profileOf(customer: CustomerProfile): CustomerProfile {
  const profile: { -readonly [K in keyof CustomerProfile]: CustomerProfile[K] } = {
    id: customer.id,
    verified: customer.verified,
    name: customer.name,
    vipLevel: customer.vipLevel,
    language: customer.language,
    labels: customer.labels,
    dedicatedAgentId: customer.dedicatedAgentId,
  };
  // Assigned, not spread from a conditional literal: this runs for every new customer.
  if (customer.contact !== undefined) profile.contact = customer.contact;
  if (customer.attributes !== undefined) profile.attributes = customer.attributes;
  return profile;
}

/**
 * A customer as the state keeps it, built field by field: every customer then shares one object
 * shape, so the routing code that reads them stays monomorphic (a spread, `{ ...profile, … }`,
 * gives each copy a shape of its own).
 */
export const customerRecord = (
  profile: CustomerProfile,
  lastAgent: Customer['lastAgent'],
  ratings: ReadonlyMap<string, number>,
): Customer => ({
  id: profile.id,
  verified: profile.verified,
  name: profile.name,
  vipLevel: profile.vipLevel,
  language: profile.language,
  labels: profile.labels,
  dedicatedAgentId: profile.dedicatedAgentId,
  contact: profile.contact,
  attributes: profile.attributes,
  lastAgent,
  ratings,
});

/** A customer not seen before: anonymous unless the tenant named them (`verified`, their own id). */
export const newCustomer = (id: string, verified = false): CustomerProfile => ({
  id,
  verified,
  name: null,
  vipLevel: 0,
  language: null,
  labels: [],
  dedicatedAgentId: null,
});

const EXTERNAL_PREFIX = 'u:';

/** The customer id of the tenant's user `externalId` (verified customers and profiles by external id). */
export const customerIdOfExternal = (externalId: string): string => `${EXTERNAL_PREFIX}${externalId}`;

/** The tenant's own id of a `u:` customer, or null for anonymous visitors and other ids. */
export const externalIdOf = (customerId: string): string | null =>
  customerId.startsWith(EXTERNAL_PREFIX) ? customerId.slice(EXTERNAL_PREFIX.length) : null;
