/**
 * Who may transfer what to whom (DESIGN.md §5 Permissions, Note, Target unavailable, Auto-accept).
 * Each refusal has its own code and leaves the whole state (indexes included) unchanged.
 */
import { describe, expect, it } from 'vitest';
import { T0, Harness, eventsOf, type AgentSpec } from '../support/harness.js';
import { HOUR, patient } from '../support/routing-helpers.js';
import {
  agentOf,
  entries,
  ms,
  note,
  only,
  openFor,
  refusedCode,
  requestCommand,
  requestTransfer,
  cancelTransfer,
  toGroup,
  transferSettings,
} from '../support/transfer-helpers.js';
import {
  defaultTransferPermissions,
  type AutoAcceptRule,
  type TransferPermissions,
} from '../../src/domain/transfer.js';

const permissions = (extra: Partial<TransferPermissions>): TransferPermissions => ({
  ...defaultTransferPermissions,
  ...extra,
});

/** Group g; a owns c1 (answered); b is a free colleague. Specs override a's and b's defaults. */
function pair(specs: { readonly a?: AgentSpec; readonly b?: AgentSpec } = {}, setup?: (h: Harness) => void): Harness {
  const h = new Harness().group('g');
  setup?.(h);
  h.agent('a', { groups: ['g'], ...specs.a }).agent('b', { groups: ['g'], ...specs.b });
  openFor(h, 'c1', 'a');
  h.reply('c1');
  return h;
}

const askB = requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'b' });

const departments = (h: Harness): void => {
  h.run({ type: 'SaveDepartment', department: { id: 'sales', name: 'Sales', parentId: null } });
  h.run({ type: 'SaveDepartment', department: { id: 'sales-east', name: 'Sales East', parentId: 'sales' } });
  h.run({ type: 'SaveDepartment', department: { id: 'support', name: 'Support', parentId: null } });
};

describe('initiator', () => {
  it('TRANSFER_NOT_PERMITTED: an agent who may not initiate', () => {
    const h = pair({ a: { transfer: permissions({ mayInitiate: false }) } });
    expect(refusedCode(h, askB)).toBe('TRANSFER_NOT_PERMITTED');
  });

  it('NOT_OWNER: an agent who does not own the conversation', () => {
    const h = pair();
    h.agent('c', { groups: ['g'] });
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'b', to: 'c' }))).toBe('NOT_OWNER');
  });

  it('OUT_OF_SCOPE: a supervisor outside the conversation’s groups and departments', () => {
    const h = pair({}, departments);
    h.group('other').agent('sup', { role: 'supervisor', manages: { groupIds: ['other'], departmentIds: ['support'] } });
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'sup', to: 'b' }))).toBe('OUT_OF_SCOPE');
  });

  it('lets a supervisor transfer a conversation in scope through a sub-department of theirs', () => {
    const h = pair({ a: { departmentId: 'sales-east' }, b: { departmentId: 'sales-east' } }, departments);
    h.agent('sup', { role: 'supervisor', departmentId: 'sales', manages: { departmentIds: ['sales'] } });
    const requested = only(
      requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'sup', to: 'b' }),
      'TransferRequested',
    );
    expect(requested.transfer).toMatchObject({ initiatorId: 'sup', fromAgentId: 'a', targetAgentId: 'b' });
    // Supervisors' transfers do not count toward a daily limit.
    expect(requested.initiatorDay).toBeNull();
  });

  it('CONVERSATION_NOT_TRANSFERABLE: a conversation waiting in the queue, or a closed one', () => {
    const h = pair();
    h.open('c2');
    h.open('c3');
    expect(h.status('c3')).toBe('queued');
    expect(h.owner('c3')).toBeNull();
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c3', by: 'a', to: 'b' }))).toBe(
      'CONVERSATION_NOT_TRANSFERABLE',
    );
    h.close('c1');
    expect(refusedCode(h, askB)).toBe('CONVERSATION_NOT_TRANSFERABLE');
  });

  it('refuses unknown conversations, initiators and targets', () => {
    const h = pair();
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'nope', by: 'a', to: 'b' }))).toBe(
      'CONVERSATION_NOT_FOUND',
    );
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'ghost', to: 'b' }))).toBe(
      'AGENT_NOT_FOUND',
    );
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'ghost' }))).toBe(
      'AGENT_NOT_FOUND',
    );
    expect(refusedCode(h, requestCommand({ id: '', conversationId: 'c1', by: 'a', to: 'b' }))).toBe('INVALID_COMMAND');
  });
});

