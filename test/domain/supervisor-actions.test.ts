/**
 * Supervisor interventions (DESIGN.md §6), each within the supervisor's scope: watch, whisper,
 * barge in, leave, take over, reassign (with or without the target's accept, to an agent or a
 * group), change a group's strategy and set an agent's status.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import type { TransferTarget } from '../../src/domain/transfer.js';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf } from '../support/routing-checks.js';
import {
  acceptTransfer,
  agentOf,
  chainOf,
  entries,
  only,
  openFor,
  pendingTransfer,
  refusedCode,
  requestTransfer,
  toAgent,
  timeline,
  toGroup,
} from '../support/transfer-helpers.js';

/**
 * Groups g and g2; a and b work in g, e in g2. sup supervises g and g2; outsider supervises only
 * `other`. a owns c1 (answered).
 */
function floor(): Harness {
  const h = new Harness()
    .group('g')
    .group('g2')
    .group('other')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: ['g'] })
    .agent('e', { groups: ['g2'] })
    .agent('o', { groups: ['other'] })
    .agent('sup', { role: 'supervisor', manages: { groupIds: ['g', 'g2'] } })
    .agent('outsider', { role: 'supervisor', manages: { groupIds: ['other'] } });
  openFor(h, 'c1', 'a');
  h.reply('c1');
  return h;
}

const post = (agentId: string, visibility: 'public' | 'internal', messageId: string): Command => ({
  type: 'PostMessage',
  conversationId: 'c1',
  messageId,
  author: { kind: 'agent', agentId },
  visibility,
  text: `${agentId} ${visibility}`,
});

const join = (mode: 'watch' | 'barge', supervisorId = 'sup'): Command => ({
  type: 'JoinConversation',
  supervisorId,
  conversationId: 'c1',
  mode,
});

describe('watch, whisper and barge in', () => {
  it('a watcher sees the conversation and writes internal notes only', () => {
    const h = floor();
    expect(h.run(join('watch'))).toEqual([
      { type: 'SupervisorJoined', at: T0, conversationId: 'c1', supervisorId: 'sup', mode: 'watch' },
    ]);
    expect(h.conversation('c1').watchers).toEqual([{ supervisorId: 'sup', mode: 'watch' }]);
    expect(h.refused(post('sup', 'public', 'w1')).code).toBe('NOT_OWNER');
    expect(h.run(post('sup', 'internal', 'w2'))).toMatchObject([
      { type: 'MessagePosted', visibility: 'internal', author: { kind: 'agent', agentId: 'sup' } },
    ]);
    // Joining again in the same mode changes nothing.
    expect(h.run(join('watch'))).toEqual([]);
  });

  it('a supervisor who barged in writes publicly; the owner keeps the conversation', () => {
    const h = floor();
    h.run(join('watch'));
    expect(h.run(join('barge'))).toMatchObject([{ type: 'SupervisorJoined', mode: 'barge' }]);
    expect(h.conversation('c1').watchers).toEqual([{ supervisorId: 'sup', mode: 'barge' }]);
    expect(h.run(post('sup', 'public', 'b1'))).toMatchObject([
      { visibility: 'public', author: { kind: 'agent', agentId: 'sup' }, text: 'sup public' },
    ]);
    expect(h.owner('c1')).toBe('a');
    expect(h.run(post('a', 'public', 'a1'))).toHaveLength(1);
  });

  it('leaving ends both; leaving when not present does nothing', () => {
    const h = floor();
    h.run(join('barge'));
    expect(h.run({ type: 'LeaveConversation', supervisorId: 'sup', conversationId: 'c1' })).toEqual([
      { type: 'SupervisorLeft', at: T0, conversationId: 'c1', supervisorId: 'sup' },
    ]);
    expect(h.conversation('c1').watchers).toEqual([]);
    expect(h.refused(post('sup', 'public', 'l1')).code).toBe('NOT_OWNER');
    expect(h.run({ type: 'LeaveConversation', supervisorId: 'sup', conversationId: 'c1' })).toEqual([]);
    expect(h.refused({ type: 'LeaveConversation', supervisorId: 'sup', conversationId: 'nope' }).code).toBe(
      'CONVERSATION_NOT_FOUND',
    );
  });

  it('a supervisor in scope whispers without joining', () => {
    const h = floor();
    expect(h.run(post('sup', 'internal', 'wh'))).toMatchObject([{ visibility: 'internal' }]);
    expect(h.refused(post('outsider', 'internal', 'wh2')).code).toBe('NOT_PARTICIPANT');
  });

  it('refuses a closed conversation and an unknown mode', () => {
    const h = floor();
    expect(h.refused({ ...join('watch'), mode: 'spy' } as unknown as Command).code).toBe('INVALID_COMMAND');
    h.close('c1');
    expect(h.refused(join('watch')).code).toBe('CONVERSATION_CLOSED');
  });
});

