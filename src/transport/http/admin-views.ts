/**
 * Response shapes of the administration, supervision and integration routes (TypeBox): declared
 * once for serialisation, types and the OpenAPI document. Instants are ISO 8601 UTC strings.
 * Secrets never appear here except in the two one-time answers (`IssuedApiKey`, `WidgetSecret`).
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  AgentProfileView,
  DepartmentBody,
  Membership,
  OrNull,
  SkillGroupConfigView,
  TenantSettings,
} from './config-schemas.js';

const When = Type.String({ format: 'date-time' });

export const TenantView = Type.Object({
  tenantId: Type.String(),
  settings: TenantSettings,
  /** Whether verified customers can sign in; the secret itself is shown only when rotated. */
  widgetSecretSet: Type.Boolean(),
});

export const TenantCreated = Type.Object({
  tenantId: Type.String(),
  adminId: Type.String(),
  /** A token for the first admin, so the operator can go on configuring at once. */
  token: Type.String(),
});

export const DepartmentView = Type.Object({ departmentId: Type.String(), ...DepartmentBody.properties });
export const DepartmentList = Type.Object({ items: Type.Array(DepartmentView) });

export const SkillGroupView = Type.Object({
  ...SkillGroupConfigView.properties,
  members: Type.Array(Type.String()),
  waiting: Type.Object({
    queued: Type.Integer(),
    leftMessages: Type.Integer(),
    overflow: Type.Integer(),
    transfers: Type.Integer(),
  }),
});
export const SkillGroupList = Type.Object({ items: Type.Array(SkillGroupView) });

export const MemberView = Type.Object({
  agentId: Type.String(),
  name: Type.String(),
  ability: Type.Integer(),
  tier: Membership.properties.tier,
  status: Type.String(),
  online: Type.Boolean(),
  load: Type.Integer(),
  maxConcurrent: Type.Integer(),
});
export const MemberList = Type.Object({ items: Type.Array(MemberView) });

/** An agent's profile with their live state: status, presence and load. */
export const AgentView = Type.Object({
  ...AgentProfileView.properties,
  status: Type.String(),
  online: Type.Boolean(),
  active: Type.Integer(),
  dormant: Type.Integer(),
  incoming: Type.Integer(),
  load: Type.Integer(),
  lastAssignedAt: When,
  /** `disabled` and `removed` agents neither sign in nor work; removed ones are listed only on request. */
  lifecycle: Type.Union([Type.Literal('active'), Type.Literal('disabled'), Type.Literal('removed')]),
});
export type AgentViewType = Static<typeof AgentView>;
export const AgentList = Type.Object({ items: Type.Array(AgentView) });

export const PasswordChanged = Type.Object({
  agentId: Type.String(),
  changed: Type.Boolean(),
  /** A fresh token, when agents change their own password (the change ends every session, theirs too). */
  token: Type.Optional(Type.String()),
});

export const ShiftEndedView = Type.Object({
  agentId: Type.String(),
  handedOver: Type.Array(Type.String()),
  returned: Type.Array(Type.String()),
  refused: Type.Array(Type.Object({ conversationId: Type.String(), code: Type.String(), message: Type.String() })),
});

export const CustomerView = Type.Object({
  customerId: Type.String(),
  name: OrNull(Type.String()),
  verified: Type.Boolean(),
  vipLevel: Type.Integer(),
  language: OrNull(Type.String()),
  labels: Type.Array(Type.String()),
  dedicatedAgentId: OrNull(Type.String()),
  externalId: OrNull(
    Type.String({ description: "The tenant's own id for a `u:` customer (verified widget sign-in, by-external-id)." }),
  ),
  contact: Type.Object({ phone: OrNull(Type.String()), email: OrNull(Type.String()) }),
  attributes: Type.Record(Type.String(), Type.String(), { description: 'Custom attributes from the back-end.' }),
  lastAgentId: OrNull(Type.String()),
  lastServedAt: OrNull(When),
});

export const ApiKeyView = Type.Object({
  keyId: Type.String(),
  name: Type.String(),
  createdAt: When,
  revokedAt: OrNull(When),
});
export const ApiKeyList = Type.Object({ items: Type.Array(ApiKeyView) });
export const IssuedApiKey = Type.Object({
  ...ApiKeyView.properties,
  /** The whole key, shown this once: only its hash is kept. */
  key: Type.String(),
});

export const WidgetSecret = Type.Object({
  /** The new HMAC key for signing verified customers' user ids, shown this once. */
  secret: Type.String(),
});

export const TransferChainEntry = Type.Object({
  transferId: Type.String(),
  initiatorId: OrNull(Type.String()),
  fromAgentId: OrNull(Type.String()),
  targetKind: OrNull(Type.String()),
  targetId: OrNull(Type.String()),
  targetAgentId: OrNull(Type.String()),
  status: Type.String(),
  note: OrNull(Type.String()),
  reason: OrNull(Type.String()),
  requestedAt: When,
  deadline: OrNull(When),
  answeredAt: OrNull(When),
  rejectReason: OrNull(Type.String()),
});
export const TransferChain = Type.Object({ conversationId: Type.String(), items: Type.Array(TransferChainEntry) });

export const AuditEntryView = Type.Object({
  seq: Type.Integer(),
  at: When,
  type: Type.String(),
  subjectId: OrNull(Type.String()),
  /** The whole event, with hashes and secrets redacted. */
  data: Type.Unknown(),
});
export const AuditPage = Type.Object({ items: Type.Array(AuditEntryView), next: OrNull(Type.String()) });
