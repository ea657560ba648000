/**
 * One valid request per HTTP route that takes input, from a caller allowed to make it: the starting
 * point the bad-input test breaks in one place at a time. Bodies are rich (every optional part
 * present) so that every part of each schema gets broken somewhere. `mustExist` names the path
 * parameters that have to name something existing (the route does not create it), so a well-formed
 * unknown id must be refused too.
 */
import type { Json } from './schema-violations.js';
import { createHmac } from 'node:crypto';
import { PASSWORD, TEST_TOKEN_SECRET } from './test-server.js';

/** Unix seconds far past the test clock. */
const FAR_FUTURE = 4_000_000_000;
/** The signature a test server gives a link to the original of `attachmentId` (src/services/attachment-links.ts). */
function signed(tenantId: string, attachmentId: string): string {
  const key = createHmac('sha256', TEST_TOKEN_SECRET).update('switchboard/attachment-links/v1').digest();
  return createHmac('sha256', key)
    .update(JSON.stringify([tenantId, attachmentId, 'original', FAR_FUTURE]))
    .digest('hex');
}

export interface Template {
  readonly as: 'admin' | 'agent' | 'supervisor' | 'apiKey' | 'customer' | 'operator' | 'nobody';
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, Json>>;
  readonly body?: Json;
  readonly mustExist?: readonly string[];
}

const target = { kind: 'agent', agentId: 'a2' };
const quickReply = { id: 'q1', title: 'Hi', text: 'Hello {customerName}', shortcut: 'hi', language: 'en-US' };
const note = { text: 'over to you', templateId: 'technical', fields: { problem: 'p' }, reason: 'r', tags: ['t'] };
const hours = {
  timeZone: 'Asia/Shanghai',
  weekly: [{ day: 1, from: '09:00', to: '18:00' }],
  exceptions: [{ date: '2026-10-01', windows: [{ from: '10:00', to: '12:00' }] }],
  afterHours: { kind: 'group', groupId: 'g' },
};
const facts: Json[] = [
  { attribute: 'amount', op: 'gte', value: 5000 },
  { attribute: 'status', op: 'in', values: ['paid'] },
  { attribute: 'checkInAt', op: 'passed', minutes: 5 },
];
const customerProfile = {
  name: 'Ann',
  vipLevel: 2,
  language: 'en',
  labels: ['vip'],
  contact: { phone: '+86 138 0013 8000', email: 'ann@example.com' },
  attributes: { tier: 'gold' },
};
const rule = {
  id: 'r1',
  name: 'Rule',
  enabled: true,
  conditions: {
    keywords: { any: ['refund'], all: ['order'] },
    channels: ['web'],
    sources: ['site'],
    languages: ['en'],
    vipLevel: { min: 1, max: 5 },
    labels: { any: ['a'], all: ['b'], none: ['c'] },
    businessTypes: ['hotel'],
    attributes: { status: ['paid'] },
    facts,
    time: { days: [1, 2], from: '09:00', to: '18:00', timeZone: 'UTC' },
  },
  actions: { groupId: 'g', priority: 5, agentId: 'a1', labels: ['x'] },
};
const transfer = {
  timeoutSeconds: 30,
  onFailure: 'forward',
  maxForwards: 3,
  crossDepartment: 'allowed',
  weights: { skill: 0.5, load: 0.3, experience: 0.2 },
  experiencePrior: { score: 0.6, weight: 5 },
  experienceWindow: 50,
  recommendationCount: 5,
  templates: [{ id: 't1', name: 'T', category: 'c', fields: [{ key: 'k', label: 'L', required: true }] }],
  rules: [
    {
      id: 'tr1',
      name: 'VIP',
      enabled: true,
      when: { keywords: { any: ['x'], all: ['y'] }, vipLevelAtLeast: 3 },
      action: 'suggest',
      target: { kind: 'group', groupId: 'g' },
      note: 'n',
    },
  ],
};
const conversation = { conversationId: 'c1' };

