/**
 * The tenant's enrichment hook (issue 18; docs/routing.md, "Enrichment hook"): admins read and
 * save it — its URL checked against the operator's outbound policy, its secret never shown back —
 * and send a test call that answers with what the hook said or why it failed. Saving is a
 * `ConfigureTenant` command like every setting, so it is audited (the secret redacted).
 */
import { Type } from '@sinclair/typebox';
import {
  enrichmentHookDefaults,
  enrichmentHookLimits,
  type EnrichmentHookSettings,
} from '../../../domain/enrichment-hook.js';
import { externalIdOf } from '../../../services/enrichment/enrich-open.js';
import type { HookCall } from '../../../services/enrichment/enrichment-hooks.js';
import { checkOutboundUrl } from '../../../services/outbound/outbound-policy.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';

const limits = enrichmentHookLimits;
const closed = { additionalProperties: false } as const;

const HookBody = Type.Object(
  {
    enabled: Type.Boolean(),
    url: Type.String({ minLength: 1, maxLength: limits.urlLength }),
    /** Required the first time; left out, the saved secret is kept. */
    secret: Type.Optional(Type.String({ minLength: limits.secretMin, maxLength: limits.secretMax })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: limits.timeoutMsMin, maximum: limits.timeoutMsMax })),
    cacheSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: limits.cacheSecondsMax })),
  },
  closed,
);

const HookView = Type.Object({
  /** False until an admin first saves the hook. */
  configured: Type.Boolean(),
  enabled: Type.Boolean(),
  url: Type.Union([Type.String(), Type.Null()]),
  /** Whether a secret is saved; the secret itself is never shown back. */
  secretSet: Type.Boolean(),
  timeoutMs: Type.Integer(),
  cacheSeconds: Type.Integer(),
});

const TestBody = Type.Object(
  {
    /** The customer the test call asks about (default `test-customer`). */
    customerId: Type.Optional(Id),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  closed,
);

const TestResult = Type.Object({
  outcome: Type.Union(
    ['answered', 'timeout', 'error', 'invalid', 'refused', 'skipped'].map((outcome) => Type.Literal(outcome)),
  ),
  status: Type.Union([Type.Integer(), Type.Null()]),
  latencyMs: Type.Integer(),
  problem: Type.Union([Type.String(), Type.Null()]),
  facts: Type.Union([
    Type.Object({
      attributes: Type.Record(Type.String(), Type.String()),
      labels: Type.Array(Type.String()),
      vipLevel: Type.Union([Type.Integer(), Type.Null()]),
    }),
    Type.Null(),
  ]),
});

const hookView = (hook: EnrichmentHookSettings | undefined) => ({
  configured: hook !== undefined,
  enabled: hook?.enabled ?? false,
  url: hook?.url ?? null,
  secretSet: hook !== undefined,
  timeoutMs: hook?.timeoutMs ?? enrichmentHookDefaults.timeoutMs,
  cacheSeconds: hook?.cacheSeconds ?? enrichmentHookDefaults.cacheSeconds,
});

const testResult = (call: HookCall) => ({
  outcome: call.outcome,
  status: call.status,
  latencyMs: call.latencyMs,
  problem: call.problem,
  facts:
    call.facts === null
      ? null
      : {
          attributes: { ...call.facts.attributes },
          labels: [...(call.facts.customer.labels ?? [])],
          vipLevel: call.facts.customer.vipLevel ?? null,
        },
});

export function enrichmentHookRoutes(app: App, context: HttpContext): void {
  const tags = ['routing'];

  app.get('/api/v1/enrichment-hook', { schema: { tags, response: { 200: HookView, ...commonErrors } } }, (request) =>
    hookView(actorOf(context, requireStaff(request, 'admin')).view.settings.enrichmentHook),
  );

  app.put(
    '/api/v1/enrichment-hook',
    {
      schema: {
        tags,
        description:
          'Saves the enrichment hook asked before routing. The URL must pass the outbound policy ' +
          '(OUTBOUND_URL_REFUSED); `secret` is required the first time and kept when left out.',
        body: HookBody,
        response: { 200: HookView, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const body = request.body;
      const check = checkOutboundUrl(body.url, context.outbound);
      if (!check.ok) throw new ApiError('OUTBOUND_URL_REFUSED', `${check.reason}: ${check.message}`);
      const before = actor.view.settings.enrichmentHook;
      const secret = body.secret ?? before?.secret;
      if (secret === undefined) throw new ApiError('VALIDATION_FAILED', 'secret is required the first time');
      const hook: EnrichmentHookSettings = {
        enabled: body.enabled,
        url: body.url,
        secret,
        timeoutMs: body.timeoutMs ?? before?.timeoutMs ?? enrichmentHookDefaults.timeoutMs,
        cacheSeconds: body.cacheSeconds ?? before?.cacheSeconds ?? enrichmentHookDefaults.cacheSeconds,
      };
      await run(actor, { type: 'ConfigureTenant', settings: { enrichmentHook: hook } });
      return hookView(actor.view.settings.enrichmentHook);
    },
  );

  app.post(
    '/api/v1/enrichment-hook/test',
    {
      schema: {
        tags,
        description:
          'Sends one signed request to the saved hook (enabled or not, never cached) and answers with the ' +
          'facts it gave or why it gave none.',
        body: TestBody,
        response: { 200: TestResult, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const { settings, customers } = actorOf(context, principal).view;
      const hook = settings.enrichmentHook;
      if (hook === undefined) throw new ApiError('ENRICHMENT_HOOK_NOT_SET');
      const customerId = request.body.customerId ?? 'test-customer';
      const customer = customers.get(customerId);
      const call = await context.enrichment.test(principal.tenantId, hook, {
        customerId,
        externalId: externalIdOf(customerId),
        language: customer?.language ?? null,
        profileAttributes: customer?.attributes ?? {},
        channel: 'web',
        source: request.body.source ?? 'test',
        attributes: {},
      });
      return testResult(call);
    },
  );
}