describe('daily limit', () => {
  /** Tenant in Asia/Shanghai (UTC+8): T0 = 09:00 UTC is 17:00 local; local midnight is T0 + 7 h. */
  function limited(): Harness {
    const h = pair({ a: { transfer: permissions({ dailyLimit: 2 }) } }, (tenant) => {
      tenant.settings({ timeZone: 'Asia/Shanghai' });
      patient(tenant);
    });
    return h;
  }

  /** Requests and cancels one transfer of c1 to b. */
  function transferAndCancel(h: Harness, id: string): void {
    requestTransfer(h, { id, conversationId: 'c1', by: 'a', to: 'b' });
    cancelTransfer(h, id, 'a');
  }

  it('TRANSFER_DAILY_LIMIT_REACHED: once the agent has initiated dailyLimit transfers today', () => {
    const h = limited();
    transferAndCancel(h, 't1');
    transferAndCancel(h, 't2');
    expect(agentOf(h, 'a').transfersToday).toEqual({ date: '2026-03-02', count: 2 });
    expect(refusedCode(h, requestCommand({ id: 't3', conversationId: 'c1', by: 'a', to: 'b' }))).toBe(
      'TRANSFER_DAILY_LIMIT_REACHED',
    );
  });

  it('resets at the tenant’s local midnight, not at UTC midnight', () => {
    const h = limited();
    transferAndCancel(h, 't1');
    transferAndCancel(h, 't2');

    // 23:59:59 in Shanghai (15:59:59 UTC): still the same local day.
    h.advance(7 * HOUR - 1);
    expect(h.now).toBe(T0 + ms(7 * HOUR - 1));
    expect(refusedCode(h, requestCommand({ id: 't3', conversationId: 'c1', by: 'a', to: 'b' }))).toBe(
      'TRANSFER_DAILY_LIMIT_REACHED',
    );

    // 00:00:00 in Shanghai (16:00 UTC, still 2 March in UTC): a new local day.
    h.advance(1);
    const requested = only(
      requestTransfer(h, { id: 't3', conversationId: 'c1', by: 'a', to: 'b' }),
      'TransferRequested',
    );
    expect(requested.initiatorDay).toEqual({ date: '2026-03-03', count: 1 });
    expect(agentOf(h, 'a').transfersToday).toEqual({ date: '2026-03-03', count: 1 });
  });

  it('counts only the initiator’s own requests', () => {
    const h = limited();
    transferAndCancel(h, 't1');
    expect(agentOf(h, 'b').transfersToday.count).toBe(0);
    expect(
      only(requestTransfer(h, { id: 't2', conversationId: 'c1', by: 'a', to: 'b' }), 'TransferRequested'),
    ).toMatchObject({ initiatorDay: { count: 2 } });
  });
});

describe('note', () => {
  it('TRANSFER_NOTE_REQUIRED: an empty note', () => {
    const h = pair();
    const command = requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'b', note: note('   ') });
    expect(refusedCode(h, command)).toBe('TRANSFER_NOTE_REQUIRED');
  });

  it('TRANSFER_NOTE_REQUIRED: a template whose required field is missing', () => {
    const h = pair();
    const missing = note('technical handover', { templateId: 'technical', fields: { steps: 'restarted' } });
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'b', note: missing }))).toBe(
      'TRANSFER_NOTE_REQUIRED',
    );
    const blank = note('technical handover', { templateId: 'technical', fields: { problem: '  ' } });
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'b', note: blank }))).toBe(
      'TRANSFER_NOTE_REQUIRED',
    );
  });

  it('accepts a template note with its required fields, keeping fields, reason and tags', () => {
    const h = pair();
    const filled = note('technical handover', {
      templateId: 'technical',
      fields: { problem: 'app crashes on login', urgency: 'high' },
      reason: 'expertise',
      tags: ['ios'],
    });
    const requested = only(
      requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: 'b', note: filled }),
      'TransferRequested',
    );
    expect(requested.transfer.note).toEqual(filled);
  });

  it('TRANSFER_TEMPLATE_NOT_FOUND: an unknown template', () => {
    const h = pair();
    const unknown = note('handover', { templateId: 'nope', fields: { problem: 'x' } });
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'b', note: unknown }))).toBe(
      'TRANSFER_TEMPLATE_NOT_FOUND',
    );
  });
});