export const badInputTemplates: Readonly<Record<string, Template>> = {
  'POST /api/v1/auth/login': { as: 'nobody', body: { tenantId: 'acme', agentId: 'a1', password: PASSWORD } },
  'POST /api/v1/widget/session': {
    as: 'nobody',
    body: { tenantId: 'acme', visitorId: 'visitor-0001', userId: 'u1', signature: 'a'.repeat(64) },
  },
  'GET /api/v1/widget/info': { as: 'nobody', query: { tenantId: 'acme', language: 'en', source: 'website' } },
  'GET /api/v1/widget/conversations/{conversationId}/transcript': {
    as: 'customer',
    params: conversation,
    query: { language: 'en' },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/tenants': {
    as: 'operator',
    body: {
      tenantId: 'newco',
      timeZone: 'UTC',
      defaultLanguage: 'en',
      admin: { id: 'boss', name: 'Boss', password: PASSWORD },
    },
  },
  'PATCH /api/v1/tenant': {
    as: 'admin',
    body: {
      timeZone: 'UTC',
      priorityStepSeconds: 60,
      stickyWindowSeconds: 600,
      stickyWaitSeconds: 30,
      assignmentMode: 'direct',
      offerTimeoutSeconds: 20,
      maxMissedOffers: 3,
      firstResponseTimeoutSeconds: 60,
      replyReminderSeconds: 120,
      presenceGraceSeconds: 60,
      dormantAfterSeconds: 600,
      reviveWindowSeconds: 1800,
      badRatingMax: 2,
      goodRatingMin: 4,
      defaultGroupId: 'g',
      defaultGroupBySource: { web: 'g' },
      serviceTimeSampleSize: 50,
      randomSeed: 1,
      closedRetention: 100,
      defaultLanguage: 'zh-CN',
      transfer,
      quickReplies: [quickReply],
      widgetMessages: {
        'zh-CN': { welcome: '欢迎', queue: '请稍候', afterHours: '稍后回复' },
        en: { welcome: 'Welcome', queue: 'Please wait', afterHours: 'We reply later' },
      },
      attachments: { maxBytes: 5_000_000, allowedTypes: ['image/png', 'application/pdf'] },
    },
  },
  'POST /api/v1/api-keys': { as: 'admin', body: { name: 'crm', keyId: 'k9' } },
  'DELETE /api/v1/api-keys/{keyId}': { as: 'admin', params: { keyId: 'k1' }, mustExist: ['keyId'] },
  'POST /api/v1/widget-secret': { as: 'admin', body: {} },
  'POST /api/v1/agents/{agentId}/password': {
    as: 'admin',
    params: { agentId: 'a2' },
    body: { password: 'a new passphrase', currentPassword: PASSWORD },
    mustExist: ['agentId'],
  },
  'DELETE /api/v1/departments/{departmentId}': {
    as: 'admin',
    params: { departmentId: 'd1' },
    mustExist: ['departmentId'],
  },
  'GET /api/v1/departments/{departmentId}': {
    as: 'agent',
    params: { departmentId: 'd1' },
    mustExist: ['departmentId'],
  },
  'PUT /api/v1/departments/{departmentId}': {
    as: 'admin',
    params: { departmentId: 'd1' },
    body: { name: 'D', parentId: 'd0' },
  },
  'DELETE /api/v1/skill-groups/{groupId}': { as: 'admin', params: { groupId: 'g' }, mustExist: ['groupId'] },
  'GET /api/v1/skill-groups/{groupId}': { as: 'agent', params: { groupId: 'g' }, mustExist: ['groupId'] },
  'PUT /api/v1/skill-groups/{groupId}': {
    as: 'admin',
    params: { groupId: 'vip' },
    body: {
      name: 'VIP',
      strategy: 'round-robin',
      params: { k: 300, m: 0.5 },
      overflow: [{ afterSeconds: 60, groupId: 'g' }],
      hours,
      maxQueueLength: 10,
      assignmentMode: 'offer',
      offerTimeoutSeconds: 20,
      serviceLevelSeconds: 20,
      onAgentLost: 'keep',
    },
  },
  'GET /api/v1/skill-groups/{groupId}/members': { as: 'agent', params: { groupId: 'g' }, mustExist: ['groupId'] },
  'PUT /api/v1/skill-groups/{groupId}/members/{agentId}': {
    as: 'admin',
    params: { groupId: 'g', agentId: 'a2' },
    body: { ability: 5, tier: 'primary' },
    mustExist: ['groupId', 'agentId'],
  },
  'DELETE /api/v1/skill-groups/{groupId}/members/{agentId}': {
    as: 'admin',
    params: { groupId: 'g', agentId: 'a1' },
    mustExist: ['groupId', 'agentId'],
  },
  'POST /api/v1/skill-groups/{groupId}/strategy': {
    as: 'supervisor',
    params: { groupId: 'g' },
    body: { strategy: 'random', params: { k: 1, m: 1 } },
    mustExist: ['groupId'],
  },
  'GET /api/v1/agents': {
    as: 'agent',
    query: { groupId: 'g', departmentId: 'd1', role: 'agent', status: 'available', online: true },
  },
  'GET /api/v1/agents/{agentId}': { as: 'agent', params: { agentId: 'a1' }, mustExist: ['agentId'] },
  'PUT /api/v1/agents/{agentId}': {
    as: 'admin',
    params: { agentId: 'n1' },
    body: {
      name: 'Nora',
      role: 'agent',
      level: 2,
      departmentId: 'd1',
      memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
      languages: ['en'],
      maxConcurrent: 3,
      transfer: {
        mayInitiate: true,
        mayReceive: true,
        mayEscalate: false,
        dailyLimit: 10,
        autoAccept: { kind: 'below-load', load: 2 },
      },
      manages: { departmentIds: ['d1'], groupIds: ['g'] },
      greeting: 'Hello',
    },
  },
  'POST /api/v1/agents/{agentId}/status': {
    as: 'admin',
    params: { agentId: 'a1' },
    body: { status: 'busy' },
    mustExist: ['agentId'],
  },
  'POST /api/v1/agents/{agentId}/end-shift': {
    as: 'admin',
    params: { agentId: 'a1' },
    body: {},
    mustExist: ['agentId'],
  },
  'GET /api/v1/agents/{agentId}/quick-replies': { as: 'agent', params: { agentId: 'a1' }, mustExist: ['agentId'] },
  'PUT /api/v1/agents/{agentId}/quick-replies': {
    as: 'agent',
    params: { agentId: 'a1' },
    body: { items: [quickReply] },
    mustExist: ['agentId'],
  },
  'POST /api/v1/agents/{agentId}/disable': { as: 'admin', params: { agentId: 'a2' }, body: {}, mustExist: ['agentId'] },
  'POST /api/v1/agents/{agentId}/enable': { as: 'admin', params: { agentId: 'a2' }, body: {}, mustExist: ['agentId'] },
  'DELETE /api/v1/agents/{agentId}': { as: 'admin', params: { agentId: 'a2' }, mustExist: ['agentId'] },
  'POST /api/v1/agents/{agentId}/sign-out-everywhere': {
    as: 'admin',
    params: { agentId: 'a2' },
    body: {},
    mustExist: ['agentId'],
  },
  'PUT /api/v1/routing-rules': { as: 'admin', body: { rules: [rule] } },
  'GET /api/v1/customers/{customerId}': {
    as: 'agent',
    params: { customerId: 'v:visitor-0001' },
    mustExist: ['customerId'],
  },
  'PUT /api/v1/customers/{customerId}': {
    as: 'supervisor',
    params: { customerId: 'cust-9' },
    body: { ...customerProfile, dedicatedAgentId: 'a1' },
  },
  'GET /api/v1/customers/by-external-id/{externalId}': {
    as: 'agent',
    params: { externalId: 'shop-1' },
    mustExist: ['externalId'],
  },
  'PUT /api/v1/customers/by-external-id/{externalId}': {
    as: 'apiKey',
    params: { externalId: 'shop-1' },
    body: { ...customerProfile, dedicatedAgentId: 'a1' },
  },
  'PATCH /api/v1/customers/by-external-id/{externalId}': {
    as: 'apiKey',
    params: { externalId: 'shop-1' },
    body: { ...customerProfile, dedicatedAgentId: null, attributes: { tier: 'gold', old: null } },
  },
  'POST /api/v1/conversations': {
    as: 'apiKey',
    body: {
      conversationId: 'new-1',
      customerId: 'cust-9',
      channel: 'web',
      source: 'site',
      text: 'hi',
      messageId: 'm-1',
      language: 'en',
      businessType: 'hotel',
      attributes: { order: '42' },
      priority: 1,
      agentId: 'a1',
    },
  },
  'GET /api/v1/conversations': {
    as: 'admin',
    query: { status: ['active'], groupId: 'g', ownerId: 'a1', customerId: 'c', channel: 'web', limit: 10, cursor: 'x' },
  },
  'GET /api/v1/conversations/search': {
    as: 'admin',
    query: {
      q: '退款 refund',
      customerId: 'c',
      agentId: 'a1',
      groupId: 'g',
      tag: 'vip',
      from: '2026-01-01T00:00:00Z',
      to: '2026-02-01T00:00:00Z',
      limit: 10,
      cursor: 'x',
    },
  },
  'GET /api/v1/conversations/{conversationId}': { as: 'admin', params: conversation, mustExist: ['conversationId'] },
  'GET /api/v1/conversations/{conversationId}/messages': {
    as: 'admin',
    params: conversation,
    query: { afterSeq: 0, beforeSeq: 5, limit: 10 },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/messages': {
    as: 'agent',
    params: conversation,
    body: { messageId: 'm-2', text: 'hello', visibility: 'public' },
    mustExist: ['conversationId'],
  },
  // Its body is a multipart form (read by the route, not by a schema): broken here through its path.
  'POST /api/v1/conversations/{conversationId}/attachments': {
    as: 'customer',
    params: conversation,
    mustExist: ['conversationId'],
  },
  // A well-signed link to a file that does not exist: each broken part is refused (400 / 403 / 404).
  'GET /api/v1/attachments/{tenantId}/{attachmentId}': {
    as: 'nobody',
    params: { tenantId: 'acme', attachmentId: 'no-such-file' },
    query: { variant: 'original', expires: FAR_FUTURE, sig: signed('acme', 'no-such-file') },
  },
  'POST /api/v1/conversations/{conversationId}/close': {
    as: 'admin',
    params: conversation,
    body: { resolution: 'resolved', summary: 'done' },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/rating': {
    as: 'customer',
    params: conversation,
    body: { score: 5, comment: 'thanks' },
    mustExist: ['conversationId'],
  },
  'GET /api/v1/conversations/{conversationId}/recommendations': {
    as: 'agent',
    params: conversation,
    query: { departmentId: 'd1', groupId: 'g', status: 'available', q: 'a' },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/join': {
    as: 'supervisor',
    params: conversation,
    body: { mode: 'watch' },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/leave': {
    as: 'supervisor',
    params: conversation,
    body: {},
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/take-over': {
    as: 'supervisor',
    params: conversation,
    body: { transferId: 'to-1' },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/reassign': {
    as: 'supervisor',
    params: conversation,
    body: { transferId: 'ra-1', target, requireAccept: true, note: 'n' },
    mustExist: ['conversationId'],
  },
  'GET /api/v1/conversations/{conversationId}/routing': {
    as: 'supervisor',
    params: conversation,
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/return-to-queue': {
    as: 'agent',
    params: conversation,
    body: {},
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/offer/accept': {
    as: 'agent',
    params: conversation,
    body: {},
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/offer/decline': {
    as: 'agent',
    params: conversation,
    body: {},
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/notes': {
    as: 'agent',
    params: conversation,
    body: { messageId: 'n-1', text: 'note' },
    mustExist: ['conversationId'],
  },
  'POST /api/v1/conversations/{conversationId}/tags': {
    as: 'agent',
    params: conversation,
    body: { add: ['refund'], remove: ['vip'] },
    mustExist: ['conversationId'],
  },
  'GET /api/v1/conversations/{conversationId}/transfers': {
    as: 'agent',
    params: conversation,
    mustExist: ['conversationId'],
  },
  'POST /api/v1/transfers': {
    as: 'agent',
    body: { transferId: 'tr-1', conversationId: 'c1', target, note },
  },
  'POST /api/v1/transfers/batch': {
    as: 'agent',
    body: { batchId: 'b-1', conversationIds: ['c1'], target, note },
  },
  'POST /api/v1/transfers/{transferId}/accept': {
    as: 'agent',
    params: { transferId: 'tr-1' },
    body: { reason: 'r' },
    mustExist: ['transferId'],
  },
  'POST /api/v1/transfers/{transferId}/reject': {
    as: 'agent',
    params: { transferId: 'tr-1' },
    body: { reason: 'r' },
    mustExist: ['transferId'],
  },
  'POST /api/v1/transfers/{transferId}/cancel': {
    as: 'agent',
    params: { transferId: 'tr-1' },
    body: { reason: 'r' },
    mustExist: ['transferId'],
  },
  'GET /api/v1/audit-log': { as: 'supervisor', query: { type: ['DepartmentSaved'], limit: 10, cursor: 'x' } },
  'POST /api/v1/simulations': {
    as: 'admin',
    body: {
      label: 'A',
      scenario: {
        name: 'n',
        seed: 1,
        durationSeconds: 100,
        warmupSeconds: 10,
        serviceLevelSeconds: 20,
        transferTimeoutSeconds: 30,
        arrivals: { ratePerSecond: 0.1 },
        groups: [
          {
            id: 'q',
            name: 'Q',
            strategy: 'weighted-wait',
            params: { k: 300, m: 0.5 },
            overflow: [{ afterSeconds: 60, groupId: 'r' }],
            handleSeconds: { kind: 'lognormal', mean: 10, cv: 1 },
            abilityEffect: 0.2,
            transfers: [{ groupId: 'r', probability: 0.1 }],
          },
          { id: 'r', handleSeconds: { kind: 'exponential', mean: 10 } },
        ],
        agents: [
          {
            idPrefix: 'sim',
            count: 2,
            maxConcurrent: 1,
            memberships: [{ groupId: 'q', ability: 5, tier: 'primary' }],
            languages: ['en'],
          },
        ],
        customers: [
          {
            id: 'c',
            share: 1,
            groupId: 'q',
            priority: 1,
            language: 'en',
            vipLevel: 0,
            patienceSeconds: { kind: 'exponential', mean: 100 },
          },
        ],
      },
    },
  },
  'GET /api/v1/simulations/{id}': { as: 'admin', params: { id: 'x' } },
  'GET /api/v1/reports/queues': {
    as: 'admin',
    query: {
      from: '2026-01-01',
      to: '2026-01-31',
      granularity: 'day',
      groupBy: 'skillGroup',
      groupId: 'g',
      channel: 'web',
      format: 'json',
    },
  },
  'GET /api/v1/reports/transfers': {
    as: 'admin',
    query: { from: '2026-01-01', to: '2026-01-31', groupBy: 'reason', reason: 'r', agentId: 'a1' },
  },
  'GET /api/v1/reports/agents': {
    as: 'admin',
    query: { from: '2026-01-01', to: '2026-01-07', granularity: 'hour', groupBy: 'agent', departmentId: 'd' },
  },
};
