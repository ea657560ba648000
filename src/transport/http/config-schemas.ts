/**
 * Schemas of the configuration an admin writes (DESIGN.md §6): tenant settings with the transfer
 * templates, policies and weights, departments, skill groups with business hours and overflow,
 * agents with memberships and transfer permissions, routing rules, customer profiles. Shapes and
 * ranges are checked here; references and time zones are the domain's (INVALID_CONFIGURATION).
 * The same schemas describe what the API returns, so a GET body can be PUT back unchanged.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { attributeConditionLimits as factLimits, numericOps } from '../../domain/attribute-conditions.js';
import {
  MAX_QUICK_REPLY_SHORTCUT,
  MAX_QUICK_REPLY_TEXT,
  MAX_QUICK_REPLY_TITLE,
  MAX_TENANT_QUICK_REPLIES,
} from '../../domain/quick-reply.js';
import { attachmentTypes, MAX_ATTACHMENT_BYTES_SETTING } from '../../domain/attachment.js';
import { customerProfileLimits } from '../../domain/customer.js';
import { strategyNames } from '../../domain/skill-group.js';
import { MAX_WIDGET_MESSAGE } from '../../domain/widget-messages.js';
import { Id } from './schemas.js';

const closed = { additionalProperties: false } as const;
const literals = <const T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));
/** `schema` or null. */
export const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Name = Type.String({ minLength: 1, maxLength: 200 });
const Word = Type.String({ minLength: 1, maxLength: 100 });
const Words = (maxItems: number) => Type.Array(Word, { maxItems });
const Language = Type.String({ minLength: 2, maxLength: 16, pattern: '^[A-Za-z0-9-]+$' });
/** An IANA zone name; whether it exists is the domain's check. */
export const TimeZone = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$' });
const Clock = Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'local time HH:mm; 24:00 is midnight' });
const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date YYYY-MM-DD' });
const Seconds = Type.Number({ minimum: 0, maximum: 315_360_000 });
const Weekday = Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' });
const Priority = Type.Integer({ minimum: -1000, maximum: 1000 });
const Count = (minimum: number, maximum: number) => Type.Integer({ minimum, maximum });

export const AnyAll = Type.Object({ any: Type.Optional(Words(100)), all: Type.Optional(Words(100)) }, closed);

export const TransferTarget = Type.Union([
  Type.Object({ kind: Type.Literal('agent'), agentId: Id }, closed),
  Type.Object({ kind: Type.Literal('group'), groupId: Id }, closed),
]);

const TransferTemplate = Type.Object(
  {
    id: Id,
    name: Name,
    category: Type.String({ minLength: 1, maxLength: 64 }),
    fields: Type.Array(
      Type.Object({ key: Type.String({ minLength: 1, maxLength: 64 }), label: Name, required: Type.Boolean() }, closed),
      { maxItems: 20 },
    ),
  },
  closed,
);

