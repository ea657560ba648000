/** Customers (DESIGN.md §1) and the memory routing keeps of them (§3.3). */
export interface CustomerProfile {
  readonly id: string;
  /** Verified customers carry the tenant's user id; anonymous ones a browser id. */
  readonly verified: boolean;
  readonly name: string | null;
  readonly vipLevel: number;
  readonly language: string | null;
  readonly labels: readonly string[];
  readonly dedicatedAgentId: string | null;
}

export interface Customer extends CustomerProfile {
  lastAgent: { agentId: string; at: number } | null;
  /** Latest rating this customer gave each agent (1–5); replaced, never mutated, when one is added. */
  ratings: ReadonlyMap<string, number>;
}

/** The ratings of a customer who has rated nobody (shared: most customers never rate). */
export const noRatings: ReadonlyMap<string, number> = new Map();

/** The stored profile of a customer, without what routing remembers of them (events carry profiles). */
export const profileOf = (customer: CustomerProfile): CustomerProfile => ({
  id: customer.id,
  verified: customer.verified,
  name: customer.name,
  vipLevel: customer.vipLevel,
  language: customer.language,
  labels: customer.labels,
  dedicatedAgentId: customer.dedicatedAgentId,
});

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
  lastAgent,
  ratings,
});

export const newCustomer = (id: string): CustomerProfile => ({
  id,
  verified: false,
  name: null,
  vipLevel: 0,
  language: null,
  labels: [],
  dedicatedAgentId: null,
});