describe('take over', () => {
  it('makes the supervisor the owner at once, cancelling a pending transfer; the chain shows it', () => {
    const h = floor();
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: 'b' });
    h.advance(3);
    const events = h.run({ type: 'TakeOver', transferId: 'tk1', supervisorId: 'sup', conversationId: 'c1' });

    expect(events.map((event) => event.type)).toEqual([
      'TransferCancelled',
      'MessagePosted',
      'TransferRequested',
      'MessagePosted',
      'TransferAccepted',
      'MessagePosted',
      'MessagePosted',
      'MessagePosted',
    ]);
    expect(events[0]).toEqual({
      type: 'TransferCancelled',
      at: T0 + 3000,
      transferId: 't1',
      conversationId: 'c1',
      agentId: 'b',
      by: 'sup',
    });
    expect(only(events, 'TransferRequested').transfer).toMatchObject({
      id: 'tk1',
      initiatorId: 'sup',
      fromAgentId: 'a',
      source: 'supervisor',
      requiresAccept: false,
      targetAgentId: 'sup',
    });
    expect(only(events, 'TransferAccepted')).toMatchObject({
      fromAgentId: 'a',
      toAgentId: 'sup',
      groupId: 'g',
      automatic: true,
    });
    expect(h.owner('c1')).toBe('sup');
    expect(agentOf(h, 'sup')).toMatchObject({ active: 1 });
    expect(agentOf(h, 'a')).toMatchObject({ active: 0 });
    expect(agentOf(h, 'b')).toMatchObject({ incoming: 0 });
    expect(h.conversation('c1').pendingTransferId).toBeNull();
    expect(chainOf(h.log, 'c1')).toEqual(['a', 'sup']);
    expect(entries(events, 'c1', 'TRANSFER_CANCEL')).toHaveLength(1);
    // The seq stays gap-free across the cancellation and the takeover.
    const seqs = timeline(h.log, 'c1').map((entry) => entry.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
  });

  it('works whatever the supervisor’s load or status', () => {
    const h = floor();
    openFor(h, 'c-sup', 'sup');
    h.run({ type: 'SetAgentStatus', agentId: 'sup', status: 'away' });
    h.run({ type: 'TakeOver', transferId: 'tk1', supervisorId: 'sup', conversationId: 'c1' });
    expect(h.owner('c1')).toBe('sup');
    expect(agentOf(h, 'sup')).toMatchObject({ active: 2, maxConcurrent: 1 });
  });

  it('does nothing for the current owner and refuses a conversation nobody serves', () => {
    const h = floor();
    h.run({ type: 'TakeOver', transferId: 'tk1', supervisorId: 'sup', conversationId: 'c1' });
    expect(h.run({ type: 'TakeOver', transferId: 'tk2', supervisorId: 'sup', conversationId: 'c1' })).toEqual([]);
    // a (freed by the takeover) and b take q1 and q2; q3 waits.
    for (const id of ['q1', 'q2', 'q3']) h.open(id);
    expect(h.status('q3')).toBe('queued');
    expect(refusedCode(h, { type: 'TakeOver', transferId: 'tk3', supervisorId: 'sup', conversationId: 'q3' })).toBe(
      'CONVERSATION_NOT_TRANSFERABLE',
    );
  });
});

