/**
 * Transfer recommendations (DESIGN.md §5 Recommendations): score = skill × skillMatch + load × free
 * share + experience × experience, weights per tenant; skillMatch 0.8 / 0.6 / 0.4 / 0 by tier;
 * experience from recent ratings and resolutions in the group, with a prior for newcomers. Only
 * online, receiving, permitted candidates with a free slot appear, filterable and searchable.
 */
import { describe, expect, it } from 'vitest';
import type { Membership } from '../../src/domain/agent.js';
import { experience, recommend, type Recommendation } from '../../src/domain/recommendations.js';
import { defaultTransferPermissions } from '../../src/domain/transfer.js';
import { Harness } from '../support/harness.js';
import { profileOf } from '../support/routing-checks.js';
import { rate } from '../support/routing-helpers.js';
import { agentOf, openFor, requestTransfer, transferSettings } from '../support/transfer-helpers.js';

const tier = (groupId: string, t: Membership['tier'], ability = 5): Membership => ({ groupId, ability, tier: t });

/** Group g (and h2); owner `owner` serves c1 in g. */
function tenant(): Harness {
  return new Harness()
    .group('g')
    .group('h2')
    .agent('owner', { groups: ['g'], max: 4 });
}

/** Recommendations for c1 as `initiator` sees them (the owner unless told). */
function recommendations(
  h: Harness,
  options: Parameters<typeof recommend>[3] = {},
  initiator = h.owner('c1')!,
): Recommendation[] {
  return recommend(h.state, h.conversation('c1'), agentOf(h, initiator), options);
}

const ids = (found: readonly Recommendation[]): string[] => found.map((candidate) => candidate.agentId);

describe('score', () => {
  it('is skill × skillMatch + load × free share + experience × experience with the default weights', () => {
    const h = tenant()
      .agent('p', { groups: [tier('g', 'primary')], max: 2 })
      .agent('s', { groups: [tier('g', 'secondary')], max: 2 })
      .agent('gen', { groups: [tier('g', 'general')], max: 2 })
      .agent('none', { groups: [tier('h2', 'primary')], max: 2 });
    openFor(h, 'c1', 'owner');

    const found = recommendations(h);
    expect(ids(found)).toEqual(['p', 's', 'gen', 'none']);
    const byId = new Map(found.map((candidate) => [candidate.agentId, candidate]));
    // Weights 0.5 / 0.3 / 0.2; everyone free (share 1) and new (experience = prior 0.6).
    expect(byId.get('p')).toMatchObject({ skillMatch: 0.8, experience: 0.6 });
    expect(byId.get('p')!.score).toBeCloseTo(0.5 * 0.8 + 0.3 * 1 + 0.2 * 0.6, 10);
    expect(byId.get('s')!.skillMatch).toBe(0.6);
    expect(byId.get('s')!.score).toBeCloseTo(0.5 * 0.6 + 0.3 + 0.12, 10);
    expect(byId.get('gen')!.skillMatch).toBe(0.4);
    expect(byId.get('gen')!.score).toBeCloseTo(0.5 * 0.4 + 0.3 + 0.12, 10);
    expect(byId.get('none')!.skillMatch).toBe(0);
    expect(byId.get('none')!.score).toBeCloseTo(0.3 + 0.12, 10);
  });

  it('counts the free share of slots, held transfer slots included', () => {
    const h = tenant()
      .agent('busy', { groups: ['g'], max: 4 })
      .agent('idle', { groups: ['g'], max: 4 })
      .agent('x', { groups: ['h2'], max: 1 });
    openFor(h, 'c1', 'owner');
    openFor(h, 'c2', 'busy');
    openFor(h, 'c3', 'x');
    h.reply('c3');
    requestTransfer(h, { id: 't1', conversationId: 'c3', by: 'x', to: 'busy' });

    const busy = recommendations(h).find((candidate) => candidate.agentId === 'busy')!;
    expect(busy).toMatchObject({ load: 2, maxConcurrent: 4 });
    expect(busy.score).toBeCloseTo(0.5 * 0.8 + 0.3 * (2 / 4) + 0.2 * 0.6, 10);
    expect(ids(recommendations(h)).slice(0, 2)).toEqual(['idle', 'busy']);
  });

  it('uses the tenant’s weights', () => {
    const h = tenant()
      .agent('expert', { groups: [tier('g', 'primary')], max: 4 })
      .agent('free', { groups: [tier('g', 'general')], max: 4 });
    openFor(h, 'c1', 'owner');
    openFor(h, 'c2', 'expert');
    openFor(h, 'c3', 'expert');
    // By default skill wins: 0.4 + 0.15 + 0.12 against 0.2 + 0.3 + 0.12.
    expect(ids(recommendations(h))).toEqual(['expert', 'free']);

    transferSettings(h, { weights: { skill: 0, load: 1, experience: 0 } });
    const found = recommendations(h);
    expect(ids(found)).toEqual(['free', 'expert']);
    expect(found.map((candidate) => candidate.score)).toEqual([1, 0.5]);
  });

  it('ties break by agent id', () => {
    const h = tenant()
      .agent('zed', { groups: ['g'] })
      .agent('amy', { groups: ['g'] });
    openFor(h, 'c1', 'owner');
    expect(ids(recommendations(h))).toEqual(['amy', 'zed']);
  });
});

