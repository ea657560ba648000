/**
 * What clients may send, as TypeBox schemas compiled once: payloads come from the network and are
 * checked before anything reads them (DESIGN.md §9: bad input gets a catalogued error, never a
 * crash). Limits follow the HTTP API's.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { Channel, Id } from '../http/schemas.js';
import { MAX_CONTACT_NAME } from '../../domain/contact.js';

const closed = { additionalProperties: false } as const;
const Text = Type.String({ minLength: 1, maxLength: 10_000 });

export const ConversationRef = Type.Object({ conversationId: Id }, closed);

export const Resume = Type.Object({ conversationId: Id, lastSeq: Type.Integer({ minimum: 0 }) }, closed);

/** `handshake.auth.resume`: cursors to resume as the connection opens. */
export const HandshakeResume = Type.Array(Resume, { maxItems: 200 });

export const SendMessage = Type.Object(
  {
    conversationId: Id,
    /** The client's id for this message: a resend with the same id is not posted twice. */
    messageId: Id,
    text: Text,
    visibility: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('internal')])),
  },
  closed,
);

export const OpenConversation = Type.Object(
  {
    conversationId: Type.Optional(Id),
    channel: Type.Optional(Channel),
    source: Type.String({ minLength: 1, maxLength: 64 }),
    text: Type.Optional(Type.String({ maxLength: 10_000 })),
    messageId: Type.Optional(Id),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 16 })),
    businessType: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    attributes: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 256 }), { maxProperties: 32 }),
    ),
  },
  closed,
);

export const CloseConversation = Type.Object(
  {
    conversationId: Id,
    resolution: Type.Optional(Type.Union([Type.Literal('resolved'), Type.Literal('unresolved')])),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  closed,
);

export const RateConversation = Type.Object(
  {
    conversationId: Id,
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  closed,
);

/** `conversation.contact`: the customer's contact details for a left message (src/domain/contact.ts). */
export const LeaveContact = Type.Object(
  {
    conversationId: Id,
    name: Type.Optional(Type.String({ maxLength: MAX_CONTACT_NAME })),
    phone: Type.Optional(Type.String({ maxLength: 32 })),
    email: Type.Optional(Type.String({ maxLength: 320 })),
  },
  closed,
);

const Target = Type.Union([
  Type.Object({ kind: Type.Literal('agent'), agentId: Id }, closed),
  Type.Object({ kind: Type.Literal('group'), groupId: Id }, closed),
]);

const Note = Type.Object(
  {
    text: Type.String({ maxLength: 4000 }),
    templateId: Type.Optional(Id),
    fields: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 2000 }), { maxProperties: 16 }),
    ),
    reason: Type.Optional(Type.String({ maxLength: 128 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 16 })),
  },
  closed,
);

export const RequestTransfer = Type.Object(
  { transferId: Type.Optional(Id), conversationId: Id, target: Target, note: Note },
  closed,
);

export const TransferRef = Type.Object({ transferId: Id }, closed);

export const RejectTransfer = Type.Object(
  { transferId: Id, reason: Type.Optional(Type.String({ maxLength: 500 })) },
  closed,
);

export const SetStatus = Type.Object(
  {
    status: Type.Union([Type.Literal('available'), Type.Literal('busy'), Type.Literal('away')]),
    /** Supervisors: someone in their scope; absent for oneself. */
    agentId: Type.Optional(Id),
  },
  closed,
);

export const JoinConversation = Type.Object(
  { conversationId: Id, mode: Type.Union([Type.Literal('watch'), Type.Literal('barge')]) },
  closed,
);

/** `typing`: whether the sender is writing in the conversation now (docs/realtime.md, "Typing and read marks"). */
export const Typing = Type.Object({ conversationId: Id, typing: Type.Boolean() }, closed);

/** `read`: the sender has read the conversation up to `seq`. */
export const ReadUpTo = Type.Object({ conversationId: Id, seq: Type.Integer({ minimum: 1 }) }, closed);

const Side = Type.Union([Type.Literal('customer'), Type.Literal('agent')]);

/** A `typing` another cluster node relays (chat-signals.ts, `receiveSignal`): it crossed the bus, so it is checked. */
export const RelayedTyping = Type.Object(
  {
    conversationId: Id,
    from: Side,
    agentId: Type.Union([Id, Type.Null()]),
    typing: Type.Boolean(),
    expiresInMs: Type.Integer({ minimum: 0, maximum: 60_000 }),
  },
  closed,
);

/** A `read` another cluster node relays. */
export const RelayedRead = Type.Object({ conversationId: Id, reader: Side, seq: Type.Integer({ minimum: 1 }) }, closed);

/** A schema's compiled check, built once at start-up. */
export const compile = <T extends TSchema>(schema: T): TypeCheck<T> => TypeCompiler.Compile(schema);
