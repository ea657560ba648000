/**
 * The simulator's scenario: who works (agents with memberships, abilities and capacity), how the
 * skill groups route (strategy, parameters, overflow), who arrives (a customer mix with shares,
 * priorities, languages, VIP levels and patience, at hourly rates) and how long work takes
 * (handling-time distributions per group, transfer probabilities between groups).
 *
 * One TypeBox schema describes it for the CLI's `--scenario` file, the HTTP API and OpenAPI;
 * `validateScenario` (validate-scenario.ts) adds the checks a schema cannot express (references,
 * shares, ordering). Durations are simulated seconds.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { strategyNames } from '../domain/skill-group.js';

const closed = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });
const Seconds = (options: { minimum?: number; exclusiveMinimum?: number } = { minimum: 0 }) =>
  Type.Number({ ...options, maximum: 315_360_000 });
const literals = <const T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));
const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A duration distribution, in seconds. */
export const DistributionSchema = Type.Union([
  Type.Object({ kind: Type.Literal('exponential'), mean: Seconds({ exclusiveMinimum: 0 }) }, closed),
  Type.Object({ kind: Type.Literal('deterministic'), value: Seconds() }, closed),
  Type.Object({ kind: Type.Literal('uniform'), min: Seconds(), max: Seconds() }, closed),
  Type.Object(
    {
      kind: Type.Literal('lognormal'),
      mean: Seconds({ exclusiveMinimum: 0 }),
      cv: Type.Number({ exclusiveMinimum: 0, maximum: 10, description: 'coefficient of variation' }),
    },
    closed,
  ),
]);
export type Distribution = Static<typeof DistributionSchema>;

export const SimGroupSchema = Type.Object(
  {
    id: Id,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    strategy: Type.Optional(literals(strategyNames)),
    /** weighted-wait's K (seconds) and m; the group's defaults when absent. */
    params: Type.Optional(
      Type.Object(
        { k: Type.Number({ minimum: 0, maximum: 1e6 }), m: Type.Number({ minimum: 0, maximum: 100 }) },
        closed,
      ),
    ),
    overflow: Type.Optional(
      Type.Array(Type.Object({ afterSeconds: Seconds({ exclusiveMinimum: 0 }), groupId: Id }, closed), {
        maxItems: 10,
      }),
    ),
    /** Handling time of one conversation in this group (its first segment, or after a transfer in). */
    handleSeconds: DistributionSchema,
    /**
     * How much an agent's ability in the group speeds them up: the handling time is multiplied by
     * 1 + abilityEffect × (5.5 − ability) / 4.5, so ability 10 works (1 − e) as long, ability 1 (1 + e).
     */
    abilityEffect: Type.Optional(Type.Number({ minimum: 0, maximum: 0.9 })),
    /** At the end of a segment in this group, the chance the agent transfers to another group. */
    transfers: Type.Optional(
      Type.Array(Type.Object({ groupId: Id, probability: Type.Number({ minimum: 0, maximum: 1 }) }, closed), {
        maxItems: 20,
      }),
    ),
  },
  closed,
);
export type SimGroup = Static<typeof SimGroupSchema>;

export const SimAgentsSchema = Type.Object(
  {
    /** Agents are named `<idPrefix>-1` … `<idPrefix>-<count>`. */
    idPrefix: Id,
    count: Type.Integer({ minimum: 1, maximum: 10_000 }),
    maxConcurrent: Type.Integer({ minimum: 1, maximum: 100 }),
    memberships: Type.Array(
      Type.Object(
        {
          groupId: Id,
          ability: Type.Integer({ minimum: 1, maximum: 10 }),
          tier: Type.Optional(literals(['primary', 'secondary', 'general'] as const)),
        },
        closed,
      ),
      { minItems: 1, maxItems: 50 },
    ),
    languages: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 16 }), { maxItems: 10 })),
  },
  closed,
);
export type SimAgents = Static<typeof SimAgentsSchema>;

export const SimSegmentSchema = Type.Object(
  {
    id: Id,
    /** Relative weight of this segment among arrivals. */
    share: Type.Number({ exclusiveMinimum: 0, maximum: 1e6 }),
    /** The group its conversations are classified into (what the tenant's rules would decide). */
    groupId: Id,
    priority: Type.Optional(Type.Integer({ minimum: -1000, maximum: 1000 })),
    language: Type.Optional(OrNull(Type.String({ minLength: 2, maxLength: 16 }))),
    vipLevel: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    /** How long these customers wait before leaving; null or absent = they never leave. */
    patienceSeconds: Type.Optional(OrNull(DistributionSchema)),
  },
  closed,
);
export type SimSegment = Static<typeof SimSegmentSchema>;

export const ScenarioSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4_294_967_295 })),
    /** Arrivals stop at this simulated instant; the run ends once every counted arrival is answered or gone. */
    durationSeconds: Seconds({ exclusiveMinimum: 0 }),
    /** Arrivals before this are not counted, nor is agent time before it. */
    warmupSeconds: Type.Optional(Seconds()),
    /** Service-level threshold T: answered within T seconds. */
    serviceLevelSeconds: Type.Optional(Seconds({ exclusiveMinimum: 0 })),
    /** Arrivals per second, constant, or per hour of the simulated day (24 values, arrivals per hour). */
    arrivals: Type.Union([
      Type.Object({ ratePerSecond: Type.Number({ exclusiveMinimum: 0, maximum: 10_000 }) }, closed),
      Type.Object(
        { perHour: Type.Array(Type.Number({ minimum: 0, maximum: 36_000_000 }), { minItems: 24, maxItems: 24 }) },
        closed,
      ),
    ]),
    /** How long a group transfer waits for a free member before it returns to the group's queue. */
    transferTimeoutSeconds: Type.Optional(Seconds({ exclusiveMinimum: 0 })),
    groups: Type.Array(SimGroupSchema, { minItems: 1, maxItems: 200 }),
    agents: Type.Array(SimAgentsSchema, { minItems: 1, maxItems: 500 }),
    customers: Type.Array(SimSegmentSchema, { minItems: 1, maxItems: 100 }),
  },
  closed,
);
export type Scenario = Static<typeof ScenarioSchema>;

/** Defaults of the optional top-level fields. */
export const scenarioDefaults = {
  seed: 1,
  warmupSeconds: 0,
  serviceLevelSeconds: 20,
  transferTimeoutSeconds: 30,
} as const;
