/**
 * Personal quick replies in the domain (src/domain/decide-quick-replies.ts): saved whole on the
 * agent, kept by a later profile save, a replay and a snapshot; refused for unknown or removed
 * agents and for lists breaking the rules (too many, duplicate ids, a shortcut twice in a language).
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/domain/execute.js';
import { MAX_PERSONAL_QUICK_REPLIES } from '../../src/domain/quick-reply.js';
import { fromSnapshot, toSnapshot } from '../../src/domain/snapshot.js';
import { createState } from '../../src/domain/state.js';
import { Harness } from '../support/harness.js';

const replies = [
  { id: 'hi', title: '问候', text: '{客户名}您好', shortcut: '问候', language: 'zh-CN' },
  { id: 'hello', title: 'Hello', text: 'Hi {customerName}', shortcut: 'hi' },
];

describe('personal quick replies', () => {
  it('are saved on the agent and survive a profile save, a replay and a snapshot', () => {
    const h = new Harness().group('g');
    h.agent('a', { groups: ['g'] });
    h.run({ type: 'SavePersonalReplies', agentId: 'a', replies });
    expect(h.state.agents.get('a')?.quickReplies).toEqual(replies);
    const agent = h.state.agents.get('a');
    if (agent === undefined) throw new Error('no agent');
    h.run({ type: 'SaveAgent', agent: { ...agent, name: 'Renamed' } });
    expect(h.state.agents.get('a')?.quickReplies).toEqual(replies);
    expect(replay(createState(), h.log).agents.get('a')?.quickReplies).toEqual(replies);
    const restored = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(h.state))) as ReturnType<typeof toSnapshot>);
    expect(restored.agents.get('a')?.quickReplies).toEqual(replies);
  });

  it('are refused for unknown agents and for lists that break the rules', () => {
    const h = new Harness().group('g');
    h.agent('a', { groups: ['g'] });
    expect(h.refused({ type: 'SavePersonalReplies', agentId: 'nobody', replies }).code).toBe('AGENT_NOT_FOUND');
    const many = Array.from({ length: MAX_PERSONAL_QUICK_REPLIES + 1 }, (_, i) => ({
      id: `r${i}`,
      title: 'T',
      text: 'x',
    }));
    const twice = [replies[1], { ...replies[1], id: 'other', shortcut: 'HI' }];
    for (const bad of [many, [replies[0], replies[0]], twice, [{ id: 'blank', title: 'T', text: '  ' }]]) {
      expect(h.refused({ type: 'SavePersonalReplies', agentId: 'a', replies: bad as typeof replies }).code).toBe(
        'INVALID_CONFIGURATION',
      );
    }
    expect(h.state.agents.get('a')?.quickReplies).toBeUndefined();
  });
});
