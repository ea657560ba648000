/**
 * A prior transcript (issue 18, "Channels and bots through the API"): what a customer and a chatbot
 * of another channel said before the bot handed the customer over. It is recorded when the
 * conversation opens, as internal `transcript` entries before every live one, so the agent reads the
 * exchange first; the customer saw it on their own channel and is not shown it again.
 */
import type { DomainEvent, MessageAuthor } from './events.js';

/** Who said a transcript line: the customer, or the channel's bot. */
export type TranscriptSpeaker = 'customer' | 'bot';

export interface TranscriptLine {
  readonly speaker: TranscriptSpeaker;
  readonly text: string;
  /** When it was said (epoch ms); absent: when the conversation opened. */
  readonly at?: number;
}

/** Bounds on a transcript: the agent reads it at a glance, and every line is an event. */
export const transcriptLimits = { lines: 50, textLength: 2000 } as const;

const speakers: readonly string[] = ['customer', 'bot'];

/** Why a transcript cannot be recorded, or null when it can (runtime inputs are checked as plain values). */
export function transcriptProblem(lines: readonly TranscriptLine[]): string | null {
  if (lines.length > transcriptLimits.lines) return `a transcript has at most ${transcriptLimits.lines} lines`;
  for (const line of lines) {
    if (!speakers.includes(line.speaker)) return 'a transcript line is the customer’s or the bot’s';
    if (typeof line.text !== 'string' || line.text.length === 0 || line.text.length > transcriptLimits.textLength)
      return `a transcript line has 1 to ${transcriptLimits.textLength} characters`;
    if (line.at !== undefined && !Number.isFinite(line.at)) return 'a transcript line’s time must be a number';
  }
  return null;
}

/** The customer's own words in a transcript, for routing rules' keyword conditions. */
export const customerWords = (lines: readonly TranscriptLine[]): readonly string[] =>
  lines.filter((line) => line.speaker === 'customer').map((line) => line.text);

const authorOf = (speaker: TranscriptSpeaker): MessageAuthor =>
  speaker === 'bot' ? { kind: 'bot' } : { kind: 'customer' };

/**
 * The timeline entries of a transcript, numbered 1…n in a new conversation. Each keeps when it was
 * said (`saidAt`), never later than the opening: a channel's clock a little ahead of ours must not
 * put the bot's words after the agent's.
 */
export function transcriptEntries(
  conversationId: string,
  lines: readonly TranscriptLine[],
  now: number,
): DomainEvent[] {
  return lines.map((line, index) => ({
    type: 'MessagePosted',
    at: now,
    conversationId,
    messageId: `${conversationId}:transcript:${index + 1}`,
    seq: index + 1,
    author: authorOf(line.speaker),
    kind: 'transcript',
    visibility: 'internal',
    text: line.text,
    replyReminderDeadline: null,
    dormantDeadline: null,
    saidAt: Math.min(line.at ?? now, now),
  }));
}