describe('reassign', () => {
  const reassign = (target: TransferTarget, requireAccept: boolean): Command => ({
    type: 'Reassign',
    transferId: 'r1',
    supervisorId: 'sup',
    conversationId: 'c1',
    target,
    requireAccept,
    note: 'balancing load',
  });

  it('to an agent with accept: a pending transfer the agent answers', () => {
    const h = floor();
    const events = h.run(reassign(toAgent('b'), true));
    expect(only(events, 'TransferRequested').transfer).toMatchObject({
      id: 'r1',
      initiatorId: 'sup',
      fromAgentId: 'a',
      source: 'supervisor',
      requiresAccept: true,
      targetAgentId: 'b',
      note: { text: 'balancing load', reason: 'reassign' },
    });
    expect(eventsOf(events, 'TransferAccepted')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
    acceptTransfer(h, 'r1', 'b');
    expect(h.owner('c1')).toBe('b');
  });

  it('to an agent without accept: moved at once', () => {
    const h = floor();
    const events = h.run(reassign(toAgent('b'), false));
    expect(only(events, 'TransferAccepted')).toMatchObject({ fromAgentId: 'a', toAgentId: 'b', automatic: true });
    expect(h.owner('c1')).toBe('b');
    expect(agentOf(h, 'b')).toMatchObject({ active: 1, incoming: 0 });
  });

  it('to a group with accept: a member is asked', () => {
    const h = floor();
    const events = h.run(reassign(toGroup('g2'), true));
    expect(only(events, 'TransferRequested').transfer).toMatchObject({ target: toGroup('g2'), targetAgentId: 'e' });
    expect(pendingTransfer(h, 'r1').status).toBe('pending');
    acceptTransfer(h, 'r1', 'e');
    expect(h.conversation('c1')).toMatchObject({ ownerId: 'e', groupId: 'g2' });
  });

  it('to a group without accept: a free member takes it at once', () => {
    const h = floor();
    const events = h.run(reassign(toGroup('g2'), false));
    expect(only(events, 'TransferAccepted')).toMatchObject({ toAgentId: 'e', groupId: 'g2', automatic: true });
    expect(h.conversation('c1')).toMatchObject({ ownerId: 'e', groupId: 'g2' });
  });

  it('forced to a group with nobody free: back in that group’s queue, served when a member frees up', () => {
    const h = floor().settings({ defaultGroupBySource: { g2: 'g2' } });
    h.open('x', { source: 'g2' });
    expect(h.owner('x')).toBe('e');
    h.advance(5);

    const events = h.run(reassign(toGroup('g2'), false));
    expect(only(events, 'ConversationRequeued')).toEqual({
      type: 'ConversationRequeued',
      at: T0 + 5000,
      conversationId: 'c1',
      fromAgentId: 'a',
      reason: 'reassigned',
      groupId: 'g2',
      overflowTier: 0,
      overflowDeadline: null,
      exclusionDeadline: T0 + 5000 + 300_000,
    });
    expect(eventsOf(events, 'TransferRequested')).toEqual([]);
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', ownerId: null, groupId: 'g2' });
    expect(
      h.state.groups
        .get('g2')!
        .queue.toArray()
        .map((c) => c.id),
    ).toEqual(['c1']);
    expect(agentOf(h, 'a').active).toBe(0);

    expect(assignmentOf(h.close('x'), 'c1').agentId).toBe('e');
  });

  it('cancels a pending transfer first', () => {
    const h = floor();
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: 'b' });
    const events = h.run(reassign(toGroup('g2'), false));
    expect(events.map((event) => event.type).slice(0, 2)).toEqual(['TransferCancelled', 'MessagePosted']);
    expect(agentOf(h, 'b').incoming).toBe(0);
    expect(h.owner('c1')).toBe('e');
  });

  it('still checks the target: a full agent cannot be forced a conversation', () => {
    const h = floor();
    openFor(h, 'c2', 'b');
    expect(refusedCode(h, reassign(toAgent('b'), false))).toBe('TRANSFER_TARGET_UNAVAILABLE');
    expect(refusedCode(h, reassign(toAgent('a'), false))).toBe('TRANSFER_TO_SELF');
    expect(refusedCode(h, reassign(toGroup('nope'), false))).toBe('GROUP_NOT_FOUND');
  });
});

