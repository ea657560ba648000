/** Tagging a conversation: participants add and remove labels; others are refused and nothing changes. */
import { describe, expect, it } from 'vitest';
import { describeState } from '../../src/domain/describe-state.js';
import { Harness, eventsOf } from './../support/harness.js';

const tag = (agentId: string, add: string[], remove: string[] = []) =>
  ({ type: 'TagConversation', conversationId: 'c1', agentId, add, remove }) as const;

function served(): Harness {
  const h = new Harness()
    .group('g')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: ['g'] })
    .agent('sup', { role: 'supervisor', manages: { groupIds: ['g'] } });
  h.open('c1', { agentId: 'a' });
  return h;
}

describe('tagging conversations', () => {
  it('lets the owner add and remove labels, keeping order and dropping duplicates', () => {
    const h = served();
    expect(eventsOf(h.run(tag('a', ['refund', 'vip', 'refund'])), 'ConversationTagged')[0]?.labels).toEqual([
      'refund',
      'vip',
    ]);
    expect(eventsOf(h.run(tag('a', ['退款'], ['vip'])), 'ConversationTagged')[0]?.labels).toEqual(['refund', '退款']);
    expect(h.conversation('c1').labels).toEqual(['refund', '退款']);
    // Adding what is there changes nothing and records nothing.
    expect(h.run(tag('a', ['refund']))).toEqual([]);
  });

  it('lets a supervisor over the conversation tag it, but not an agent outside it', () => {
    const h = served();
    expect(h.run(tag('sup', ['escalated']))).toHaveLength(1);
    const before = describeState(h.state);
    expect(h.refused(tag('b', ['x'])).code).toBe('NOT_PARTICIPANT');
    expect(h.refused(tag('a', ['a,b'])).code).toBe('INVALID_COMMAND');
    expect(
      h.refused(
        tag(
          'a',
          Array.from({ length: 40 }, (_, index) => `l${index}`),
        ),
      ).code,
    ).toBe('INVALID_COMMAND');
    expect(describeState(h.state)).toEqual(before);
  });
});
