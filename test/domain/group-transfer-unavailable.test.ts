/**
 * A group transfer nobody in the group may ever receive (DESIGN.md §5 "Target unavailable";
 * docs/transfers.md): refused at once with a catalogued code, nothing left pending. It waits in
 * the group's transfer queue only while a permitted member is present (online, available or busy)
 * but full — a slot may free up.
 */
import { describe, expect, it } from 'vitest';
import { Harness, type AgentSpec } from '../support/harness.js';
import { rate, setStatus } from '../support/routing-helpers.js';
import {
  only,
  openFor,
  requestCommand,
  requestTransfer,
  snapshot,
  toGroup,
  transferSettings,
} from '../support/transfer-helpers.js';
import { defaultTransferPermissions } from '../../src/domain/transfer.js';

/**
 * a (sales, level 1) owns c1; group tech has t1 and t2 (one slot each), both busy with a customer,
 * so nobody in tech is free and the transfer would have to wait.
 */
function tenant(techSpec: AgentSpec = {}): Harness {
  const h = new Harness()
    .group('g')
    .group('tech')
    .settings({ defaultGroupBySource: { tech: 'tech' } });
  h.run({ type: 'SaveDepartment', department: { id: 'sales', name: 'Sales', parentId: null } });
  h.run({ type: 'SaveDepartment', department: { id: 'support', name: 'Support', parentId: null } });
  h.agent('a', { groups: ['g'], departmentId: 'sales' });
  h.agent('t1', { groups: ['tech'], departmentId: 'support', ...techSpec });
  h.agent('t2', { groups: ['tech'], departmentId: 'support', ...techSpec });
  h.open('x1', { source: 'tech' });
  h.open('x2', { source: 'tech' });
  expect([h.owner('x1'), h.owner('x2')].sort()).toEqual(['t1', 't2']);
  openFor(h, 'c1', 'a');
  h.reply('c1');
  return h;
}

const toTech = requestCommand({ id: 't', conversationId: 'c1', by: 'a', to: toGroup('tech') });

/** The refusal's code, checking that nothing changed and nothing is pending. */
function refusedAtOnce(h: Harness): string {
  const before = snapshot(h);
  const code = h.refused(toTech).code;
  expect(snapshot(h)).toEqual(before);
  expect(h.conversation('c1').pendingTransferId).toBeNull();
  expect(h.state.groups.get('tech')!.transferQueue.size).toBe(0);
  return code;
}

describe('a group transfer nobody may receive is refused at once, nothing pending', () => {
  it('cross-department transfers forbidden and every member in another department', () => {
    const h = tenant();
    transferSettings(h, { crossDepartment: 'forbidden' });
    expect(refusedAtOnce(h)).toBe('NO_PERMITTED_TRANSFER_TARGET');
    expect(h.refused(toTech).message).toContain('another department');
  });

  it('cross-department transfers need a supervisor and the initiator is an agent', () => {
    const h = tenant();
    transferSettings(h, { crossDepartment: 'supervisor-only' });
    expect(refusedAtOnce(h)).toBe('NO_PERMITTED_TRANSFER_TARGET');
  });

  it('every member would need escalation', () => {
    const h = tenant({ level: 3 });
    expect(refusedAtOnce(h)).toBe('NO_PERMITTED_TRANSFER_TARGET');
  });

  it('no member receives transfers', () => {
    const h = tenant({ transfer: { ...defaultTransferPermissions, mayReceive: false } });
    expect(refusedAtOnce(h)).toBe('NO_PERMITTED_TRANSFER_TARGET');
  });

  it('the customer rated every member badly (free or not, none is ever eligible)', () => {
    const h = tenant({ max: 2 });
    for (const agentId of ['t1', 't2']) {
      h.open(`old-${agentId}`, { customerId: 'cust-c1', agentId });
      rate(h, `old-${agentId}`, 1);
      h.close(`old-${agentId}`);
    }
    expect(refusedAtOnce(h)).toBe('NO_PERMITTED_TRANSFER_TARGET');
  });

  it('every permitted member is away or offline: NO_TRANSFER_TARGET', () => {
    const h = tenant();
    setStatus(h, 't1', 'away');
    h.run({ type: 'DisconnectAgent', agentId: 't2' });
    expect(refusedAtOnce(h)).toBe('NO_TRANSFER_TARGET');
  });

  it('the only present member is not permitted and the permitted one is away: NO_TRANSFER_TARGET', () => {
    const h = tenant();
    h.agent('t3', { groups: ['tech'], departmentId: 'sales' });
    h.open('x3', { source: 'tech' });
    expect(h.owner('x3')).toBe('t3');
    transferSettings(h, { crossDepartment: 'forbidden' });
    setStatus(h, 't3', 'away');
    expect(refusedAtOnce(h)).toBe('NO_TRANSFER_TARGET');
  });
});

describe('a group transfer waits while a permitted member is present but full', () => {
  it.each(['available', 'busy'] as const)('members %s and full: it waits in the transfer queue', (status) => {
    const h = tenant();
    if (status === 'busy') setStatus(h, 't1', 'busy');
    const requested = only(
      requestTransfer(h, { id: 't', conversationId: 'c1', by: 'a', to: toGroup('tech') }),
      'TransferRequested',
    );
    expect(requested.transfer.targetAgentId).toBeNull();
    expect(h.state.groups.get('tech')!.transferQueue.size).toBe(1);
  });

  it('one permitted member in the same department is enough, though others are forbidden', () => {
    const h = tenant();
    h.agent('t3', { groups: ['tech'], departmentId: 'sales' });
    h.open('x3', { source: 'tech' });
    transferSettings(h, { crossDepartment: 'forbidden' });
    const events = requestTransfer(h, { id: 't', conversationId: 'c1', by: 'a', to: toGroup('tech') });
    expect(only(events, 'TransferRequested').transfer.targetAgentId).toBeNull();
    // When t2 (another department) frees a slot it is not asked; when t3 does, it is.
    expect(h.close('x2').some((event) => event.type === 'TransferOffered')).toBe(false);
    expect(only(h.close('x3'), 'TransferOffered').agentId).toBe('t3');
  });
});