describe('experience', () => {
  it('starts new agents at the prior', () => {
    const prior = { score: 0.6, weight: 5 };
    expect(experience(undefined, prior)).toBe(0.6);
    expect(experience({ ratings: [], resolutions: [] }, prior)).toBe(0.6);
    // A rating r counts as (r − 1) / 4; a resolution as 1 or 0; the prior as `weight` samples.
    expect(experience({ ratings: [5], resolutions: [1] }, prior)).toBeCloseTo((3 + 1 + 1) / 7, 10);
    expect(experience({ ratings: [3], resolutions: [0] }, prior)).toBeCloseTo((3 + 0.5 + 0) / 7, 10);
  });

  it('moves with the agent’s ratings and resolutions in the conversation’s group', () => {
    const h = tenant()
      .agent('good', { groups: ['g', 'h2'] })
      .agent('poor', { groups: ['g'] })
      .settings({ defaultGroupBySource: { h2: 'h2' } });
    for (const [conversationId, agentId, resolution, score] of [
      ['g1', 'good', 'resolved', 5],
      ['p1', 'poor', 'unresolved', 1],
    ] as const) {
      openFor(h, conversationId, agentId);
      h.reply(conversationId);
      h.run({ type: 'CloseConversation', conversationId, agentId, by: 'agent', resolution });
      rate(h, conversationId, score);
    }
    expect(agentOf(h, 'good').stats.get('g')).toEqual({ ratings: [5], resolutions: [1] });
    expect(agentOf(h, 'poor').stats.get('g')).toEqual({ ratings: [1], resolutions: [0] });

    openFor(h, 'c1', 'owner');
    const found = recommendations(h);
    expect(ids(found)).toEqual(['good', 'poor']);
    expect(found[0]!.experience).toBeCloseTo(5 / 7, 10);
    expect(found[1]!.experience).toBeCloseTo(3 / 7, 10);
    expect(found[0]!.score - found[1]!.score).toBeCloseTo(0.2 * (5 / 7 - 3 / 7), 10);

    // Experience is per group: in h2 good is still a newcomer.
    h.open('c-h2', { source: 'h2', agentId: 'owner' });
    const inH2 = recommend(h.state, h.conversation('c-h2'), agentOf(h, 'owner'), {});
    expect(inH2.find((candidate) => candidate.agentId === 'good')!.experience).toBe(0.6);
  });

  it('uses the tenant’s prior and window', () => {
    const h = tenant().agent('new', { groups: ['g'] });
    transferSettings(h, { experiencePrior: { score: 0.2, weight: 1 }, experienceWindow: 2 });
    openFor(h, 'c1', 'owner');
    expect(recommendations(h)[0]!.experience).toBe(0.2);

    for (const [index, score] of [1, 5, 5].entries()) {
      const id = `r${index}`;
      openFor(h, id, 'new');
      h.reply(id);
      h.run({ type: 'CloseConversation', conversationId: id, agentId: 'new', by: 'agent' });
      rate(h, id, score);
    }
    // Only the 2 most recent ratings count: (0.2 + 1 + 1) / 3.
    expect(agentOf(h, 'new').stats.get('g')!.ratings).toEqual([5, 5]);
    expect(recommendations(h)[0]!.experience).toBeCloseTo(2.2 / 3, 10);
  });
});

