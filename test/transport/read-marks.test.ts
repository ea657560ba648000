/**
 * The gateway's read marks in memory (src/transport/realtime/read-marks.ts): per tenant and
 * conversation, one mark per side that only moves forward, and a bound on how many conversations
 * are kept — the least recently marked goes first.
 */
import { describe, expect, it } from 'vitest';
import { ReadMarks } from '../../src/transport/realtime/read-marks.js';

describe('read marks', () => {
  it('keeps one mark per side, moving only forward, apart per tenant', () => {
    const marks = new ReadMarks();
    expect(marks.get('acme', 'c1')).toEqual({ customer: 0, agent: 0 });
    expect(marks.mark('acme', 'c1', 'customer', 3)).toEqual({ seq: 3, moved: true });
    expect(marks.mark('acme', 'c1', 'customer', 2)).toEqual({ seq: 3, moved: false });
    expect(marks.mark('acme', 'c1', 'customer', 3)).toEqual({ seq: 3, moved: false });
    expect(marks.mark('acme', 'c1', 'agent', 5)).toEqual({ seq: 5, moved: true });
    expect(marks.get('acme', 'c1')).toEqual({ customer: 3, agent: 5 });
    expect(marks.get('other', 'c1')).toEqual({ customer: 0, agent: 0 });
  });

  it('forgets the least recently marked conversation past its capacity', () => {
    const marks = new ReadMarks(2);
    marks.mark('acme', 'c1', 'customer', 1);
    marks.mark('acme', 'c2', 'customer', 1);
    marks.mark('acme', 'c1', 'agent', 1);
    marks.mark('acme', 'c3', 'customer', 1);
    expect(marks.get('acme', 'c2')).toEqual({ customer: 0, agent: 0 });
    expect(marks.get('acme', 'c1')).toEqual({ customer: 1, agent: 1 });
    expect(marks.get('acme', 'c3')).toEqual({ customer: 1, agent: 0 });
  });
});