describe('target', () => {
  it('TRANSFER_TO_SELF: the owner as target', () => {
    const h = pair();
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'a' }))).toBe(
      'TRANSFER_TO_SELF',
    );
  });

  it('TRANSFER_TARGET_NOT_RECEIVING: a target who does not receive transfers', () => {
    const h = pair({ b: { transfer: permissions({ mayReceive: false }) } });
    expect(refusedCode(h, askB)).toBe('TRANSFER_TARGET_NOT_RECEIVING');
  });

  it('TRANSFER_TARGET_UNAVAILABLE: an offline target', () => {
    const h = pair();
    h.run({ type: 'DisconnectAgent', agentId: 'b' });
    expect(refusedCode(h, askB)).toBe('TRANSFER_TARGET_UNAVAILABLE');
  });

  it('TRANSFER_TARGET_UNAVAILABLE: a target who is away', () => {
    const h = pair();
    h.run({ type: 'SetAgentStatus', agentId: 'b', status: 'away' });
    expect(refusedCode(h, askB)).toBe('TRANSFER_TARGET_UNAVAILABLE');
  });

  it('TRANSFER_TARGET_UNAVAILABLE: a target who is full', () => {
    const h = pair();
    openFor(h, 'c2', 'b');
    expect(agentOf(h, 'b').active).toBe(1);
    expect(refusedCode(h, askB)).toBe('TRANSFER_TARGET_UNAVAILABLE');
  });

  it('allows a target who is busy but online with a free slot', () => {
    const h = pair();
    h.run({ type: 'SetAgentStatus', agentId: 'b', status: 'busy' });
    expect(only(h.run(askB), 'TransferRequested').transfer.targetAgentId).toBe('b');
  });

  it('TRANSFER_ESCALATION_NOT_PERMITTED: a higher-level target without the escalate permission', () => {
    const h = pair({ a: { level: 1 }, b: { level: 2 } });
    expect(refusedCode(h, askB)).toBe('TRANSFER_ESCALATION_NOT_PERMITTED');
  });

  it('allows escalation with the escalate permission, and transfers to the same or a lower level without it', () => {
    const escalating = pair({ a: { level: 1, transfer: permissions({ mayEscalate: true }) }, b: { level: 3 } });
    expect(eventsOf(escalating.run(askB), 'TransferRequested')).toHaveLength(1);
    const same = pair({ a: { level: 2 }, b: { level: 2 } });
    expect(eventsOf(same.run(askB), 'TransferRequested')).toHaveLength(1);
    const lower = pair({ a: { level: 3 }, b: { level: 1 } });
    expect(eventsOf(lower.run(askB), 'TransferRequested')).toHaveLength(1);
  });
});

