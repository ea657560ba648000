/**
 * Conversations of other channels opened through the API (issue 18, "Channels and bots through the
 * API"; docs/integrations.md): the customer named by the tenant's external id (the same `u:<id>`
 * profile routes/customers-by-external-id.ts writes), and the bot's transcript before the hand-over.
 */
import { Type, type Static } from '@sinclair/typebox';
import { transcriptLimits, type TranscriptLine } from '../../../domain/transcript.js';
import { Name } from '../config-schemas.js';
import { Id, Instant } from '../schemas.js';

export const Language = Type.String({ minLength: 2, maxLength: 16 });

/** Who the channel's customer is; `name` and `language` fill a profile that has none. */
export const ChannelCustomer = Type.Object(
  {
    externalId: Id,
    name: Type.Optional(Name),
    language: Type.Optional(Language),
  },
  {
    additionalProperties: false,
    description:
      'The customer by the tenant’s own id (customer id `u:<externalId>`, as /customers/by-external-id); ' +
      '`name` and `language` fill the profile where it has none, never replacing what the back-end wrote.',
  },
);

const TranscriptLineBody = Type.Object(
  {
    author: Type.Union([Type.Literal('customer'), Type.Literal('bot')]),
    text: Type.String({ minLength: 1, maxLength: transcriptLimits.textLength }),
    at: Type.Optional(Instant),
  },
  { additionalProperties: false },
);

export const Transcript = Type.Array(TranscriptLineBody, {
  maxItems: transcriptLimits.lines,
  description:
    'What the customer and a bot said before the hand-over, oldest first: internal entries before every live ' +
    'one (kind `transcript`, author `customer` or `bot`), for staff only; the customer’s lines count for ' +
    'keyword rules.',
});

/** The domain's transcript lines (times as epoch ms). */
export const transcriptLines = (body: Static<typeof Transcript>): TranscriptLine[] =>
  body.map((line) => ({
    speaker: line.author,
    text: line.text,
    ...(line.at === undefined ? {} : { at: Date.parse(line.at) }),
  }));

/** The open command's part for a channel's customer: the profile's name and language where it has none. */
export const channelCustomerDetails = (customer: Static<typeof ChannelCustomer>) => ({
  ...(customer.name === undefined ? {} : { name: customer.name }),
  ...(customer.language === undefined ? {} : { language: customer.language }),
});
