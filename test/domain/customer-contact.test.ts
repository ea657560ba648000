/**
 * The customer side's domain rules (issue 17): contact details of a left message (a phone or an
 * e-mail required, each well formed; only the customer's own, open conversation) become its
 * attributes; the widget texts setting is checked (known languages and kinds, not blank, bounded)
 * and read per language; the wait outlook of a new conversation follows the default group.
 */
import { describe, expect, it } from 'vitest';
import { checkContact } from '../../src/domain/contact.js';
import { describeState } from '../../src/domain/describe-state.js';
import { checkSettings } from '../../src/domain/validation.js';
import { defaultSettings } from '../../src/domain/settings.js';
import { waitOutlook } from '../../src/domain/wait-estimate.js';
import { checkWidgetMessages, widgetTextsFor, type WidgetMessages } from '../../src/domain/widget-messages.js';
import { Harness, eventsOf } from './../support/harness.js';

const contact = (customerId: string, details: { name?: string; phone?: string; email?: string }) =>
  ({ type: 'LeaveContact', conversationId: 'c1', customerId, contact: details }) as const;

describe('left-message contact details', () => {
  it('checks them: a phone or an e-mail, well formed, a short name', () => {
    expect(checkContact({ name: 'Li' })).toMatch(/phone number or an e-mail/);
    expect(checkContact({ phone: '   ', email: '' })).toMatch(/phone number or an e-mail/);
    expect(checkContact({ phone: '+86 138-0000-0000' })).toBeNull();
    expect(checkContact({ phone: '(020) 7946 0000' })).toBeNull();
    expect(checkContact({ phone: 'call me' })).toBe('not a phone number');
    expect(checkContact({ email: 'li@example.com' })).toBeNull();
    expect(checkContact({ email: 'li@example' })).toBe('not an e-mail address');
    expect(checkContact({ email: 'li @example.com' })).toBe('not an e-mail address');
    expect(checkContact({ email: 'li@example.com', name: 'x'.repeat(65) })).toMatch(/at most 64/);
  });

  it("become the attributes of the customer's own open conversation, and nobody else's", () => {
    const h = new Harness().group('g');
    h.open('c1', { customerId: 'v:1', attributes: { page: '/shop', customerName: 'old' } });
    expect(h.conversation('c1').status).toBe('left-message');
    const before = describeState(h.state);
    expect(h.refused(contact('v:2', { phone: '13800000000' })).code).toBe('CONVERSATION_NOT_FOUND');
    expect(h.refused(contact('v:1', { name: 'Li' })).code).toBe('INVALID_COMMAND');
    expect(describeState(h.state)).toEqual(before);
    const events = eventsOf(
      h.run(contact('v:1', { name: ' 李雷 ', email: 'lilei@example.com', phone: '' })),
      'ContactLeft',
    );
    expect(events[0]?.attributes).toEqual({ customerName: '李雷', email: 'lilei@example.com' });
    expect(h.conversation('c1').attributes).toEqual({
      page: '/shop',
      customerName: '李雷',
      email: 'lilei@example.com',
    });
    h.close('c1');
    expect(h.refused(contact('v:1', { phone: '13800000000' })).code).toBe('CONVERSATION_CLOSED');
  });
});

describe('widget texts', () => {
  it('are checked as a setting: known languages and kinds, not blank, at most 500 characters', () => {
    expect(checkSettings({ ...defaultSettings, widgetMessages: { en: { welcome: 'Hello' } } })).toBeNull();
    expect(checkWidgetMessages({ en: { welcome: ' ' } })).toMatch(/blank/);
    expect(checkWidgetMessages({ en: { welcome: 'x'.repeat(501) } })).toMatch(/exceeds 500/);
    expect(checkWidgetMessages({ fr: { welcome: 'Bonjour' } } as unknown as WidgetMessages)).toMatch(/"fr"/);
    expect(checkWidgetMessages({ en: { goodbye: 'Bye' } } as unknown as WidgetMessages)).toMatch(/"goodbye"/);
    // Settings stored before the texts existed are still valid.
    expect(checkSettings(defaultSettings)).toBeNull();
  });

  it("are read in the customer's language, English for any en-*", () => {
    const messages: WidgetMessages = { en: { welcome: 'Hi' }, 'zh-CN': { welcome: '您好' } };
    expect(widgetTextsFor(messages, 'en-GB')).toEqual({ welcome: 'Hi' });
    expect(widgetTextsFor(messages, 'zh-CN')).toEqual({ welcome: '您好' });
    expect(widgetTextsFor(undefined, 'en')).toEqual({});
  });
});

describe('wait outlook before opening', () => {
  it('follows the default group: unavailable with nobody online, else a wait once service times exist', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'], online: false });
    h.run({ type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } });
    expect(waitOutlook(h.state, 'website', h.now)).toEqual({ available: false, estimatedWaitSeconds: null });
    h.run({ type: 'ConnectAgent', agentId: 'a' });
    h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'available' });
    expect(waitOutlook(h.state, 'website', h.now)).toEqual({ available: true, estimatedWaitSeconds: null });
    h.state.groups.get('g')?.serviceTimes.push(120_000);
    expect(waitOutlook(h.state, 'website', h.now)?.estimatedWaitSeconds).toBeGreaterThan(0);
    expect(waitOutlook(h.state, 'nowhere', h.now)?.available).toBe(true);
  });
});
