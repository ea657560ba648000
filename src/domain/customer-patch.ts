/**
 * Customer profiles written by the tenant's back-end (issue 18): the checks every saved profile
 * passes (bounded contact and custom attributes) and the field-by-field update a PATCH asks for,
 * merged here, inside the tenant's actor, so two updates arriving together never lose each other's
 * fields.
 */
import {
  customerProfileLimits,
  newCustomer,
  profileOf,
  type CustomerContact,
  type CustomerProfile,
} from './customer.js';

/** A partial profile: given fields replace, absent ones stay; `null` clears a field or an attribute. */
export interface CustomerPatch {
  readonly name?: string | null;
  readonly vipLevel?: number;
  readonly language?: string | null;
  readonly labels?: readonly string[];
  readonly dedicatedAgentId?: string | null;
  /** Each contact field given replaces that field only. */
  readonly contact?: { readonly phone?: string | null; readonly email?: string | null };
  /** Merged key by key: a string sets the attribute, `null` removes it. */
  readonly attributes?: Readonly<Record<string, string | null>>;
}

/** The profile `patch` makes of `base` (a new customer's defaults when the customer is unknown). */
export function patchedProfile(base: CustomerProfile | undefined, id: string, patch: CustomerPatch): CustomerProfile {
  const before = base === undefined ? newCustomer(id) : profileOf(base);
  const contact = patch.contact === undefined ? before.contact : patchedContact(before.contact, patch.contact);
  const attributes =
    patch.attributes === undefined ? before.attributes : patchedAttributes(before.attributes, patch.attributes);
  return {
    id,
    verified: before.verified,
    name: patch.name === undefined ? before.name : patch.name,
    vipLevel: patch.vipLevel ?? before.vipLevel,
    language: patch.language === undefined ? before.language : patch.language,
    labels: patch.labels ?? before.labels,
    dedicatedAgentId: patch.dedicatedAgentId === undefined ? before.dedicatedAgentId : patch.dedicatedAgentId,
    ...(contact === undefined ? {} : { contact }),
    ...(attributes === undefined ? {} : { attributes }),
  };
}

function patchedContact(before: CustomerContact | undefined, patch: NonNullable<CustomerPatch['contact']>) {
  return {
    phone: patch.phone === undefined ? (before?.phone ?? null) : patch.phone,
    email: patch.email === undefined ? (before?.email ?? null) : patch.email,
  };
}

function patchedAttributes(
  before: Readonly<Record<string, string>> | undefined,
  patch: Readonly<Record<string, string | null>>,
): Readonly<Record<string, string>> {
  const merged = new Map(Object.entries(before ?? {}));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) merged.delete(key);
    else merged.set(key, value);
  }
  return Object.fromEntries(merged);
}

/** What is wrong with a profile about to be saved, or null when it is fine. */
export function checkCustomerProfile(customer: CustomerProfile): string | null {
  const limits = customerProfileLimits;
  if (customer.id.length === 0) return 'a customer needs an id';
  if (!Number.isInteger(customer.vipLevel) || customer.vipLevel < 0) return 'vipLevel must be an integer ≥ 0';
  const { contact, attributes } = customer;
  if (contact !== undefined) {
    if (!textWithin(contact.phone, limits.phoneLength)) return `phone must be at most ${limits.phoneLength} characters`;
    if (!textWithin(contact.email, limits.emailLength)) return `email must be at most ${limits.emailLength} characters`;
  }
  if (attributes === undefined) return null;
  const entries = Object.entries(attributes);
  if (entries.length > limits.attributes) return `at most ${limits.attributes} custom attributes`;
  for (const [key, value] of entries) {
    if (key.length === 0 || key.length > limits.attributeKeyLength)
      return `attribute names must be 1–${limits.attributeKeyLength} characters`;
    if (typeof value !== 'string' || value.length > limits.attributeValueLength)
      return `attribute "${key}" must be text of at most ${limits.attributeValueLength} characters`;
  }
  return null;
}

const textWithin = (text: string | null, max: number): boolean =>
  text === null || (typeof text === 'string' && text.length <= max);
