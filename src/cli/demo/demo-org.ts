/**
 * The demo tenant's organisation: departments (the org chart), skill groups (what routing uses)
 * and the people, each with a Chinese and an English name. Listed in the order they must be saved:
 * a parent before its children, a fallback or overflow group before the groups that name it.
 */
import type { AgentProfile, Membership, Role } from '../../domain/agent.js';
import type { Department } from '../../domain/department.js';
import { skillGroup, type BusinessHours, type SkillGroupConfig, type WeeklyWindow } from '../../domain/skill-group.js';
import { defaultTransferPermissions, type TransferPermissions } from '../../domain/transfer.js';

export const demoDepartments: readonly Department[] = [
  { id: 'service', name: '客服中心 Customer Service', parentId: null },
  { id: 'presales', name: '售前 Pre-sales', parentId: 'service' },
  { id: 'support', name: '技术支持 Tech support', parentId: 'service' },
  { id: 'after-sales', name: '售后 After-sales', parentId: 'service' },
  { id: 'vip', name: 'VIP 服务 VIP service', parentId: 'service' },
];

const weekdays = (from: string, to: string, days: readonly number[]): WeeklyWindow[] =>
  days.map((day) => ({ day, from, to }));

/** Office hours in Shanghai; outside them pre-sales conversations go to the 24/7 general desk. */
const shanghaiOfficeHours: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  weekly: [...weekdays('09:00', '18:00', [1, 2, 3, 4, 5]), ...weekdays('10:00', '16:00', [6])],
  exceptions: [
    { date: '2026-10-01', windows: [] },
    { date: '2026-10-02', windows: [] },
  ],
  afterHours: { kind: 'group', groupId: 'general' },
};

/** Tech support works long days, and takes left messages at night. */
const techHours: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  weekly: weekdays('08:00', '22:00', [1, 2, 3, 4, 5, 6, 7]),
  exceptions: [],
  afterHours: { kind: 'leave-message' },
};

export const demoSkillGroups: readonly SkillGroupConfig[] = [
  skillGroup({ id: 'general', name: '综合咨询 General (24/7)', strategy: 'weighted-wait' }),
  skillGroup({ id: 'supervisors', name: '主管 Supervisors', strategy: 'least-load' }),
  skillGroup({
    id: 'presales',
    name: '售前咨询 Pre-sales',
    strategy: 'round-robin',
    hours: shanghaiOfficeHours,
    overflow: [{ afterSeconds: 60, groupId: 'general' }],
  }),
  skillGroup({
    id: 'tech',
    name: '技术支持 Tech support',
    strategy: 'most-skilled',
    hours: techHours,
    overflow: [{ afterSeconds: 120, groupId: 'general' }],
  }),
  skillGroup({
    id: 'after-sales',
    name: '售后服务 After-sales',
    strategy: 'least-load',
    overflow: [
      { afterSeconds: 60, groupId: 'general' },
      { afterSeconds: 180, groupId: 'supervisors' },
    ],
  }),
  skillGroup({
    id: 'vip',
    name: 'VIP 专席 VIP desk',
    strategy: 'most-skilled',
    serviceLevelSeconds: 10,
    overflow: [{ afterSeconds: 30, groupId: 'supervisors' }],
  }),
  skillGroup({
    id: 'english',
    name: 'English support',
    strategy: 'weighted-wait',
    overflow: [{ afterSeconds: 90, groupId: 'general' }],
  }),
];

const member = (groupId: string, ability: number, tier: Membership['tier']): Membership => ({
  groupId,
  ability,
  tier,
});

interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly level: number;
  readonly departmentId: string;
  readonly memberships?: readonly Membership[];
  readonly languages?: readonly string[];
  readonly maxConcurrent?: number;
  readonly transfer?: Partial<TransferPermissions>;
  readonly manages?: AgentProfile['manages'];
  readonly greeting?: string;
}