describe('candidates', () => {
  /** Everyone a possible candidate except for one reason each. */
  function crowd(): Harness {
    const h = tenant();
    h.run({ type: 'SaveDepartment', department: { id: 'sales', name: 'Sales', parentId: null } });
    h.run({ type: 'SaveDepartment', department: { id: 'support', name: 'Support', parentId: null } });
    h.agent('alice', { groups: ['g'], departmentId: 'sales' })
      .agent('albert', { groups: ['h2'], departmentId: 'support' })
      .agent('bob', { groups: ['g'], departmentId: 'sales' })
      .agent('offline', { groups: ['g'], online: false })
      .agent('away', { groups: ['g'] })
      .agent('full', { groups: ['g'] })
      .agent('closed', { groups: ['g'], transfer: { ...defaultTransferPermissions, mayReceive: false } })
      .agent('senior', { groups: ['g'], level: 5 });
    h.run({ type: 'SetAgentStatus', agentId: 'away', status: 'away' });
    h.run({ type: 'SetAgentStatus', agentId: 'bob', status: 'busy' });
    openFor(h, 'cf', 'full');
    openFor(h, 'c1', 'owner');
    return h;
  }

  it('are only online, receiving, permitted agents with a free slot, never the owner', () => {
    const h = crowd();
    const found = recommendations(h);
    expect(ids(found).sort()).toEqual(['albert', 'alice', 'bob']);
    // A busy agent with a free slot is offered, and shown as busy.
    expect(found.find((candidate) => candidate.agentId === 'bob')).toMatchObject({
      status: 'busy',
      load: 0,
      maxConcurrent: 1,
      departmentId: 'sales',
      skills: [{ groupId: 'g', ability: 5, tier: 'primary' }],
    });
    // An initiator allowed to escalate also sees the senior colleague.
    expect(ids(found)).not.toContain('senior');
    h.run({
      type: 'SaveAgent',
      agent: { ...profileOf(h, 'owner'), transfer: { ...defaultTransferPermissions, mayEscalate: true } },
    });
    expect(ids(recommendations(h))).toContain('senior');
  });

  it('leave out other departments when the tenant forbids crossing', () => {
    const h = crowd();
    h.run({ type: 'SaveAgent', agent: { ...profileOf(h, 'alice'), id: 'salesperson', name: 'salesperson' } });
    h.run({ type: 'ConnectAgent', agentId: 'salesperson' });
    transferSettings(h, { crossDepartment: 'forbidden' });
    openFor(h, 'c-sales', 'salesperson');
    const found = recommend(h.state, h.conversation('c-sales'), agentOf(h, 'salesperson'), {});
    // Support's albert is left out; owner has no department, so transferring to them crosses nothing.
    expect(ids(found).sort()).toEqual(['alice', 'bob', 'owner']);
  });

  it('filter by department, skill group, status and name', () => {
    const h = crowd();
    expect(ids(recommendations(h, { filters: { departmentId: 'support' } }))).toEqual(['albert']);
    expect(ids(recommendations(h, { filters: { groupId: 'h2' } }))).toEqual(['albert']);
    expect(ids(recommendations(h, { filters: { status: 'busy' } }))).toEqual(['bob']);
    expect(ids(recommendations(h, { filters: { query: 'AL' } })).sort()).toEqual(['albert', 'alice']);
    expect(ids(recommendations(h, { filters: { query: 'al', departmentId: 'sales' } }))).toEqual(['alice']);
    expect(recommendations(h, { filters: { status: 'away' } })).toEqual([]);
  });

  it('leave out agents excluded from the chain', () => {
    const h = crowd();
    expect(ids(recommendations(h, { exclude: ['alice', 'bob'] }))).toEqual(['albert']);
  });
});