describe('cross-department transfers', () => {
  /** a in sales, b in support, s a supervisor over group g; tenant policy as given. */
  function crossing(policy: 'allowed' | 'supervisor-only' | 'forbidden'): Harness {
    const h = pair({ a: { departmentId: 'sales' }, b: { departmentId: 'support' } }, departments);
    transferSettings(h, { crossDepartment: policy });
    h.agent('s', { role: 'supervisor', departmentId: 'sales', manages: { groupIds: ['g'] } });
    h.agent('a2', { groups: ['g'], departmentId: 'sales' });
    return h;
  }

  it('TRANSFER_CROSS_DEPARTMENT_FORBIDDEN under "forbidden", even for a supervisor', () => {
    const h = crossing('forbidden');
    expect(refusedCode(h, askB)).toBe('TRANSFER_CROSS_DEPARTMENT_FORBIDDEN');
    expect(refusedCode(h, requestCommand({ id: 't1', conversationId: 'c1', by: 's', to: 'b' }))).toBe(
      'TRANSFER_CROSS_DEPARTMENT_FORBIDDEN',
    );
    // Within the department it goes through.
    expect(
      eventsOf(h.run(requestCommand({ id: 't1', conversationId: 'c1', by: 'a', to: 'a2' })), 'TransferRequested'),
    ).toHaveLength(1);
  });

  it('TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR under "supervisor-only"; a supervisor may do it', () => {
    const h = crossing('supervisor-only');
    expect(refusedCode(h, askB)).toBe('TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR');
    const requested = only(
      requestTransfer(h, { id: 't1', conversationId: 'c1', by: 's', to: 'b' }),
      'TransferRequested',
    );
    expect(requested.transfer).toMatchObject({ initiatorId: 's', targetAgentId: 'b' });
  });

  it('goes through under "allowed"', () => {
    const h = crossing('allowed');
    expect(only(h.run(askB), 'TransferRequested').transfer.targetAgentId).toBe('b');
  });

  it('treats agents without a department as never crossing', () => {
    const h = pair({ a: { departmentId: 'sales' } }, departments);
    transferSettings(h, { crossDepartment: 'forbidden' });
    expect(only(h.run(askB), 'TransferRequested').transfer.targetAgentId).toBe('b');
  });

  it('skips members another department would refuse when picking from a group', () => {
    const h = crossing('forbidden');
    h.group('tech').agent('t-support', { groups: [['tech', 9]], departmentId: 'support' });
    h.agent('t-sales', { groups: [['tech', 1]], departmentId: 'sales' });
    const requested = only(
      requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: toGroup('tech') }),
      'TransferRequested',
    );
    expect(requested.transfer.targetAgentId).toBe('t-sales');
  });
});

