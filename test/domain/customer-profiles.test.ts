/**
 * Customer profiles written by the tenant's back-end (issue 18): contact and custom attributes on
 * the domain customer, old `CustomerSaved` events replaying unchanged, PATCH-style updates merged in
 * the actor, bounds, and the profile's attributes read by routing-rule conditions under the entry
 * point's (which win on a clash).
 */
import { describe, expect, it } from 'vitest';
import { customerProfileLimits } from '../../src/domain/customer.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { replay } from '../../src/domain/execute.js';
import { createState } from '../../src/domain/state.js';
import { Harness, T0 } from '../support/harness.js';
import { rule, saveRules } from '../support/routing-helpers.js';

describe('replaying profiles saved before contacts and attributes existed', () => {
  it('gives the same customer, without contact or attributes, and routes them as before', () => {
    const old: DomainEvent = {
      type: 'CustomerSaved',
      at: T0,
      // Exactly what an event of the previous release carries: no `contact`, no `attributes`.
      customer: {
        id: 'u:42',
        verified: true,
        name: 'Ann',
        vipLevel: 2,
        language: 'zh-CN',
        labels: ['gold'],
        dedicatedAgentId: null,
      },
    };
    const state = replay(createState(), [JSON.parse(JSON.stringify(old)) as DomainEvent]);
    const customer = state.customers.get('u:42');
    expect(customer).toMatchObject({ id: 'u:42', name: 'Ann', vipLevel: 2, labels: ['gold'] });
    expect(customer?.contact).toBeUndefined();
    expect(customer?.attributes).toBeUndefined();

    const h = new Harness()
      .group('g')
      .group('vip')
      .agent('a1', { groups: ['g', 'vip'], max: 5 });
    h.settings({ defaultGroupId: 'g' });
    h.run({ type: 'SaveCustomer', customer: old.customer });
    saveRules(h, [rule('gold', { facts: [{ attribute: 'tier', op: 'in', values: ['gold'] }] }, { groupId: 'vip' })]);
    h.open('c1', { customerId: 'u:42' });
    expect(h.conversation('c1').groupId).toBe('g');
  });

  it('a customer saved again with contact and attributes keeps what routing remembers of them', () => {
    const h = new Harness().group('g').agent('a1', { groups: ['g'], max: 5 });
    h.settings({ defaultGroupId: 'g' });
    h.open('c1', { customerId: 'u:7' });
    h.reply('c1', 'a1');
    h.close('c1');
    const lastAgent = h.state.customers.get('u:7')?.lastAgent;
    expect(lastAgent?.agentId).toBe('a1');
    h.run({
      type: 'UpdateCustomer',
      customerId: 'u:7',
      verifiedIfNew: true,
      patch: { contact: { phone: '+86 138 0000 0000' }, attributes: { tier: 'gold' } },
    });
    const customer = h.state.customers.get('u:7');
    expect(customer?.lastAgent).toEqual(lastAgent);
    expect(customer?.contact).toEqual({ phone: '+86 138 0000 0000', email: null });
    expect(customer?.attributes).toEqual({ tier: 'gold' });
    // The log replays into the same customer.
    expect(replay(createState(), h.log).customers.get('u:7')).toEqual(customer);
  });
});

