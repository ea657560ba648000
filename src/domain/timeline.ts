/**
 * Builds the timeline entries (MessagePosted events) one decision adds to a conversation, numbering
 * them from the conversation's last sequence number.
 */
import type { AttachmentRef } from './attachment.js';
import type { Conversation } from './conversation.js';
import type { DomainEvent, MessageAuthor, MessageKind, Visibility } from './events.js';

export class Timeline {
  private seq: number;

  constructor(
    private readonly conversation: Conversation,
    private readonly now: number,
  ) {
    this.seq = conversation.lastSeq;
  }

  /** The next entry; notices, greetings and internal transfer entries carry no deadlines. */
  entry(
    kind: MessageKind,
    visibility: Visibility,
    text: string,
    options: {
      readonly author?: MessageAuthor;
      readonly messageId?: string;
      readonly replyReminderDeadline?: number | null;
      readonly dormantDeadline?: number | null;
      readonly attachments?: readonly AttachmentRef[];
    } = {},
  ): DomainEvent {
    this.seq += 1;
    return {
      type: 'MessagePosted',
      at: this.now,
      conversationId: this.conversation.id,
      messageId: options.messageId ?? `${this.conversation.id}:${this.seq}`,
      seq: this.seq,
      author: options.author ?? { kind: 'system' },
      kind,
      visibility,
      text,
      replyReminderDeadline: options.replyReminderDeadline ?? null,
      dormantDeadline: options.dormantDeadline ?? null,
      ...(options.attachments === undefined || options.attachments.length === 0
        ? {}
        : { attachments: options.attachments }),
    };
  }
}
