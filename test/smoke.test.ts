import { describe, expect, it } from 'vitest';
import { Harness, eventsOf } from './support/harness.js';

describe('smoke', () => {
  it('routes and frees', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    const events = h.open('c1');
    expect(eventsOf(events, 'ConversationAssigned')[0]?.agentId).toBe('a');
    h.open('c2');
    expect(h.status('c2')).toBe('queued');
    h.close('c1');
    expect(h.owner('c2')).toBe('a');
  });
});