describe('auto-accept', () => {
  const rule = (autoAccept: AutoAcceptRule): AgentSpec => ({ transfer: permissions({ autoAccept }) });

  /** Whether the request was accepted in the same decision (automatic), else it must be pending. */
  function autoAccepted(h: Harness, by = 'a'): boolean {
    const { active, incoming } = agentOf(h, 'b');
    const events = requestTransfer(h, { id: 't1', conversationId: 'c1', by, to: 'b' });
    const accepted = eventsOf(events, 'TransferAccepted');
    if (accepted.length === 0) {
      expect(h.conversation('c1').pendingTransferId).toBe('t1');
      expect(entries(events, 'c1', 'notice')).toHaveLength(1);
      return false;
    }
    expect(accepted).toMatchObject([{ transferId: 't1', fromAgentId: 'a', toAgentId: 'b', automatic: true }]);
    expect(events.map((event) => event.type).slice(0, 3)).toEqual([
      'TransferRequested',
      'MessagePosted',
      'TransferAccepted',
    ]);
    // No "transferring you" notice: the customer goes straight to "now chatting with b" and b's greeting.
    expect(entries(events, 'c1', 'notice').map((entry) => entry.text)).toEqual(['已为您转接至客服 b。']);
    expect(entries(events, 'c1', 'greeting')).toHaveLength(1);
    expect(h.owner('c1')).toBe('b');
    expect(agentOf(h, 'b')).toMatchObject({ incoming, active: active + 1 });
    expect(h.conversation('c1').pendingTransferId).toBeNull();
    return true;
  }

  it('never (the default) waits for the target’s answer', () => {
    expect(autoAccepted(pair())).toBe(false);
    expect(autoAccepted(pair({ b: rule({ kind: 'never' }) }))).toBe(false);
  });

  it('always accepts at once', () => {
    expect(autoAccepted(pair({ b: rule({ kind: 'always' }) }))).toBe(true);
  });

  it('own-department accepts from the same department only', () => {
    const same = pair(
      { a: { departmentId: 'sales' }, b: { departmentId: 'sales', ...rule({ kind: 'own-department' }) } },
      departments,
    );
    expect(autoAccepted(same)).toBe(true);
    const other = pair(
      { a: { departmentId: 'support' }, b: { departmentId: 'sales', ...rule({ kind: 'own-department' }) } },
      departments,
    );
    expect(autoAccepted(other)).toBe(false);
    const none = pair({ b: rule({ kind: 'own-department' }) });
    expect(autoAccepted(none)).toBe(false);
  });

  it('from-supervisors accepts a supervisor’s transfer, not a colleague’s', () => {
    const fromAgent = pair({ b: rule({ kind: 'from-supervisors' }) });
    expect(autoAccepted(fromAgent)).toBe(false);
    const fromSupervisor = pair({ b: rule({ kind: 'from-supervisors' }) });
    fromSupervisor.agent('sup', { role: 'supervisor', manages: { groupIds: ['g'] } });
    expect(autoAccepted(fromSupervisor, 'sup')).toBe(true);
  });

  it('below-load N accepts while the target’s load is below N', () => {
    const idle = pair({ b: { max: 3, ...rule({ kind: 'below-load', load: 1 }) } });
    expect(autoAccepted(idle)).toBe(true);

    const loaded = pair({ b: { max: 3, ...rule({ kind: 'below-load', load: 1 }) } });
    openFor(loaded, 'c2', 'b');
    expect(autoAccepted(loaded)).toBe(false);

    const roomy = pair({ b: { max: 3, ...rule({ kind: 'below-load', load: 2 }) } });
    openFor(roomy, 'c2', 'b');
    expect(autoAccepted(roomy)).toBe(true);
  });

  it('below-load counts transfers already waiting for the target as load', () => {
    const h = pair({ b: { max: 3, ...rule({ kind: 'below-load', load: 1 }) } });
    h.agent('x', { groups: ['g'] });
    openFor(h, 'c0', 'x');
    h.reply('c0');
    openFor(h, 'c2', 'b');
    // b owns c2, so x's transfer waits for b's answer and holds one of b's slots.
    expect(
      eventsOf(requestTransfer(h, { id: 't0', conversationId: 'c0', by: 'x', to: 'b' }), 'TransferAccepted'),
    ).toEqual([]);
    h.close('c2');
    // b owns nothing now, but the unanswered transfer still counts: load 1 is not below 1.
    expect(agentOf(h, 'b')).toMatchObject({ active: 0, incoming: 1 });
    expect(autoAccepted(h)).toBe(false);
  });

  it('applies when a waiting group transfer is offered to a member who frees a slot', () => {
    const h = pair();
    h.group('tech').agent('t', { groups: ['tech'], transfer: permissions({ autoAccept: { kind: 'always' } }) });
    h.settings({ defaultGroupBySource: { tech: 'tech' } });
    h.open('x', { source: 'tech' });
    expect(h.owner('x')).toBe('t');
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: toGroup('tech') });
    expect(h.owner('c1')).toBe('a');

    const events = h.close('x');
    expect(events.map((event) => event.type)).toContain('TransferOffered');
    expect(only(events, 'TransferAccepted')).toMatchObject({ toAgentId: 't', groupId: 'tech', automatic: true });
    expect(h.conversation('c1')).toMatchObject({ ownerId: 't', groupId: 'tech', pendingTransferId: null });
    expect(agentOf(h, 't')).toMatchObject({ active: 1, incoming: 0 });
  });

  it('applies to a group transfer’s chosen member', () => {
    const h = pair();
    h.group('tech').agent('t', { groups: ['tech'], transfer: permissions({ autoAccept: { kind: 'always' } }) });
    const events = requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: toGroup('tech') });
    expect(only(events, 'TransferAccepted')).toMatchObject({ toAgentId: 't', groupId: 'tech', automatic: true });
    expect(h.conversation('c1')).toMatchObject({ ownerId: 't', groupId: 'tech' });
  });
});
