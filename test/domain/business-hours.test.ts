/**
 * Business hours (DESIGN.md §3.2, §4): weekly windows in the group's IANA zone (DST-correct),
 * dated exceptions, and what happens outside hours — the after-hours fallback group, or a left
 * message that is assigned when the group opens.
 */
import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening } from '../../src/domain/business-hours.js';
import { queueStatus } from '../../src/domain/routing.js';
import { Harness, T0, eventsOf } from '../support/harness.js';
import {
  EVERY_DAY,
  HOUR,
  WEEKDAYS,
  exception,
  hours,
  ms,
  onlyAssignment,
  opened,
  weekly,
} from '../support/routing-helpers.js';

const utc = (iso: string): number => Date.parse(`${iso}Z`);

describe('isOpen and nextOpening', () => {
  it('a group without hours is always open and has no next opening', () => {
    expect(isOpen(null, T0)).toBe(true);
    expect(isOpen(null, utc('2026-12-25T03:00'))).toBe(true);
    expect(nextOpening(null, T0)).toBeNull();
  });

  it('America/New_York 09:00–17:00 before the DST change (EST, UTC−5)', () => {
    const ny = hours('America/New_York', weekly(WEEKDAYS, '09:00', '17:00'));
    // Friday 2026-03-06.
    expect(isOpen(ny, utc('2026-03-06T13:59'))).toBe(false);
    expect(isOpen(ny, utc('2026-03-06T14:00'))).toBe(true);
    expect(isOpen(ny, utc('2026-03-06T21:59'))).toBe(true);
    expect(isOpen(ny, utc('2026-03-06T22:00'))).toBe(false);
    expect(nextOpening(ny, utc('2026-03-05T22:00'))).toBe(utc('2026-03-06T14:00'));
    expect(nextOpening(ny, utc('2026-03-06T03:00'))).toBe(utc('2026-03-06T14:00'));
  });

  it('America/New_York 09:00–17:00 after the 2026-03-08 change opens an hour earlier in UTC (EDT, UTC−4)', () => {
    const ny = hours('America/New_York', weekly(WEEKDAYS, '09:00', '17:00'));
    // Friday evening → Monday 2026-03-09 09:00 EDT = 13:00 UTC, not 14:00.
    expect(nextOpening(ny, utc('2026-03-06T22:00'))).toBe(utc('2026-03-09T13:00'));
    expect(isOpen(ny, utc('2026-03-09T12:59'))).toBe(false);
    expect(isOpen(ny, utc('2026-03-09T13:00'))).toBe(true);
    expect(isOpen(ny, utc('2026-03-09T20:59'))).toBe(true);
    expect(isOpen(ny, utc('2026-03-09T21:00'))).toBe(false);
  });

  it('America/New_York open every day: the change day itself opens at 09:00 EDT', () => {
    const ny = hours('America/New_York', weekly(EVERY_DAY, '09:00', '17:00'));
    expect(nextOpening(ny, utc('2026-03-07T05:00'))).toBe(utc('2026-03-07T14:00'));
    expect(nextOpening(ny, utc('2026-03-07T22:00'))).toBe(utc('2026-03-08T13:00'));
    // 07:30 UTC on the change day is 03:30 EDT, just after the clocks jumped.
    expect(nextOpening(ny, utc('2026-03-08T07:30'))).toBe(utc('2026-03-08T13:00'));
    expect(isOpen(ny, utc('2026-03-08T13:00'))).toBe(true);
    expect(isOpen(ny, utc('2026-03-08T21:00'))).toBe(false);
  });

  it('Europe/Berlin 09:00–17:00 before and after the 2026-03-29 change (CET UTC+1 → CEST UTC+2)', () => {
    const berlin = hours('Europe/Berlin', weekly(EVERY_DAY, '09:00', '17:00'));
    // Saturday 2026-03-28, still CET.
    expect(isOpen(berlin, utc('2026-03-28T07:59'))).toBe(false);
    expect(isOpen(berlin, utc('2026-03-28T08:00'))).toBe(true);
    expect(isOpen(berlin, utc('2026-03-28T15:59'))).toBe(true);
    expect(isOpen(berlin, utc('2026-03-28T16:00'))).toBe(false);
    // Sunday 2026-03-29, CEST from 02:00 local.
    expect(nextOpening(berlin, utc('2026-03-28T16:00'))).toBe(utc('2026-03-29T07:00'));
    expect(nextOpening(berlin, utc('2026-03-29T00:30'))).toBe(utc('2026-03-29T07:00'));
    expect(isOpen(berlin, utc('2026-03-29T06:59'))).toBe(false);
    expect(isOpen(berlin, utc('2026-03-29T07:00'))).toBe(true);
    expect(isOpen(berlin, utc('2026-03-29T14:59'))).toBe(true);
    expect(isOpen(berlin, utc('2026-03-29T15:00'))).toBe(false);
    expect(nextOpening(berlin, utc('2026-03-29T15:00'))).toBe(utc('2026-03-30T07:00'));
  });

  it('Europe/Berlin after the autumn change (2026-10-25) opens an hour later in UTC', () => {
    const berlin = hours('Europe/Berlin', weekly(EVERY_DAY, '09:00', '17:00'));
    expect(nextOpening(berlin, utc('2026-10-23T16:00'))).toBe(utc('2026-10-24T07:00'));
    expect(nextOpening(berlin, utc('2026-10-24T15:00'))).toBe(utc('2026-10-25T08:00'));
    expect(isOpen(berlin, utc('2026-10-25T07:30'))).toBe(false);
    expect(isOpen(berlin, utc('2026-10-25T08:00'))).toBe(true);
  });

  it('a dated exception without windows closes the whole day', () => {
    // Wednesday 2026-03-04 is a holiday in Shanghai (UTC+8, no DST).
    const shanghai = hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'), {
      exceptions: [exception('2026-03-04')],
    });
    expect(isOpen(shanghai, utc('2026-03-03T02:00'))).toBe(true); // Tuesday 10:00
    expect(isOpen(shanghai, utc('2026-03-04T02:00'))).toBe(false); // Wednesday 10:00
    // Tuesday 17:00 local → Thursday 09:00 local, skipping the holiday.
    expect(nextOpening(shanghai, utc('2026-03-03T09:00'))).toBe(utc('2026-03-05T01:00'));
  });

  it("a dated exception with windows replaces that day's weekly hours", () => {
    const shanghai = hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'), {
      exceptions: [
        exception('2026-03-05', [{ from: '12:00', to: '15:00' }]), // Thursday: short day
        exception('2026-03-07', [{ from: '10:00', to: '14:00' }]), // Saturday: special opening
      ],
    });
    expect(isOpen(shanghai, utc('2026-03-05T02:00'))).toBe(false); // Thursday 10:00
    expect(nextOpening(shanghai, utc('2026-03-05T02:00'))).toBe(utc('2026-03-05T04:00')); // 12:00
    expect(isOpen(shanghai, utc('2026-03-05T06:59'))).toBe(true); // 14:59
    expect(isOpen(shanghai, utc('2026-03-05T07:00'))).toBe(false); // 15:00
    // Friday 17:00 → the special Saturday opening at 10:00, then Monday 09:00.
    expect(nextOpening(shanghai, utc('2026-03-06T09:00'))).toBe(utc('2026-03-07T02:00'));
    expect(isOpen(shanghai, utc('2026-03-07T05:59'))).toBe(true);
    expect(isOpen(shanghai, utc('2026-03-08T02:00'))).toBe(false); // Sunday stays closed
    expect(nextOpening(shanghai, utc('2026-03-07T06:00'))).toBe(utc('2026-03-09T01:00'));
  });

  it('several windows a day: the next opening is after the break; adjoining windows are one opening', () => {
    const lunchBreak = hours('UTC', [...weekly([1], '09:00', '12:00'), ...weekly([1], '13:00', '17:00')]);
    expect(isOpen(lunchBreak, utc('2026-03-02T12:30'))).toBe(false);
    expect(nextOpening(lunchBreak, utc('2026-03-02T12:30'))).toBe(utc('2026-03-02T13:00'));

    const adjoining = hours('UTC', [...weekly([1, 2], '09:00', '12:00'), ...weekly([1, 2], '12:00', '17:00')]);
    expect(isOpen(adjoining, utc('2026-03-02T12:00'))).toBe(true);
    expect(nextOpening(adjoining, utc('2026-03-02T10:00'))).toBe(utc('2026-03-03T09:00'));
  });

  it('a window may end at 24:00, and an overnight shift is two windows', () => {
    const night = hours('UTC', [...weekly([1], '22:00', '24:00'), ...weekly([2], '00:00', '06:00')]);
    expect(isOpen(night, utc('2026-03-02T23:59'))).toBe(true);
    expect(isOpen(night, utc('2026-03-03T00:00'))).toBe(true);
    expect(isOpen(night, utc('2026-03-03T06:00'))).toBe(false);
    // The 00:00 window continues Monday's shift: the next opening is the following Monday 22:00.
    expect(nextOpening(night, utc('2026-03-02T23:00'))).toBe(utc('2026-03-09T22:00'));
  });

  it('hours that never open have no next opening', () => {
    expect(nextOpening(hours('UTC', []), T0)).toBeNull();
    expect(isOpen(hours('UTC', []), T0)).toBe(false);
  });
});