describe('group strategy', () => {
  it('changes a group’s strategy live; the next routing uses it', () => {
    // hi has ability 10, lo ability 1 and has been idle longer.
    const h = new Harness()
      .group('g')
      .agent('lo', { groups: [['g', 1]], max: 4 })
      .agent('sup', { role: 'supervisor', manages: { groupIds: ['g'] } });
    h.advance(30);
    h.agent('hi', { groups: [['g', 10]], max: 4 });
    const first = assignmentOf(h.open('c1'), 'c1');
    expect(first).toMatchObject({
      agentId: 'hi',
      explanation: { rankedBy: { groupId: 'g', strategy: 'weighted-wait' } },
    });

    const changed = h.run({ type: 'ChangeGroupStrategy', supervisorId: 'sup', groupId: 'g', strategy: 'round-robin' });
    expect(only(changed, 'SkillGroupSaved').group).toMatchObject({ id: 'g', strategy: 'round-robin' });
    expect(h.state.groups.get('g')!.config.strategy).toBe('round-robin');

    const second = assignmentOf(h.open('c2'), 'c2');
    expect(second).toMatchObject({ agentId: 'lo', explanation: { rankedBy: { strategy: 'round-robin' } } });
  });

  it('keeps or replaces the strategy parameters and refuses bad ones', () => {
    const h = floor();
    const kept = only(
      h.run({ type: 'ChangeGroupStrategy', supervisorId: 'sup', groupId: 'g', strategy: 'most-skilled' }),
      'SkillGroupSaved',
    );
    expect(kept.group.params).toEqual({ k: 300, m: 0.5 });
    const replaced = only(
      h.run({
        type: 'ChangeGroupStrategy',
        supervisorId: 'sup',
        groupId: 'g',
        strategy: 'weighted-wait',
        params: { k: 120, m: 1 },
      }),
      'SkillGroupSaved',
    );
    expect(replaced.group.params).toEqual({ k: 120, m: 1 });
    const unknown = { type: 'ChangeGroupStrategy', supervisorId: 'sup', groupId: 'g', strategy: 'fastest' };
    expect(refusedCode(h, unknown as unknown as Command)).toBe('INVALID_CONFIGURATION');
    expect(
      refusedCode(h, {
        type: 'ChangeGroupStrategy',
        supervisorId: 'sup',
        groupId: 'g',
        strategy: 'weighted-wait',
        params: { k: -1, m: 0 },
      }),
    ).toBe('INVALID_CONFIGURATION');
    expect(
      refusedCode(h, { type: 'ChangeGroupStrategy', supervisorId: 'sup', groupId: 'nope', strategy: 'random' }),
    ).toBe('GROUP_NOT_FOUND');
  });
});

describe('agent status', () => {
  it('a supervisor sets the status of an agent in scope', () => {
    const h = floor();
    expect(h.run({ type: 'SetAgentStatus', agentId: 'b', status: 'away', byAgentId: 'sup' })).toEqual([
      { type: 'AgentStatusChanged', at: T0, agentId: 'b', status: 'away', reason: 'manual' },
    ]);
    expect(agentOf(h, 'b').status).toBe('away');
    h.open('c2');
    expect(h.status('c2')).toBe('queued');
    const back = h.run({ type: 'SetAgentStatus', agentId: 'b', status: 'available', byAgentId: 'sup' });
    expect(assignmentOf(back, 'c2').agentId).toBe('b');
  });

  it('a supervisor sets the status of an agent in a managed sub-department', () => {
    const h = floor();
    h.run({ type: 'SaveDepartment', department: { id: 'sales', name: 'Sales', parentId: null } });
    h.run({ type: 'SaveDepartment', department: { id: 'sales-east', name: 'Sales East', parentId: 'sales' } });
    h.agent('east', { departmentId: 'sales-east' });
    h.agent('head', { role: 'supervisor', manages: { departmentIds: ['sales'] } });
    expect(h.run({ type: 'SetAgentStatus', agentId: 'east', status: 'busy', byAgentId: 'head' })).toHaveLength(1);
    expect(agentOf(h, 'east').status).toBe('busy');
  });
});

