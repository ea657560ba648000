/**
 * The enrichment hook's calls (issue 18; docs/routing.md, "Enrichment hook"): before a new
 * conversation's command is queued on its tenant's actor, the server asks the tenant's back-end for
 * the customer's facts. Everything here happens outside the actor: a slow or dead hook delays only
 * the one conversation being opened, by at most the tenant's timeout, and never the routing of
 * anything else.
 *
 * - One call per (tenant, URL, customer) at a time: opens of the same customer while a call is on
 *   its way share it; an answer is reused for the tenant's cache time (bounded LRU).
 * - Calls in flight are bounded, in all and per tenant; past a bound the conversation opens on the
 *   defaults at once (`skipped`) rather than queueing behind slow hooks.
 * - Failures never throw: timeout, network error, a non-2xx status, an answer that is not valid
 *   (`invalid`) or a URL the outbound policy refuses all give `null` facts — the defaults — and are
 *   counted and logged.
 */
import type { EnrichmentHookSettings } from '../../domain/enrichment-hook.js';
import type { Clock } from '../../engine/clock.js';
import type { EnrichmentMetrics } from '../metrics.js';
import type { OutboundPolicy } from '../outbound/outbound-policy.js';
import { postSignedJson } from '../outbound/post-json.js';
import { AnswerCache } from './answer-cache.js';
import {
  answerLimits,
  parseEnrichmentAnswer,
  type EnrichmentFacts,
  type EnrichmentRequest,
} from './enrichment-answer.js';

export type EnrichmentOutcome = 'answered' | 'timeout' | 'error' | 'invalid' | 'refused' | 'skipped';

/** One call's result, as the admin's test call shows it. */
export interface HookCall {
  readonly outcome: EnrichmentOutcome;
  /** The facts to route on, or null: the defaults. */
  readonly facts: EnrichmentFacts | null;
  /** The receiver's HTTP status, when it answered. */
  readonly status: number | null;
  readonly latencyMs: number;
  /** Why there are no facts (for the log and the admin), or null. */
  readonly problem: string | null;
}

export interface EnrichmentHooksOptions {
  readonly policy: OutboundPolicy;
  /** The server's clock: `requestedAt`, the signature's time, cache expiry. */
  readonly clock: Clock;
  readonly metrics: EnrichmentMetrics;
  /** Told of every call that gave no facts. */
  readonly onProblem?: (problem: { tenantId: string; outcome: EnrichmentOutcome; problem: string }) => void;
  /** Calls in flight at once, all tenants together (default 512). */
  readonly maxInFlight?: number;
  /** Calls in flight at once for one tenant (default 64). */
  readonly maxInFlightPerTenant?: number;
  /** Answers cached, all tenants together (default 10,000). */
  readonly cacheEntries?: number;
}

