/**
 * The enrichment hook's settings (issue 18; docs/routing.md, "Enrichment hook"): before a new
 * conversation is routed, the server asks the tenant's back-end for the customer's current order
 * and ticket facts and profile labels. The call itself happens outside the domain (the server's
 * services); the domain keeps what an admin configured — audited like every setting — and applies
 * the facts the command carries (`OpenConversation.customerFacts`, `attributes`).
 */
import type { CustomerProfile } from './customer.js';

export interface EnrichmentHookSettings {
  readonly enabled: boolean;
  /** Where the server POSTs; checked against the operator's outbound policy by the transport. */
  readonly url: string;
  /** HMAC key of the `Switchboard-Signature` header; never shown back after saving. */
  readonly secret: string;
  /** How long a new conversation waits for the answer before it is routed on the defaults. */
  readonly timeoutMs: number;
  /** How long an answer is reused for the same customer; 0 asks every time. */
  readonly cacheSeconds: number;
}

export const enrichmentHookLimits = {
  urlLength: 2048,
  secretMin: 16,
  secretMax: 256,
  timeoutMsMin: 50,
  timeoutMsMax: 2000,
  cacheSecondsMax: 3600,
  /** Labels and their length in one answer. */
  labels: 20,
  labelLength: 64,
  /** Highest VIP level an answer may give. */
  vipLevelMax: 100,
} as const;

export const enrichmentHookDefaults = { timeoutMs: 300, cacheSeconds: 60 } as const;

/** What the hook said about the customer themselves, for this routing decision only. */
export interface CustomerFacts {
  /** Added to the profile's labels. */
  readonly labels?: readonly string[];
  /** Replaces the profile's VIP level. */
  readonly vipLevel?: number;
}

/** What is wrong with hook settings, or null when they are fine. */
export function checkEnrichmentHook(hook: EnrichmentHookSettings): string | null {
  const limits = enrichmentHookLimits;
  if (typeof hook.enabled !== 'boolean') return 'enrichmentHook.enabled must be true or false';
  if (typeof hook.url !== 'string' || hook.url.length === 0 || hook.url.length > limits.urlLength)
    return `enrichmentHook.url must be 1–${limits.urlLength} characters`;
  if (typeof hook.secret !== 'string' || hook.secret.length < limits.secretMin || hook.secret.length > limits.secretMax)
    return `enrichmentHook.secret must be ${limits.secretMin}–${limits.secretMax} characters`;
  if (!Number.isInteger(hook.timeoutMs) || hook.timeoutMs < limits.timeoutMsMin || hook.timeoutMs > limits.timeoutMsMax)
    return `enrichmentHook.timeoutMs must be an integer ${limits.timeoutMsMin}–${limits.timeoutMsMax}`;
  if (!Number.isInteger(hook.cacheSeconds) || hook.cacheSeconds < 0 || hook.cacheSeconds > limits.cacheSecondsMax)
    return `enrichmentHook.cacheSeconds must be an integer 0–${limits.cacheSecondsMax}`;
  return null;
}

/** What is wrong with the customer facts a command carries, or null. */
export function checkCustomerFacts(facts: CustomerFacts): string | null {
  const limits = enrichmentHookLimits;
  const { labels, vipLevel } = facts;
  if (labels !== undefined) {
    if (!Array.isArray(labels) || labels.length > limits.labels) return `at most ${limits.labels} labels`;
    if (labels.some((label) => typeof label !== 'string' || label.length === 0 || label.length > limits.labelLength))
      return `labels must be 1–${limits.labelLength} characters`;
  }
  if (vipLevel !== undefined && !(Number.isInteger(vipLevel) && vipLevel >= 0 && vipLevel <= limits.vipLevelMax))
    return `vipLevel must be an integer 0–${limits.vipLevelMax}`;
  return null;
}

/**
 * The customer as routing sees them with the hook's facts: its labels added to the profile's, its
 * VIP level in place of the profile's. The profile itself is not changed (the back-end keeps it
 * through the customer API); the same object when there is nothing to add.
 */
export function withCustomerFacts<C extends CustomerProfile>(customer: C, facts: CustomerFacts | undefined): C {
  if (facts === undefined || (facts.labels === undefined && facts.vipLevel === undefined)) return customer;
  const added = (facts.labels ?? []).filter((label) => !customer.labels.includes(label));
  return {
    ...customer,
    labels: added.length === 0 ? customer.labels : [...customer.labels, ...added],
    vipLevel: facts.vipLevel ?? customer.vipLevel,
  };
}