/** Sales in Shanghai, Monday–Friday 09:00–17:00. T0 (Monday 09:00 UTC) is 17:00 there: closed. */
const SALES_OPENS = T0 + ms(16 * HOUR); // Tuesday 09:00 Shanghai = Tuesday 01:00 UTC

describe('after hours: fallback group', () => {
  function tenant(start = T0): Harness {
    const h = new Harness(start).group('night').group('sales', {
      hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'), {
        afterHours: { kind: 'group', groupId: 'night' },
      }),
    });
    h.settings({ defaultGroupId: 'sales' });
    return h.agent('s1', { groups: ['sales'] }).agent('n1', { groups: ['night'] });
  }

  it('outside hours the conversation goes to the open fallback group, with afterHoursFrom set', () => {
    const h = tenant();
    const events = h.open('c1');
    const event = opened(events);
    expect(event.groupId).toBe('night');
    expect(event.afterHoursFrom).toBe('sales');
    expect(event.disposition.kind).toBe('queued');
    expect(h.conversation('c1').groupId).toBe('night');
    expect(onlyAssignment(events).agentId).toBe('n1');
    expect(h.owner('c1')).toBe('n1');
  });

  it('inside hours it stays in its own group', () => {
    const h = tenant(T0 - ms(8 * HOUR)); // Monday 09:00 Shanghai
    const event = opened(h.open('c1'));
    expect(event.groupId).toBe('sales');
    expect(event.afterHoursFrom).toBeNull();
    expect(h.owner('c1')).toBe('s1');
  });

  it('if the fallback group is closed too, the customer leaves a message for the own group', () => {
    const h = new Harness()
      .group('night', { hours: hours('Asia/Shanghai', weekly(EVERY_DAY, '20:00', '24:00')) })
      .group('sales', {
        hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'), {
          afterHours: { kind: 'group', groupId: 'night' },
        }),
      });
    h.settings({ defaultGroupId: 'sales' });
    h.agent('s1', { groups: ['sales'] }).agent('n1', { groups: ['night'] });
    const event = opened(h.open('c1'));
    expect(event.groupId).toBe('sales');
    expect(event.afterHoursFrom).toBeNull();
    expect(event.disposition).toEqual({ kind: 'left-message', reason: 'after-hours', opensAt: SALES_OPENS });
    expect(h.status('c1')).toBe('left-message');
    expect(h.owner('c1')).toBeNull();
  });
});