/** What the caller knows of the conversation about to open. */
export interface EnrichmentInput {
  readonly customerId: string;
  readonly externalId: string | null;
  readonly language: string | null;
  readonly profileAttributes: Readonly<Record<string, string>>;
  readonly channel: string;
  readonly source: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export class EnrichmentHooks {
  private readonly cache: AnswerCache<EnrichmentFacts>;
  private readonly inFlight = new Map<string, Promise<HookCall>>();
  private readonly perTenant = new Map<string, number>();
  private total = 0;

  constructor(private readonly options: EnrichmentHooksOptions) {
    this.cache = new AnswerCache(options.cacheEntries ?? 10_000, () => options.clock.now());
  }

  /**
   * The facts to open a conversation with, or null for the defaults (no hook, disabled, or it
   * gave none). Resolves within the hook's timeout; never rejects.
   */
  async factsFor(tenantId: string, hook: EnrichmentHookSettings | undefined, input: EnrichmentInput) {
    if (hook === undefined || !hook.enabled) return null;
    const key = `${tenantId}\n${hook.url}\n${input.customerId}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.options.metrics.reused('cache');
      return cached;
    }
    const pending = this.inFlight.get(key);
    if (pending !== undefined) {
      this.options.metrics.reused('in-flight');
      return (await pending).facts;
    }
    const call = this.call(tenantId, hook, input).then((result) => {
      this.inFlight.delete(key);
      if (result.facts !== null) this.cache.set(key, result.facts, hook.cacheSeconds * 1000);
      return result;
    });
    this.inFlight.set(key, call);
    return (await call).facts;
  }

  /** The admin's test call: always sent (enabled or not), never cached, with the whole outcome. */
  test(tenantId: string, hook: EnrichmentHookSettings, input: EnrichmentInput): Promise<HookCall> {
    return this.call(tenantId, hook, input);
  }

  private async call(tenantId: string, hook: EnrichmentHookSettings, input: EnrichmentInput): Promise<HookCall> {
    const busy = this.total >= (this.options.maxInFlight ?? 512);
    const tenantCalls = this.perTenant.get(tenantId) ?? 0;
    if (busy || tenantCalls >= (this.options.maxInFlightPerTenant ?? 64)) {
      return this.failed(tenantId, { outcome: 'skipped', problem: 'too many calls in flight', latencyMs: 0 });
    }
    this.total += 1;
    this.perTenant.set(tenantId, tenantCalls + 1);
    try {
      return await this.send(tenantId, hook, input);
    } finally {
      this.total -= 1;
      const left = (this.perTenant.get(tenantId) ?? 1) - 1;
      if (left === 0) this.perTenant.delete(tenantId);
      else this.perTenant.set(tenantId, left);
    }
  }

  private async send(tenantId: string, hook: EnrichmentHookSettings, input: EnrichmentInput): Promise<HookCall> {
    const now = this.options.clock.now();
    const request: EnrichmentRequest = {
      tenantId,
      customer: {
        id: input.customerId,
        ...(input.externalId === null ? {} : { externalId: input.externalId }),
        language: input.language,
        attributes: input.profileAttributes,
      },
      conversation: { channel: input.channel, source: input.source, attributes: input.attributes },
      requestedAt: new Date(now).toISOString(),
    };
    const outcome = await postSignedJson(
      {
        url: hook.url,
        body: JSON.stringify(request),
        secret: hook.secret,
        timestamp: Math.floor(now / 1000),
        timeoutMs: hook.timeoutMs,
        // One byte more than an answer may have, so a longer one is seen as too long, not cut.
        maxResponseBytes: answerLimits.bytes + 1,
      },
      this.options.policy,
    );
    if (outcome.kind === 'failed') {
      const kind = outcome.reason === 'network' ? 'error' : outcome.reason;
      return this.failed(tenantId, { outcome: kind, problem: outcome.error, latencyMs: outcome.latencyMs });
    }
    const { status, latencyMs } = outcome;
    if (status < 200 || status > 299) {
      return this.failed(tenantId, { outcome: 'error', problem: `answered HTTP ${status}`, latencyMs, status });
    }
    const parsed = parseEnrichmentAnswer(outcome.body);
    if (!parsed.ok) {
      return this.failed(tenantId, { outcome: 'invalid', problem: parsed.problem, latencyMs, status });
    }
    this.options.metrics.call('answered', latencyMs);
    return { outcome: 'answered', facts: parsed.facts, status, latencyMs, problem: null };
  }

  private failed(
    tenantId: string,
    failure: {
      readonly outcome: EnrichmentOutcome;
      readonly problem: string;
      readonly latencyMs: number;
      readonly status?: number;
    },
  ): HookCall {
    const sent = failure.outcome !== 'refused' && failure.outcome !== 'skipped';
    this.options.metrics.call(failure.outcome, sent ? failure.latencyMs : null);
    this.options.onProblem?.({ tenantId, outcome: failure.outcome, problem: failure.problem });
    return {
      outcome: failure.outcome,
      facts: null,
      status: failure.status ?? null,
      latencyMs: failure.latencyMs,
      problem: failure.problem,
    };
  }
}
