/**
 * The enrichment hook's facts in the domain (issue 18; docs/routing.md, "Enrichment hook"): the
 * server puts the hook's order facts in `OpenConversation.attributes` and its labels and VIP level
 * in `customerFacts`. Rules see the labels added to the profile's and the hook's VIP level in
 * place of the profile's, for this decision only: the profile stays as the back-end saved it. The
 * hotel check-in rule applies to a `checkInAt` the hook supplied as it does to the entry point's.
 */
import { describe, expect, it } from 'vitest';
import { checkEnrichmentHook } from '../../src/domain/enrichment-hook.js';
import { checkSettings } from '../../src/domain/validation.js';
import { defaultSettings } from '../../src/domain/settings.js';
import { Harness, T0 } from '../support/harness.js';
import { MINUTE, ms, opened, rule, saveRules } from '../support/routing-helpers.js';

function shop(): Harness {
  const h = new Harness()
    .group('general')
    .group('vip')
    .agent('a1', { groups: ['general', 'vip'], max: 5 });
  h.settings({ defaultGroupId: 'general' });
  saveRules(h, [
    rule('gold', { labels: { any: ['gold'] }, vipLevel: { min: 3 } }, { groupId: 'vip', priority: 4 }),
    rule('stuck', { facts: [{ attribute: 'checkInAt', op: 'passed' }] }, { priority: 10 }),
  ]);
  return h;
}

describe('customer facts from the enrichment hook', () => {
  it("a rule on labels and VIP level matches with the hook's, and the profile is left as it was", () => {
    const h = shop().customer('c1', { labels: ['returning'], vipLevel: 1 });
    const events = h.open('with', { customerId: 'c1', customerFacts: { labels: ['gold'], vipLevel: 3 } });
    expect(h.conversation('with').groupId).toBe('vip');
    expect(h.conversation('with').priority).toBe(4);
    expect(opened(events).customerFacts).toEqual({ labels: ['gold'], vipLevel: 3 });
    expect(h.state.customers.get('c1')?.labels).toEqual(['returning']);
    expect(h.state.customers.get('c1')?.vipLevel).toBe(1);

    h.open('without', { customerId: 'c1' });
    expect(h.conversation('without').groupId).toBe('general');
    expect(opened(h.open('again', { customerId: 'c1' })).customerFacts).toBeUndefined();
  });

  it('check-in passed from the hook raises priority with the engine clock; before check-in it does not', () => {
    const h = shop();
    const checkInAt = new Date(T0 + ms(30 * MINUTE)).toISOString();
    h.open('early', { customerId: 'guest', attributes: { checkInAt } });
    expect(h.conversation('early').priority).toBe(0);
    h.advance(31 * MINUTE);
    h.open('late', { customerId: 'guest', attributes: { checkInAt } });
    expect(h.conversation('late').priority).toBe(10);
  });

  it('refuses facts out of bounds, and hook settings out of bounds', () => {
    const h = shop();
    for (const customerFacts of [
      { vipLevel: -1 },
      { vipLevel: 1.5 },
      { labels: [''] },
      { labels: Array(21).fill('x') },
    ]) {
      expect(
        h.refused({
          type: 'OpenConversation',
          conversationId: 'x',
          customerId: 'c',
          channel: 'web',
          source: 's',
          text: '',
          customerFacts,
        }).code,
      ).toBe('INVALID_COMMAND');
    }
    const hook = {
      enabled: true,
      url: 'https://hooks.example.com',
      secret: 's'.repeat(16),
      timeoutMs: 300,
      cacheSeconds: 60,
    };
    expect(checkEnrichmentHook(hook)).toBeNull();
    expect(checkEnrichmentHook({ ...hook, timeoutMs: 5000 })).toMatch(/timeoutMs/);
    expect(checkEnrichmentHook({ ...hook, secret: 'short' })).toMatch(/secret/);
    expect(checkEnrichmentHook({ ...hook, cacheSeconds: -1 })).toMatch(/cacheSeconds/);
    expect(checkSettings({ ...defaultSettings, enrichmentHook: { ...hook, url: '' } })).toMatch(/url/);
  });
});