const person = (p: Person): AgentProfile => ({
  id: p.id,
  name: p.name,
  role: p.role,
  level: p.level,
  departmentId: p.departmentId,
  memberships: p.memberships ?? [],
  languages: p.languages ?? ['zh-CN'],
  maxConcurrent: p.maxConcurrent ?? 5,
  transfer: { ...defaultTransferPermissions, ...p.transfer },
  ...(p.manages === undefined ? {} : { manages: p.manages }),
  ...(p.greeting === undefined ? {} : { greeting: p.greeting }),
});

/** Junior agents may transfer ten conversations a day; seniors may escalate to higher levels. */
const junior: Partial<TransferPermissions> = { dailyLimit: 10 };
const senior: Partial<TransferPermissions> = { mayEscalate: true };

export const demoAgents: readonly AgentProfile[] = [
  person({ id: 'admin', name: '管理员 Admin', role: 'admin', level: 5, departmentId: 'service', maxConcurrent: 1 }),
  person({
    id: 'wangfang',
    name: '王芳 Wang Fang',
    role: 'supervisor',
    level: 4,
    departmentId: 'presales',
    languages: ['zh-CN', 'en-US'],
    memberships: [member('supervisors', 8, 'primary'), member('presales', 7, 'secondary')],
    manages: { departmentIds: ['presales', 'after-sales'], groupIds: ['presales', 'after-sales', 'general'] },
    transfer: senior,
  }),
  person({
    id: 'liqiang',
    name: '李强 Li Qiang',
    role: 'supervisor',
    level: 4,
    departmentId: 'support',
    languages: ['zh-CN', 'en-US'],
    memberships: [member('supervisors', 8, 'primary'), member('tech', 9, 'secondary')],
    manages: { departmentIds: ['support', 'vip'], groupIds: ['tech', 'vip', 'english', 'supervisors'] },
    transfer: senior,
  }),
  person({
    id: 'zhangwei',
    name: '张伟 Zhang Wei',
    role: 'agent',
    level: 1,
    departmentId: 'presales',
    memberships: [member('presales', 8, 'primary'), member('general', 5, 'secondary')],
    transfer: junior,
  }),
  person({
    id: 'liuyang',
    name: '刘洋 Liu Yang',
    role: 'agent',
    level: 1,
    departmentId: 'presales',
    memberships: [
      member('presales', 6, 'primary'),
      member('after-sales', 5, 'secondary'),
      member('general', 4, 'general'),
    ],
    transfer: junior,
  }),
  person({
    id: 'chenjing',
    name: '陈静 Chen Jing',
    role: 'agent',
    level: 3,
    departmentId: 'support',
    languages: ['zh-CN', 'en-US'],
    memberships: [member('tech', 9, 'primary'), member('english', 6, 'secondary'), member('general', 6, 'general')],
    transfer: senior,
  }),
  person({
    id: 'zhaolei',
    name: '赵磊 Zhao Lei',
    role: 'agent',
    level: 2,
    departmentId: 'support',
    memberships: [member('tech', 7, 'primary'), member('general', 5, 'secondary')],
    transfer: { autoAccept: { kind: 'own-department' } },
  }),
  person({
    id: 'sunli',
    name: '孙丽 Sun Li',
    role: 'agent',
    level: 2,
    departmentId: 'after-sales',
    memberships: [member('after-sales', 8, 'primary'), member('general', 4, 'general')],
  }),
  person({
    id: 'zhoumin',
    name: '周敏 Zhou Min',
    role: 'agent',
    level: 3,
    departmentId: 'vip',
    maxConcurrent: 3,
    memberships: [member('vip', 9, 'primary'), member('after-sales', 7, 'secondary')],
    transfer: { ...senior, autoAccept: { kind: 'from-supervisors' } },
    greeting: '您好，我是 VIP 专属客服周敏，接下来由我为您服务。',
  }),
  person({
    id: 'emily',
    name: '吴艾米 Emily Wu',
    role: 'agent',
    level: 2,
    departmentId: 'support',
    languages: ['en-US', 'zh-CN'],
    memberships: [member('english', 9, 'primary'), member('general', 5, 'secondary')],
    greeting: "Hi, I'm Emily and I'll take it from here.",
  }),
];