const TransferRule = Type.Object(
  {
    id: Id,
    name: Name,
    enabled: Type.Boolean(),
    when: Type.Object({ keywords: Type.Optional(AnyAll), vipLevelAtLeast: Type.Optional(Count(0, 100)) }, closed),
    action: literals(['suggest', 'transfer']),
    target: TransferTarget,
    note: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  closed,
);

const transferProperties = {
  timeoutSeconds: Type.Number({ minimum: 1, maximum: 3600 }),
  onFailure: literals(['notify', 'forward', 'return-to-queue']),
  maxForwards: Count(0, 20),
  crossDepartment: literals(['allowed', 'supervisor-only', 'forbidden']),
  weights: Type.Object(
    {
      skill: Type.Number({ minimum: 0, maximum: 100 }),
      load: Type.Number({ minimum: 0, maximum: 100 }),
      experience: Type.Number({ minimum: 0, maximum: 100 }),
    },
    closed,
  ),
  experiencePrior: Type.Object(
    { score: Type.Number({ minimum: 0, maximum: 1 }), weight: Type.Number({ minimum: 0, maximum: 10_000 }) },
    closed,
  ),
  experienceWindow: Count(1, 10_000),
  recommendationCount: Count(1, 50),
  templates: Type.Array(TransferTemplate, { maxItems: 50 }),
  rules: Type.Array(TransferRule, { maxItems: 200 }),
};

/** Transfer templates, failure policy, cross-department policy and recommendation weights. */
export const TransferSettings = Type.Object(transferProperties, closed);

/** A quick reply (src/domain/quick-reply.ts): the tenant's library and each agent's personal one. */
export const QuickReply = Type.Object(
  {
    id: Id,
    title: Type.String({ minLength: 1, maxLength: MAX_QUICK_REPLY_TITLE }),
    text: Type.String({ minLength: 1, maxLength: MAX_QUICK_REPLY_TEXT }),
    /** Typed after `/` in the composer: any script, no spaces, slashes or braces. */
    shortcut: Type.Optional(
      Type.String({ minLength: 1, maxLength: MAX_QUICK_REPLY_SHORTCUT, pattern: '^[^\\s/{}]+$' }),
    ),
    /** `zh-CN`, `en-US`…; absent: any language. */
    language: Type.Optional(Language),
  },
  closed,
);

/**
 * The largest JSON body a full library needs: every text at its longest in 3-byte (Chinese) UTF-8,
 * with room for the other fields. The routes that save a library allow this much (more than the
 * server's usual body limit, which a full Chinese library would exceed).
 */
export const quickRepliesBodyLimit = (count: number): number =>
  count * (3 * (MAX_QUICK_REPLY_TEXT + MAX_QUICK_REPLY_TITLE + MAX_QUICK_REPLY_SHORTCUT) + 512) + 64 * 1024;

const WidgetText = Type.String({ minLength: 1, maxLength: MAX_WIDGET_MESSAGE });
const WidgetTexts = Type.Object(
  { welcome: Type.Optional(WidgetText), queue: Type.Optional(WidgetText), afterHours: Type.Optional(WidgetText) },
  closed,
);
const WidgetMessages = Type.Object({ 'zh-CN': Type.Optional(WidgetTexts), en: Type.Optional(WidgetTexts) }, closed);

/** Upload limits (docs/attachments.md): types from the closed list Switchboard serves safely. */
const AttachmentLimits = Type.Object(
  {
    maxBytes: Type.Integer({ minimum: 1, maximum: MAX_ATTACHMENT_BYTES_SETTING }),
    allowedTypes: Type.Array(literals(Object.keys(attachmentTypes)), { maxItems: 32, uniqueItems: true }),
  },
  closed,
);

const settingsProperties = {
  timeZone: TimeZone,
  priorityStepSeconds: Seconds,
  stickyWindowSeconds: Seconds,
  stickyWaitSeconds: Seconds,
  assignmentMode: literals(['direct', 'offer']),
  offerTimeoutSeconds: Seconds,
  maxMissedOffers: Count(1, 1000),
  firstResponseTimeoutSeconds: Seconds,
  /** First-response takeovers per conversation before it stays and escalates (docs/routing.md); absent: 2. */
  maxAutoTakeovers: Type.Optional(Count(0, 100)),
  replyReminderSeconds: Seconds,
  presenceGraceSeconds: Seconds,
  dormantAfterSeconds: Seconds,
  reviveWindowSeconds: Seconds,
  badRatingMax: Count(0, 5),
  goodRatingMin: Count(1, 6),
  defaultGroupId: OrNull(Id),
  defaultGroupBySource: Type.Record(Type.String({ minLength: 1, maxLength: 64 }), Id, { maxProperties: 100 }),
  serviceTimeSampleSize: Count(1, 10_000),
  randomSeed: Count(-2_147_483_648, 2_147_483_647),
  closedRetention: Count(1, 1_000_000),
  defaultLanguage: Language,
  /** Seconds until a conversation's exclusions lapse; absent in settings saved before it existed. */
  exclusionLapseSeconds: Type.Optional(Seconds),
  /** Canned answers for the agent workspace; absent in settings saved before they existed. */
  quickReplies: Type.Optional(Type.Array(QuickReply, { maxItems: MAX_TENANT_QUICK_REPLIES })),
  /** What agents find in history search (docs/search.md); absent: `own`. */
  agentSearchScope: Type.Optional(literals(['own', 'groups'])),
  /** The widget's own welcome, queue and after-hours texts per language (docs/widget.md); absent: built in. */
  widgetMessages: Type.Optional(WidgetMessages),
  /** Upload limits (docs/attachments.md); absent in settings saved before they existed (defaults apply). */
  attachments: Type.Optional(AttachmentLimits),
};

export const TenantSettings = Type.Object({ ...settingsProperties, transfer: TransferSettings }, closed);

/** PATCH: any subset; `transfer` is merged one level deep (each key given replaces that key). */
export const TenantSettingsPatch = Type.Object(
  {
    ...Type.Partial(Type.Object(settingsProperties)).properties,
    transfer: Type.Optional(Type.Partial(Type.Object(transferProperties), closed)),
  },
  { ...closed, minProperties: 1 },
);

export const DepartmentBody = Type.Object({ name: Name, parentId: Type.Optional(OrNull(Id)) }, closed);

const TimeWindow = Type.Object({ from: Clock, to: Clock }, closed);

export const BusinessHours = Type.Object(
  {
    timeZone: TimeZone,
    weekly: Type.Array(Type.Object({ day: Weekday, from: Clock, to: Clock }, closed), { maxItems: 70 }),
    exceptions: Type.Array(
      Type.Object({ date: LocalDate, windows: Type.Array(TimeWindow, { maxItems: 10 }) }, closed),
      { maxItems: 400 },
    ),
    afterHours: Type.Union([
      Type.Object({ kind: Type.Literal('group'), groupId: Id }, closed),
      Type.Object({ kind: Type.Literal('leave-message') }, closed),
    ]),
  },
  closed,
);

export const StrategyName = literals(strategyNames);
export const StrategyParams = Type.Object(
  { k: Type.Number({ minimum: 0, maximum: 1_000_000 }), m: Type.Number({ minimum: 0, maximum: 100 }) },
  closed,
);

const groupProperties = {
  name: Name,
  strategy: StrategyName,
  params: StrategyParams,
  overflow: Type.Array(
    Type.Object({ afterSeconds: Type.Number({ exclusiveMinimum: 0, maximum: 86_400 }), groupId: Id }, closed),
    { maxItems: 10 },
  ),
  hours: OrNull(BusinessHours),
  maxQueueLength: OrNull(Count(0, 1_000_000)),
  assignmentMode: OrNull(literals(['direct', 'offer'])),
  offerTimeoutSeconds: OrNull(Type.Number({ minimum: 1, maximum: 3600 })),
  serviceLevelSeconds: Type.Number({ minimum: 1, maximum: 86_400 }),
  onAgentLost: literals(['reroute', 'keep']),
};

/** PUT a skill group: `name` is required, anything left out takes its default. */
export const SkillGroupBody = Type.Object(
  { ...Type.Partial(Type.Object(groupProperties)).properties, name: Name },
  closed,
);
export const SkillGroupConfigView = Type.Object({ groupId: Type.String(), ...groupProperties });

export const Membership = Type.Object(
  { groupId: Id, ability: Count(1, 10), tier: literals(['primary', 'secondary', 'general']) },
  closed,
);
export const MembershipBody = Type.Object(
  { ability: Membership.properties.ability, tier: Membership.properties.tier },
  closed,
);

export const TransferPermissions = Type.Object(
  {
    mayInitiate: Type.Boolean(),
    mayReceive: Type.Boolean(),
    mayEscalate: Type.Boolean(),
    dailyLimit: OrNull(Count(0, 10_000)),
    autoAccept: Type.Union([
      Type.Object({ kind: literals(['never', 'always', 'own-department', 'from-supervisors']) }, closed),
      Type.Object({ kind: Type.Literal('below-load'), load: Count(1, 100) }, closed),
    ]),
  },
  closed,
);

export const Manages = Type.Object(
  { departmentIds: Type.Array(Id, { maxItems: 200 }), groupIds: Type.Array(Id, { maxItems: 200 }) },
  closed,
);

const agentProperties = {
  name: Name,
  role: literals(['agent', 'supervisor', 'admin']),
  level: Count(-100, 100),
  departmentId: OrNull(Id),
  memberships: Type.Array(Membership, { maxItems: 200 }),
  languages: Type.Array(Language, { maxItems: 20 }),
  maxConcurrent: Count(1, 100),
  transfer: TransferPermissions,
  manages: Manages,
  greeting: OrNull(Type.String({ maxLength: 2000 })),
};

/** PUT an agent's profile (replaces it): name, role and maxConcurrent are required. */
export const AgentBody = Type.Object(
  {
    ...Type.Partial(Type.Object(agentProperties)).properties,
    name: Name,
    role: agentProperties.role,
    maxConcurrent: agentProperties.maxConcurrent,
  },
  closed,
);
export const AgentProfileView = Type.Object({ agentId: Type.String(), ...agentProperties });

const AttributeName = Type.String({ minLength: 1, maxLength: 64, description: 'an entry-point attribute key' });
const FactMinutes = (minimum: number) => Type.Integer({ minimum, maximum: factLimits.minutes });

/** One condition on an order or ticket fact (src/domain/attribute-conditions.ts; docs/routing.md). */
const AttributeCondition = Type.Union([
  Type.Object(
    {
      attribute: AttributeName,
      op: literals(numericOps),
      value: Type.Number({ minimum: -factLimits.magnitude, maximum: factLimits.magnitude }),
    },
    { ...closed, description: 'the attribute read as a plain decimal, compared with value' },
  ),
  Type.Object(
    {
      attribute: AttributeName,
      op: literals(['in', 'not-in'] as const),
      values: Type.Array(Type.String({ maxLength: 256 }), { minItems: 1, maxItems: factLimits.values }),
    },
    { ...closed, description: 'the attribute is (not) one of values; a missing attribute is not in any list' },
  ),
  Type.Object(
    { attribute: AttributeName, op: Type.Literal('passed'), minutes: Type.Optional(FactMinutes(0)) },
    { ...closed, description: 'an ISO date-time at least minutes (default 0) before the routing decision' },
  ),
  Type.Object(
    { attribute: AttributeName, op: Type.Literal('within'), minutes: FactMinutes(1) },
    { ...closed, description: 'an ISO date-time after the routing decision and at most minutes ahead' },
  ),
]);

export const RoutingRule = Type.Object(
  {
    id: Id,
    name: Name,
    enabled: Type.Boolean(),
    conditions: Type.Object(
      {
        keywords: Type.Optional(AnyAll),
        channels: Type.Optional(Words(50)),
        sources: Type.Optional(Words(50)),
        languages: Type.Optional(Type.Array(Language, { maxItems: 50 })),
        vipLevel: Type.Optional(
          Type.Object({ min: Type.Optional(Count(0, 100)), max: Type.Optional(Count(0, 100)) }, closed),
        ),
        labels: Type.Optional(
          Type.Object(
            { any: Type.Optional(Words(50)), all: Type.Optional(Words(50)), none: Type.Optional(Words(50)) },
            closed,
          ),
        ),
        businessTypes: Type.Optional(Words(50)),
        attributes: Type.Optional(
          Type.Record(Type.String({ minLength: 1, maxLength: 64 }), Words(50), { maxProperties: 32 }),
        ),
        facts: Type.Optional(Type.Array(AttributeCondition, { maxItems: factLimits.perRule })),
        time: Type.Optional(
          Type.Object(
            {
              days: Type.Optional(Type.Array(Weekday, { maxItems: 7 })),
              from: Clock,
              to: Clock,
              timeZone: Type.Optional(TimeZone),
            },
            closed,
          ),
        ),
      },
      closed,
    ),
    actions: Type.Object(
      {
        groupId: Type.Optional(Id),
        priority: Type.Optional(Priority),
        agentId: Type.Optional(Id),
        labels: Type.Optional(Words(20)),
      },
      closed,
    ),
  },
  closed,
);

/** The whole ordered list: first match wins. */
export const RoutingRules = Type.Object({ rules: Type.Array(RoutingRule, { maxItems: 500 }) }, closed);

const profileLimits = customerProfileLimits;
const Phone = Type.String({
  minLength: 1,
  maxLength: profileLimits.phoneLength,
  pattern: '^\\+?[0-9][0-9 ().-]*$',
  description: 'digits, spaces, ( ) . - and a leading +',
});
const Email = Type.String({ minLength: 3, maxLength: profileLimits.emailLength, pattern: '^[^\\s@]+@[^\\s@]+$' });
const CustomerContact = Type.Object(
  { phone: Type.Optional(OrNull(Phone)), email: Type.Optional(OrNull(Email)) },
  { ...closed, description: 'How to reach the customer; each field given replaces that field (null clears it).' },
);
const ProfileAttributeName = Type.String({
  pattern: `^[A-Za-z_][A-Za-z0-9_.-]{0,${profileLimits.attributeKeyLength - 1}}$`,
});
const AttributeValue = Type.String({ maxLength: profileLimits.attributeValueLength });
const attributesOptions = {
  ...closed,
  maxProperties: profileLimits.attributes,
  description:
    `Custom attributes (at most ${profileLimits.attributes}; names are letters, digits, _ . -, ` +
    `up to ${profileLimits.attributeKeyLength}; values texts up to ${profileLimits.attributeValueLength}). ` +
    "Routing-rule attribute conditions read them; the entry point's attributes win on a clash.",
};

const customerFields = {
  name: Type.Optional(OrNull(Name)),
  vipLevel: Type.Optional(Count(0, 100)),
  language: Type.Optional(OrNull(Language)),
  labels: Type.Optional(Words(50)),
  dedicatedAgentId: Type.Optional(OrNull(Id)),
  contact: Type.Optional(CustomerContact),
};

/** A whole profile (PUT): fields left out take their defaults. */
export const CustomerBody = Type.Object(
  {
    ...customerFields,
    attributes: Type.Optional(Type.Record(ProfileAttributeName, AttributeValue, attributesOptions)),
  },
  closed,
);

/** Part of a profile (PATCH): fields left out stay; attributes merge key by key, null removing one. */
export const CustomerPatchBody = Type.Object(
  {
    ...customerFields,
    attributes: Type.Optional(Type.Record(ProfileAttributeName, OrNull(AttributeValue), attributesOptions)),
  },
  closed,
);

export type TenantSettingsPatchType = Static<typeof TenantSettingsPatch>;
export type SkillGroupBodyType = Static<typeof SkillGroupBody>;
export type AgentBodyType = Static<typeof AgentBody>;
