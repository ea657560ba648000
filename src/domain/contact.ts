/**
 * Contact details a customer leaves with a left message (issue 17): a name, a phone number and an
 * e-mail address, at least one of the last two. They become the conversation's `customerName`,
 * `phone` and `email` attributes, which staff see with the conversation (the customer panel's
 * contact line). The transport's schema enforces the same limits on the way in.
 */
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent, EventOf } from './events.js';
import type { TenantState } from './state.js';

export interface ContactDetails {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
}

export const MAX_CONTACT_NAME = 64;
/** Digits with an optional leading +, spaces, dots, dashes and brackets: 5–32 characters. */
export const PHONE_PATTERN = '^\\+?[0-9(][0-9 ().-]{3,30}[0-9]$';
/** Something@domain.tld, no spaces: deliberately loose (the address is only shown to staff). */
export const EMAIL_PATTERN = '^[^\\s@]{1,64}@[^\\s@]{1,189}\\.[^\\s@]{2,63}$';
const phone = new RegExp(PHONE_PATTERN, 'u');
const email = new RegExp(EMAIL_PATTERN, 'u');

/** A problem with the details, or null when they are acceptable. */
export function checkContact(contact: ContactDetails): string | null {
  const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
  if (!given(contact.phone) && !given(contact.email)) return 'give a phone number or an e-mail address';
  if (given(contact.phone) && !phone.test(contact.phone.trim())) return 'not a phone number';
  if (given(contact.email) && !email.test(contact.email.trim())) return 'not an e-mail address';
  if ((contact.name ?? '').trim().length > MAX_CONTACT_NAME) return `a name has at most ${MAX_CONTACT_NAME} characters`;
  return null;
}

/** The conversation attributes the details set (blank ones are left as they were). */
export function contactAttributes(contact: ContactDetails): Record<string, string> {
  const attributes: Record<string, string> = {};
  const name = contact.name?.trim() ?? '';
  if (name !== '') attributes.customerName = name;
  if (contact.phone !== undefined && contact.phone.trim() !== '') attributes.phone = contact.phone.trim();
  if (contact.email !== undefined && contact.email.trim() !== '') attributes.email = contact.email.trim();
  return attributes;
}

/** `decide` for `LeaveContact`: the customer's own conversation, not closed, valid details. */
export function leaveContact(
  state: TenantState,
  command: { readonly conversationId: string; readonly customerId: string; readonly contact: ContactDetails },
  now: number,
): Decision<DomainEvent> {
  const conversation = state.conversations.get(command.conversationId);
  // Someone else's conversation is answered as one that does not exist.
  if (conversation === undefined || conversation.customerId !== command.customerId)
    return refuse('CONVERSATION_NOT_FOUND', `conversation "${command.conversationId}" does not exist`);
  if (conversation.status === 'closed') return refuse('CONVERSATION_CLOSED', 'the conversation has ended');
  const problem = checkContact(command.contact);
  if (problem !== null) return refuse('INVALID_COMMAND', problem);
  const attributes = contactAttributes(command.contact);
  return accept([{ type: 'ContactLeft', at: now, conversationId: conversation.id, attributes }]);
}

/** `evolve` for `ContactLeft`: the details join (and replace) the conversation's attributes. */
export function contactLeft(state: TenantState, event: EventOf<'ContactLeft'>): void {
  const conversation = state.conversations.get(event.conversationId);
  if (conversation === undefined) return;
  conversation.attributes = { ...conversation.attributes, ...event.attributes };
}
