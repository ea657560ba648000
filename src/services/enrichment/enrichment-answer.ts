/**
 * The enrichment hook's request and answer (docs/routing.md, "Enrichment hook"). The answer comes
 * from another system over the network, so it is checked against a closed TypeBox schema with
 * bounds before anything reads it; an answer that does not pass is ignored as a whole (the
 * conversation is routed on the defaults) rather than half-applied.
 */
import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { enrichmentHookLimits, type CustomerFacts } from '../../domain/enrichment-hook.js';

/** What the server sends (the signed body). */
export interface EnrichmentRequest {
  readonly tenantId: string;
  readonly customer: {
    readonly id: string;
    /** The tenant's own user id, for verified customers (`u:<externalId>`). */
    readonly externalId?: string;
    readonly language: string | null;
    /** The profile's custom attributes. */
    readonly attributes: Readonly<Record<string, string>>;
  };
  readonly conversation: {
    readonly channel: string;
    /** The entry point (`source`), e.g. `app-order-page`. */
    readonly source: string;
    /** The entry point's attributes. */
    readonly attributes: Readonly<Record<string, string>>;
  };
  /** ISO 8601, the server's clock. */
  readonly requestedAt: string;
}

/** Facts per answer and their sizes: the same bounds as an entry point's attributes. */
export const answerLimits = { attributes: 32, keyLength: 64, valueLength: 256, bytes: 16 * 1024 } as const;

const Fact = Type.Union([Type.String({ maxLength: answerLimits.valueLength }), Type.Number(), Type.Boolean()]);

/** Unknown top-level fields are allowed (a back-end may answer with more); known ones must be right. */
export const EnrichmentAnswer = Type.Object({
  attributes: Type.Optional(
    Type.Record(Type.String({ minLength: 1, maxLength: answerLimits.keyLength }), Fact, {
      maxProperties: answerLimits.attributes,
    }),
  ),
  labels: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: enrichmentHookLimits.labelLength }), {
      maxItems: enrichmentHookLimits.labels,
    }),
  ),
  vipLevel: Type.Optional(Type.Integer({ minimum: 0, maximum: enrichmentHookLimits.vipLevelMax })),
});
export type EnrichmentAnswerType = Static<typeof EnrichmentAnswer>;

const check = TypeCompiler.Compile(EnrichmentAnswer);

/** What routing takes from an answer: facts as text (numbers in plain decimal), labels, VIP level. */
export interface EnrichmentFacts {
  readonly attributes: Readonly<Record<string, string>>;
  readonly customer: CustomerFacts;
}

export type ParsedAnswer =
  { readonly ok: true; readonly facts: EnrichmentFacts } | { readonly ok: false; readonly problem: string };

/** Parses an answer body; never throws. */
export function parseEnrichmentAnswer(body: string): ParsedAnswer {
  if (Buffer.byteLength(body) > answerLimits.bytes)
    return { ok: false, problem: `more than ${answerLimits.bytes} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (!check.Check(value)) {
    const first = check.Errors(value).First();
    return { ok: false, problem: first === undefined ? 'not an answer' : `${first.path || '/'}: ${first.message}` };
  }
  const attributes: Record<string, string> = {};
  for (const [key, fact] of Object.entries(value.attributes ?? {})) {
    const text = typeof fact === 'string' ? fact : String(fact);
    if (text.length <= answerLimits.valueLength) attributes[key] = text;
  }
  return {
    ok: true,
    facts: {
      attributes,
      customer: {
        ...(value.labels === undefined ? {} : { labels: [...new Set(value.labels)] }),
        ...(value.vipLevel === undefined ? {} : { vipLevel: value.vipLevel }),
      },
    },
  };
}