describe('scope', () => {
  const outOfScope: readonly [string, Command][] = [
    ['watching', join('watch', 'outsider')],
    ['barging in', join('barge', 'outsider')],
    ['taking over', { type: 'TakeOver', transferId: 'x1', supervisorId: 'outsider', conversationId: 'c1' }],
    [
      'reassigning',
      {
        type: 'Reassign',
        transferId: 'x1',
        supervisorId: 'outsider',
        conversationId: 'c1',
        target: toAgent('b'),
        requireAccept: false,
      },
    ],
    [
      'transferring',
      {
        type: 'RequestTransfer',
        transferId: 'x1',
        conversationId: 'c1',
        initiatorId: 'outsider',
        target: toAgent('b'),
        note: { text: 'x', templateId: null, fields: {}, reason: null, tags: [] },
      },
    ],
    [
      'changing a group’s strategy',
      { type: 'ChangeGroupStrategy', supervisorId: 'outsider', groupId: 'g', strategy: 'random' },
    ],
    ['setting an agent’s status', { type: 'SetAgentStatus', agentId: 'a', status: 'away', byAgentId: 'outsider' }],
    ['joining as a plain agent', join('watch', 'b')],
    ['taking over as a plain agent', { type: 'TakeOver', transferId: 'x1', supervisorId: 'b', conversationId: 'c1' }],
    [
      'setting a colleague’s status as a plain agent',
      { type: 'SetAgentStatus', agentId: 'a', status: 'away', byAgentId: 'b' },
    ],
    [
      'changing a strategy as a plain agent',
      { type: 'ChangeGroupStrategy', supervisorId: 'b', groupId: 'g', strategy: 'random' },
    ],
  ];

  it.each(outOfScope)('OUT_OF_SCOPE: %s, with the state unchanged', (_name, command) => {
    const h = floor();
    expect(refusedCode(h, command)).toBe('OUT_OF_SCOPE');
  });

  it('a supervisor over the owner’s department may act on a conversation of an unmanaged group', () => {
    const h = floor();
    h.run({ type: 'SaveDepartment', department: { id: 'sales', name: 'Sales', parentId: null } });
    h.run({ type: 'SaveDepartment', department: { id: 'sales-east', name: 'Sales East', parentId: 'sales' } });
    h.agent('east', { groups: ['other'], departmentId: 'sales-east' });
    h.agent('head', { role: 'supervisor', manages: { departmentIds: ['sales'] } });
    h.run({ type: 'CloseConversation', conversationId: 'c1', agentId: 'a', by: 'agent' });
    h.settings({ defaultGroupBySource: { other: 'other' } });
    h.open('c-east', { source: 'other', agentId: 'east' });
    expect(h.owner('c-east')).toBe('east');

    expect(
      h.run({ type: 'JoinConversation', supervisorId: 'head', conversationId: 'c-east', mode: 'watch' }),
    ).toHaveLength(1);
    h.run({ type: 'TakeOver', transferId: 'tk', supervisorId: 'head', conversationId: 'c-east' });
    expect(h.owner('c-east')).toBe('head');
    // The group itself is not theirs: its strategy is out of reach.
    expect(
      refusedCode(h, { type: 'ChangeGroupStrategy', supervisorId: 'head', groupId: 'other', strategy: 'random' }),
    ).toBe('OUT_OF_SCOPE');
  });

  it('an admin manages everything', () => {
    const h = floor().agent('root', { role: 'admin' });
    expect(h.run({ type: 'SetAgentStatus', agentId: 'o', status: 'busy', byAgentId: 'root' })).toHaveLength(1);
    expect(
      h.run({ type: 'ChangeGroupStrategy', supervisorId: 'root', groupId: 'other', strategy: 'least-load' }),
    ).toHaveLength(1);
    h.run({ type: 'TakeOver', transferId: 'tk', supervisorId: 'root', conversationId: 'c1' });
    expect(h.owner('c1')).toBe('root');
  });
});