describe('after hours: left message', () => {
  function tenant(options: { online?: boolean; max?: number } = {}): Harness {
    return new Harness()
      .group('sales', { hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00')) })
      .agent('s1', { groups: ['sales'], online: options.online ?? true, max: options.max ?? 1 });
  }

  it('becomes a left message with an opens: timer at the next opening, even with a free agent online', () => {
    const h = tenant();
    const events = h.open('c1', { text: '请明天回复我' });
    expect(opened(events).disposition).toEqual({ kind: 'left-message', reason: 'after-hours', opensAt: SALES_OPENS });
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    expect(eventsOf(events, 'MessagePosted')[0]?.text).toBe('请明天回复我');
    expect(h.status('c1')).toBe('left-message');
    expect(h.state.timers.get('opens:sales')?.at).toBe(SALES_OPENS);
    expect(queueStatus(h.state, 'c1')?.position).toBe(1);
  });

  it('when time reaches the opening, GroupOpened fires and the online agent gets the left message', () => {
    const h = tenant();
    h.open('c1');
    expect(h.advance(16 * HOUR - 1)).toEqual([]);
    expect(h.status('c1')).toBe('left-message');

    const fired = h.advance(1);
    const groupOpened = eventsOf(fired, 'GroupOpened');
    expect(groupOpened).toHaveLength(1);
    expect(groupOpened[0]).toMatchObject({ groupId: 'sales', at: SALES_OPENS });
    const assigned = onlyAssignment(fired);
    expect(assigned).toMatchObject({ conversationId: 'c1', agentId: 's1', at: SALES_OPENS });
    expect(assigned.explanation.trigger).toBe('agent');
    expect(h.status('c1')).toBe('active');
    expect(h.owner('c1')).toBe('s1');
  });

  it('left messages go out in arrival order as capacity allows', () => {
    const h = tenant({ max: 2 });
    h.open('c1');
    h.advance(60);
    h.open('c2');
    h.open('c3');
    // Every message points at the same opening; one timer serves the group.
    expect([...h.state.timers.keys()].filter((key) => key.startsWith('opens:'))).toEqual(['opens:sales']);
    const fired = h.advance((SALES_OPENS - h.now) / 1000);
    expect(eventsOf(fired, 'ConversationAssigned').map((event) => [event.conversationId, event.at])).toEqual([
      ['c1', SALES_OPENS],
      ['c2', SALES_OPENS],
    ]);
    expect(h.status('c3')).toBe('left-message');
    h.close('c1');
    expect(h.owner('c3')).toBe('s1');
  });

  it('an agent who connects while the group is closed does not get it; one who connects after opening does', () => {
    const h = tenant({ online: false });
    h.open('c1');
    h.run({ type: 'ConnectAgent', agentId: 's1' });
    expect(h.status('c1')).toBe('left-message');
    h.run({ type: 'DisconnectAgent', agentId: 's1' });
    h.advance(61); // past the presence grace period
    const fired = h.advance(16 * HOUR);
    expect(eventsOf(fired, 'GroupOpened')).toHaveLength(1);
    expect(eventsOf(fired, 'ConversationAssigned')).toEqual([]);
    expect(h.status('c1')).toBe('left-message');
    const events = h.run({ type: 'ConnectAgent', agentId: 's1' });
    expect(onlyAssignment(events).agentId).toBe('s1');
    expect(h.status('c1')).toBe('active');
  });

  it('a closed-day exception pushes the opening to the next working day', () => {
    const h = new Harness()
      .group('sales', {
        hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'), {
          exceptions: [exception('2026-03-03')], // Tuesday closed
        }),
      })
      .agent('s1', { groups: ['sales'] });
    const wednesday = T0 + ms(40 * HOUR); // Wednesday 09:00 Shanghai
    expect(opened(h.open('c1')).disposition).toMatchObject({ kind: 'left-message', opensAt: wednesday });
    expect(h.advance(16 * HOUR)).toEqual([]);
    const fired = h.advance(24 * HOUR);
    expect(onlyAssignment(fired)).toMatchObject({ agentId: 's1', at: wednesday });
  });

  it('special hours keep the group open later that day', () => {
    const h = new Harness()
      .group('sales', {
        hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'), {
          exceptions: [exception('2026-03-02', [{ from: '09:00', to: '20:00' }])],
        }),
      })
      .agent('s1', { groups: ['sales'] });
    const events = h.open('c1');
    expect(opened(events).disposition.kind).toBe('queued');
    expect(onlyAssignment(events).agentId).toBe('s1');
  });

  it('America/New_York across the DST change: the left message is assigned at 09:00 EDT = 13:00 UTC', () => {
    const friday = utc('2026-03-06T22:30'); // 17:30 EST
    const monday = utc('2026-03-09T13:00'); // 09:00 EDT
    const h = new Harness(friday)
      .group('us', { hours: hours('America/New_York', weekly(WEEKDAYS, '09:00', '17:00')) })
      .agent('u1', { groups: ['us'] });
    expect(opened(h.open('c1')).disposition).toMatchObject({ kind: 'left-message', opensAt: monday });
    expect(h.state.timers.get('opens:us')?.at).toBe(monday);
    const fired = h.advance((monday - friday) / 1000);
    expect(eventsOf(fired, 'GroupOpened')[0]?.at).toBe(monday);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 'u1', at: monday });
  });

  it('Europe/Berlin across the DST change: the left message is assigned at 09:00 CEST = 07:00 UTC', () => {
    const saturday = utc('2026-03-28T16:30'); // 17:30 CET
    const sunday = utc('2026-03-29T07:00'); // 09:00 CEST
    const h = new Harness(saturday)
      .group('eu', { hours: hours('Europe/Berlin', weekly(EVERY_DAY, '09:00', '17:00')) })
      .agent('e1', { groups: ['eu'] });
    expect(opened(h.open('c1')).disposition).toMatchObject({ kind: 'left-message', opensAt: sunday });
    const fired = h.advance((sunday - saturday) / 1000);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 'e1', at: sunday });
  });
});
