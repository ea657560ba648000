/** Response shapes (TypeBox): what the API returns, declared once for serialisation, types and OpenAPI. */
import { Type, type Static } from '@sinclair/typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const When = Type.String({ format: 'date-time' });

/** The customer's name for staff: their profile's, else what they typed in the pre-chat form (issue 17). */
const CustomerName = Nullable(
  Type.String({ description: "The customer's name (profile, else the pre-chat form's); null when anonymous." }),
);

/** What the entry point said about the visitor: `customerName`, `page`, `referrer`, `device`, the site's own keys. */
const VisitorAttributes = Type.Record(Type.String(), Type.String(), {
  description: 'Attributes given when the conversation opened (pre-chat name, page, referrer, device, site keys).',
});

export const QueueView = Type.Object({
  position: Type.Integer(),
  estimatedWaitSeconds: Nullable(Type.Number()),
});

/** The conversation's live view, a shared schema (`app.addSchema`): routes refer to it by `ConversationLive`. */
export const ConversationSchema = Type.Object(
  {
    conversationId: Type.String(),
    customerId: Type.String(),
    customerName: CustomerName,
    attributes: VisitorAttributes,
    status: Type.String(),
    groupId: Type.String(),
    ownerId: Nullable(Type.String()),
    channel: Type.String(),
    source: Type.String(),
    language: Nullable(Type.String()),
    priority: Type.Number(),
    labels: Type.Array(Type.String()),
    routedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
    openedAt: When,
    assignedAt: Nullable(When),
    closedAt: Nullable(When),
    pendingTransferId: Nullable(Type.String()),
    lastSeq: Type.Integer(),
    queue: Nullable(QueueView),
    firstResponseDeadline: Type.Union([When, Type.Null()], {
      description: 'While the owner has not answered yet: when the conversation is taken from them (docs/routing.md).',
    }),
    autoTakeovers: Type.Integer({ description: 'First-response takeovers this conversation has had.' }),
    test: Nullable(
      Type.String({ description: '`decision-only` or `routed` for a test conversation (docs/routing.md).' }),
    ),
  },
  { $id: 'Conversation' },
);
export type ConversationLiveType = Static<typeof ConversationSchema>;
/**
 * A reference to the shared conversation view (`#/components/schemas/Conversation` in the OpenAPI
 * document): ten routes answer with it, and the document carries it once.
 */
export const ConversationLive = Type.Unsafe<ConversationLiveType>(Type.Ref('Conversation'));

export const ConversationRow = Type.Object({
  conversationId: Type.String(),
  customerId: Type.String(),
  customerName: CustomerName,
  /** While the live state holds it: the phone and e-mail the visitor left or the site passed (issue 17). */
  contact: Type.Optional(
    Type.Object(
      { phone: Nullable(Type.String()), email: Nullable(Type.String()) },
      { description: "The customer's contact details (left with a left message, or passed by the site)." },
    ),
  ),
  channel: Type.String(),
  source: Type.String(),
  groupId: Type.String(),
  status: Type.String(),
  ownerId: Nullable(Type.String()),
  priority: Type.Number(),
  language: Nullable(Type.String()),
  labels: Type.Array(Type.String()),
  openedAt: When,
  assignedAt: Nullable(When),
  firstResponseAt: Nullable(When),
  closedAt: Nullable(When),
  closeReason: Nullable(Type.String()),
  resolution: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  rating: Nullable(Type.Number()),
  ratingComment: Nullable(Type.String()),
  lastMessageAt: Nullable(When),
  messageCount: Type.Integer(),
});

export const ConversationPage = Type.Object({ items: Type.Array(ConversationRow), next: Nullable(Type.String()) });

/** A file posted with a message, with signed links (docs/attachments.md). */
export const AttachmentViewSchema = Type.Object({
  attachmentId: Type.String(),
  name: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  image: Type.Boolean({ description: 'png, jpeg, gif or webp: shown inline' }),
  url: Type.String({ description: 'Signed link to the file; works without a token until expiresAt.' }),
  thumbnailUrl: Nullable(Type.String({ description: 'Signed link to a webp preview (images only).' })),
  expiresAt: When,
});

export const MessageRow = Type.Object({
  conversationId: Type.String(),
  seq: Type.Integer(),
  messageId: Type.String(),
  authorKind: Type.String(),
  authorId: Nullable(Type.String()),
  visibility: Type.String(),
  kind: Type.String(),
  text: Type.String(),
  at: When,
  attachments: Type.Array(AttachmentViewSchema),
});

export const MessagePage = Type.Object({ items: Type.Array(MessageRow), nextSeq: Nullable(Type.Integer()) });

export const Posted = Type.Object({ seq: Nullable(Type.Integer()) });

export const Rated = Type.Object({ conversationId: Type.String(), score: Type.Integer() });

export const Me = Type.Object(
  { kind: Type.String(), tenantId: Type.String() },
  {
    additionalProperties: true,
    description: 'The caller: agent (agentId, role), customer (customerId, verified) or service (keyId).',
  },
);

export const Recommendation = Type.Object({
  agentId: Type.String(),
  name: Type.String(),
  departmentId: Nullable(Type.String()),
  status: Type.String(),
  load: Type.Integer(),
  maxConcurrent: Type.Integer(),
  skills: Type.Array(Type.Object({ groupId: Type.String(), ability: Type.Integer(), tier: Type.String() })),
  skillMatch: Type.Number(),
  experience: Type.Number(),
  score: Type.Number(),
});

export const NotOffered = Type.Object({
  agentId: Type.String(),
  name: Type.String(),
  departmentId: Nullable(Type.String()),
  status: Type.String(),
  level: Type.Integer(),
  reason: Type.String({
    description:
      'not-receiving, away, full, cross-department-forbidden, cross-department-needs-supervisor or escalation-not-permitted',
  }),
});

export const Recommendations = Type.Object({
  items: Type.Array(Recommendation),
  notOffered: Type.Array(NotOffered, { description: 'Online colleagues not offered, each with why (issue 17).' }),
});

export const TransferAck = Type.Object({
  transferId: Type.String(),
  status: Type.String(),
  targetAgentId: Nullable(Type.String()),
  deadline: Nullable(When),
});

export const TransferAnswer = Type.Object({ transferId: Type.String(), status: Type.String() });

export const BatchResult = Type.Object({
  requested: Type.Array(Type.String()),
  refused: Type.Array(Type.Object({ conversationId: Type.String(), code: Type.String(), message: Type.String() })),
});