describe('UpdateCustomer (PATCH)', () => {
  it('creates an unknown customer with the defaults and the given fields, verified as told', () => {
    const h = new Harness();
    const events = h.run({
      type: 'UpdateCustomer',
      customerId: 'u:shop-1',
      verifiedIfNew: true,
      patch: { name: 'Bo', attributes: { tier: 'silver' } },
    });
    expect(events).toEqual([
      {
        type: 'CustomerSaved',
        at: T0,
        customer: {
          id: 'u:shop-1',
          verified: true,
          name: 'Bo',
          vipLevel: 0,
          language: null,
          labels: [],
          dedicatedAgentId: null,
          attributes: { tier: 'silver' },
        },
      },
    ]);
  });

  it('replaces the fields given, keeps the others, merges attributes key by key and removes null ones', () => {
    const h = new Harness().agent('a1');
    h.customer('u:1', {
      verified: true,
      name: 'Ann',
      vipLevel: 1,
      labels: ['x'],
      contact: { phone: '123', email: 'ann@example.com' },
      attributes: { tier: 'gold', city: 'Hangzhou' },
    });
    h.run({
      type: 'UpdateCustomer',
      customerId: 'u:1',
      verifiedIfNew: false,
      patch: {
        vipLevel: 3,
        dedicatedAgentId: 'a1',
        contact: { email: null },
        attributes: { city: null, lastOrder: '5999' },
      },
    });
    expect(h.state.customers.get('u:1')).toMatchObject({
      verified: true,
      name: 'Ann',
      vipLevel: 3,
      labels: ['x'],
      dedicatedAgentId: 'a1',
      contact: { phone: '123', email: null },
      attributes: { tier: 'gold', lastOrder: '5999' },
    });
  });

  it('refuses a profile beyond the bounds, changing nothing', () => {
    const h = new Harness();
    h.customer('u:1', { attributes: { tier: 'gold' } });
    const many = Object.fromEntries(
      Array.from({ length: customerProfileLimits.attributes }, (_, i) => [`k${i}`, 'v'] as const),
    );
    const tooLong = 'x'.repeat(customerProfileLimits.attributeValueLength + 1);
    for (const patch of [
      { attributes: many },
      { attributes: { tier: tooLong } },
      { attributes: { ['k'.repeat(customerProfileLimits.attributeKeyLength + 1)]: 'v' } },
      { contact: { phone: '1'.repeat(customerProfileLimits.phoneLength + 1) } },
      { vipLevel: -1 },
    ]) {
      expect(h.refused({ type: 'UpdateCustomer', customerId: 'u:1', verifiedIfNew: true, patch }).code).toBe(
        'INVALID_CONFIGURATION',
      );
    }
    expect(
      h.refused({
        type: 'UpdateCustomer',
        customerId: 'u:1',
        verifiedIfNew: true,
        patch: { dedicatedAgentId: 'ghost' },
      }).code,
    ).toBe('AGENT_NOT_FOUND');
    expect(h.state.customers.get('u:1')?.attributes).toEqual({ tier: 'gold' });
  });
});

describe('profile attributes in routing-rule conditions', () => {
  function shop(): Harness {
    const h = new Harness()
      .group('g')
      .group('vip')
      .agent('a1', { groups: ['g', 'vip'], max: 5 });
    h.settings({ defaultGroupId: 'g' });
    saveRules(h, [
      rule('big-spender', { facts: [{ attribute: 'lifetimeSpend', op: 'gte', value: 10_000 }] }, { groupId: 'vip' }),
      rule('gold', { attributes: { tier: ['gold'] } }, { priority: 5 }),
    ]);
    return h;
  }

  it('routes on the profile’s attributes when the entry point says nothing of them', () => {
    const h = shop();
    h.customer('u:rich', { attributes: { lifetimeSpend: '25000' } });
    h.customer('u:gold', { attributes: { tier: 'gold' } });
    h.customer('u:new', { attributes: { lifetimeSpend: '100' } });
    h.open('c1', { customerId: 'u:rich' });
    h.open('c2', { customerId: 'u:gold' });
    h.open('c3', { customerId: 'u:new' });
    expect(h.conversation('c1').groupId).toBe('vip');
    expect(h.conversation('c2').priority).toBe(5);
    expect([h.conversation('c3').groupId, h.conversation('c3').priority]).toEqual(['g', 0]);
  });

  it('the entry point’s attribute wins over the profile’s on a clash; other keys still come from the profile', () => {
    const h = shop();
    h.customer('u:rich', { attributes: { lifetimeSpend: '25000', tier: 'gold' } });
    h.open('c1', { customerId: 'u:rich', attributes: { lifetimeSpend: '0' } });
    expect(h.conversation('c1').groupId).toBe('g');
    expect(h.conversation('c1').priority).toBe(5);
    // The conversation keeps only what the entry point said.
    expect(h.conversation('c1').attributes).toEqual({ lifetimeSpend: '0' });
  });
});
