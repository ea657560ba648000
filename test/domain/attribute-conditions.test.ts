/**
 * Routing rules on order and ticket facts (DESIGN.md §3.1, issue 18): numeric comparisons, set
 * membership and times relative to the routing decision, read from the entry point's attributes.
 * The hotel example: once the expected check-in time has passed, the guest is probably stuck at the
 * front desk, so the conversation gets a higher priority; the same guest before check-in does not.
 */
import { describe, expect, it } from 'vitest';
import {
  attributeConditionHolds,
  parseDecimal,
  parseTimestamp,
  type AttributeCondition,
} from '../../src/domain/attribute-conditions.js';
import { checkRules } from '../../src/domain/validation.js';
import { Harness, T0 } from '../support/harness.js';
import { MINUTE, ms, opened, rule, saveRules } from '../support/routing-helpers.js';

const utc = { now: T0, timeZone: 'UTC' };
const holds = (
  condition: AttributeCondition,
  attributes: Record<string, string>,
  context: { now: number; timeZone: string } = utc,
): boolean => attributeConditionHolds(condition, attributes, context);
const iso = (at: number): string => new Date(at).toISOString();

describe('numeric conditions', () => {
  const big: AttributeCondition = { attribute: 'orderAmount', op: 'gte', value: 5000 };

  it('order amount ≥ 5,000: the bound is inclusive', () => {
    expect(holds(big, { orderAmount: '5000' })).toBe(true);
    expect(holds(big, { orderAmount: '12999.50' })).toBe(true);
    expect(holds(big, { orderAmount: '4999.99' })).toBe(false);
  });

  it('every operator compares the parsed number', () => {
    const at = (op: Extract<AttributeCondition, { value: number }>['op'], text: string): boolean =>
      holds({ attribute: 'n', op, value: 10 }, { n: text });
    expect([at('gt', '11'), at('gt', '10'), at('lt', '9'), at('lt', '10')]).toEqual([true, false, true, false]);
    expect([at('lte', '10'), at('lte', '10.5'), at('eq', '10.0'), at('ne', '10'), at('ne', '-10')]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('parsing is strict: anything but a plain decimal makes the condition false, never an error', () => {
    for (const text of [
      '',
      ' ',
      '5,000',
      '5000元',
      '1e4',
      '0x1388',
      'Infinity',
      'NaN',
      '--5',
      '5.',
      '.5',
      '9'.repeat(300),
    ]) {
      expect(parseDecimal(text), text).toBeNull();
      expect(holds(big, { orderAmount: text }), text).toBe(false);
    }
    expect(parseDecimal(' -12.5 ')).toBe(-12.5);
  });

  it('a missing attribute is false, including names of Object.prototype', () => {
    expect(holds(big, {})).toBe(false);
    expect(holds({ attribute: 'constructor', op: 'gte', value: 0 }, {})).toBe(false);
    expect(holds({ attribute: '__proto__', op: 'in', values: ['x'] }, {})).toBe(false);
  });
});

describe('set membership', () => {
  it('in: the exact text is one of the values', () => {
    const refunded: AttributeCondition = { attribute: 'orderStatus', op: 'in', values: ['refunding', '退款中'] };
    expect(holds(refunded, { orderStatus: '退款中' })).toBe(true);
    expect(holds(refunded, { orderStatus: 'Refunding' })).toBe(false);
    expect(holds(refunded, {})).toBe(false);
  });

  it('not-in: a missing attribute is in no list', () => {
    const open: AttributeCondition = { attribute: 'ticketState', op: 'not-in', values: ['closed'] };
    expect(holds(open, { ticketState: 'open' })).toBe(true);
    expect(holds(open, {})).toBe(true);
    expect(holds(open, { ticketState: 'closed' })).toBe(false);
  });
});

describe('times relative to now', () => {
  const passed: AttributeCondition = { attribute: 'checkInAt', op: 'passed' };
  const soon: AttributeCondition = { attribute: 'checkInAt', op: 'within', minutes: 60 };

  it('passed: at or before now; with minutes, at least that long ago', () => {
    expect(holds(passed, { checkInAt: iso(T0) })).toBe(true);
    expect(holds(passed, { checkInAt: iso(T0 - 1) })).toBe(true);
    expect(holds(passed, { checkInAt: iso(T0 + 1000) })).toBe(false);
    const late: AttributeCondition = { attribute: 'checkInAt', op: 'passed', minutes: 30 };
    expect(holds(late, { checkInAt: iso(T0 - ms(30 * MINUTE)) })).toBe(true);
    expect(holds(late, { checkInAt: iso(T0 - ms(29 * MINUTE)) })).toBe(false);
  });

  it('within: after now and at most the given minutes ahead', () => {
    expect(holds(soon, { checkInAt: iso(T0 + ms(60 * MINUTE)) })).toBe(true);
    expect(holds(soon, { checkInAt: iso(T0 + ms(61 * MINUTE)) })).toBe(false);
    expect(holds(soon, { checkInAt: iso(T0) })).toBe(false);
  });

  it('the offset in the timestamp counts; one without an offset is in the tenant zone', () => {
    // T0 is 09:00 UTC = 17:00 in Shanghai.
    expect(holds(passed, { checkInAt: '2026-03-02T16:59:00+08:00' })).toBe(true);
    expect(holds(passed, { checkInAt: '2026-03-02T17:01:00+08:00' })).toBe(false);
    const shanghai = { now: T0, timeZone: 'Asia/Shanghai' };
    expect(holds(passed, { checkInAt: '2026-03-02 16:59' }, shanghai)).toBe(true);
    expect(holds(passed, { checkInAt: '2026-03-02 16:59' })).toBe(false);
  });

  it('a date alone or anything unparseable is false', () => {
    for (const text of ['2026-03-01', 'yesterday', '2026-13-40T10:00', '1740000000000', '2026-03-02T08:00Zjunk', '']) {
      expect(parseTimestamp(text, 'UTC'), text).toBeNull();
      expect(holds(passed, { checkInAt: text }), text).toBe(false);
    }
  });
});

describe('hotel check-in through OpenConversation', () => {
  function hotel(): Harness {
    const h = new Harness().group('front-desk').agent('a1', { groups: ['front-desk'], max: 5 });
    h.settings({ defaultGroupId: 'front-desk' });
    saveRules(h, [
      rule(
        'stuck',
        { facts: [{ attribute: 'checkInAt', op: 'passed' }] },
        { priority: 10, labels: ['check-in-passed'] },
        { name: 'Check-in time passed' },
      ),
      rule('big-order', { facts: [{ attribute: 'orderAmount', op: 'gte', value: 5000 }] }, { priority: 3 }),
    ]);
    return h;
  }
  const checkInAt = iso(T0 + ms(30 * MINUTE));

  it('the same guest: before check-in no raise; after it, priority +10 with the engine clock', () => {
    const h = hotel();
    h.open('before', { customerId: 'guest', attributes: { checkInAt } });
    expect(h.conversation('before').priority).toBe(0);
    expect(h.conversation('before').routedBy).toBeNull();

    h.advance(31 * MINUTE);
    const events = h.open('after', { customerId: 'guest', attributes: { checkInAt } });
    expect(h.conversation('after').priority).toBe(10);
    expect(h.conversation('after').routedBy).toEqual({ id: 'stuck', name: 'Check-in time passed' });
    expect(h.conversation('after').labels).toEqual(['check-in-passed']);
    expect(opened(events).orderKey).toBe(T0 + ms(31 * MINUTE) - ms(10 * MINUTE));
  });

  it('a large order raises priority; a malformed amount is routed on the defaults', () => {
    const h = hotel();
    h.open('big', { attributes: { orderAmount: '8800.00' } });
    h.open('odd', { attributes: { orderAmount: '8,800' } });
    expect(h.conversation('big').priority).toBe(3);
    expect(h.conversation('odd').priority).toBe(0);
    expect(h.conversation('odd').groupId).toBe('front-desk');
  });
});

describe('validation of attribute conditions', () => {
  const state = new Harness().state;
  const check = (facts: readonly AttributeCondition[]): string | null => checkRules([rule('r', { facts }, {})], state);

  it('accepts well-formed conditions', () => {
    expect(
      check([
        { attribute: 'a', op: 'within', minutes: 60 },
        { attribute: 'b', op: 'in', values: ['x'] },
      ]),
    ).toBeNull();
  });

  it('refuses too many conditions, empty or long lists, bad minutes and non-finite numbers', () => {
    const many = Array.from({ length: 17 }, (_, i): AttributeCondition => ({ attribute: `a${i}`, op: 'passed' }));
    expect(check(many)).toMatch(/at most 16/);
    expect(check([{ attribute: 'a', op: 'in', values: [] }])).toMatch(/1–50 values/);
    expect(check([{ attribute: 'a', op: 'not-in', values: Array.from({ length: 51 }, String) }])).toMatch(/values/);
    expect(check([{ attribute: 'a', op: 'within', minutes: 0 }])).toMatch(/minutes/);
    expect(check([{ attribute: 'a', op: 'passed', minutes: 1.5 }])).toMatch(/minutes/);
    expect(check([{ attribute: 'a', op: 'gte', value: Number.NaN }])).toMatch(/value/);
    expect(check([{ attribute: '', op: 'gte', value: 1 }])).toMatch(/attribute name/);
  });
});
