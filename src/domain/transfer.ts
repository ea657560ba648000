/**
 * Transfers (DESIGN.md §5): moving a conversation's ownership to another agent or skill group,
 * which the target accepts or rejects. A transfer's states are data with an explicit transition
 * table; only `pending` has successors.
 */
export type TransferStatus = 'pending' | 'accepted' | 'rejected' | 'timed-out' | 'cancelled';

export const transferTransitions: Readonly<Record<TransferStatus, readonly TransferStatus[]>> = {
  pending: ['accepted', 'rejected', 'timed-out', 'cancelled'],
  accepted: [],
  rejected: [],
  'timed-out': [],
  cancelled: [],
};

export const canTransferMove = (from: TransferStatus, to: TransferStatus): boolean =>
  transferTransitions[from].includes(to);

export type TransferTarget =
  { readonly kind: 'agent'; readonly agentId: string } | { readonly kind: 'group'; readonly groupId: string };

/** How the transfer came about: shown in the timeline and reports. */
export type TransferSource = 'manual' | 'batch' | 'shift-end' | 'rule' | 'supervisor' | 'forward';

/** The note an initiator writes (required), from a template or free text. */
export interface TransferNote {
  readonly text: string;
  readonly templateId: string | null;
  /** Template fields: problem, steps taken, customer situation, urgency… */
  readonly fields: Readonly<Record<string, string>>;
  readonly reason: string | null;
  readonly tags: readonly string[];
}

export interface Transfer {
  readonly id: string;
  readonly conversationId: string;
  /** An agent id, or `system` for rule-triggered transfers. */
  readonly initiatorId: string;
  /** The owner when it was requested. */
  readonly fromAgentId: string;
  readonly target: TransferTarget;
  readonly note: TransferNote;
  readonly source: TransferSource;
  /** Forced transfers (supervisor reassign without accept) are accepted in the same decision. */
  readonly requiresAccept: boolean;
  readonly requestedAt: number;
  /** When it times out: from the request, or from the offer when a group transfer waited for a free member. */
  deadline: number;
  /** 0 for the first request; n for the n-th automatic forward. */
  readonly attempt: number;
  status: TransferStatus;
  /** The agent asked to accept; null while a group transfer waits for a free member. */
  targetAgentId: string | null;
  /** Agents who already rejected or let this chain time out (skipped by forwards). */
  readonly excluded: readonly string[];
}

/** A target's own rule for accepting without being asked (DESIGN.md §5 Auto-accept). */
export type AutoAcceptRule =
  | { readonly kind: 'never' }
  | { readonly kind: 'always' }
  | { readonly kind: 'own-department' }
  | { readonly kind: 'from-supervisors' }
  | { readonly kind: 'below-load'; readonly load: number };

export interface TransferPermissions {
  readonly mayInitiate: boolean;
  readonly mayReceive: boolean;
  /** May transfer to an agent of a higher level. */
  readonly mayEscalate: boolean;
  /** Transfers this agent may initiate per local day; null = no limit. */
  readonly dailyLimit: number | null;
  readonly autoAccept: AutoAcceptRule;
}

export const defaultTransferPermissions: TransferPermissions = {
  mayInitiate: true,
  mayReceive: true,
  mayEscalate: false,
  dailyLimit: null,
  autoAccept: { kind: 'never' },
};

export interface TransferTemplate {
  readonly id: string;
  readonly name: string;
  /** technical, complaint, vip, after-sales… */
  readonly category: string;
  readonly fields: readonly { readonly key: string; readonly label: string; readonly required: boolean }[];
}

/** What happens when a transfer is rejected or times out. */
export type TransferFailurePolicy = 'notify' | 'forward' | 'return-to-queue';

export interface TransferWeights {
  readonly skill: number;
  readonly load: number;
  readonly experience: number;
}

/** Rules on mid-conversation messages or a VIP upgrade that suggest or perform a transfer. */
export interface TransferRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly when: {
    readonly keywords?: { readonly any?: readonly string[]; readonly all?: readonly string[] };
    readonly vipLevelAtLeast?: number;
  };
  readonly action: 'suggest' | 'transfer';
  readonly target: TransferTarget;
  readonly note: string;
}

export interface TransferSettings {
  readonly timeoutSeconds: number;
  readonly onFailure: TransferFailurePolicy;
  /** Most automatic forwards in one chain before falling back to notifying the initiator. */
  readonly maxForwards: number;
  readonly crossDepartment: 'allowed' | 'supervisor-only' | 'forbidden';
  readonly weights: TransferWeights;
  /** Experience prior for agents with few rated or closed conversations in the group. */
  readonly experiencePrior: { readonly score: number; readonly weight: number };
  /** How many recent conversations per agent and group feed experience. */
  readonly experienceWindow: number;
  /** Recommendations returned to the initiator after a rejection or timeout. */
  readonly recommendationCount: number;
  readonly templates: readonly TransferTemplate[];
  readonly rules: readonly TransferRule[];
}

export const defaultTransferSettings: TransferSettings = {
  timeoutSeconds: 30,
  onFailure: 'notify',
  maxForwards: 3,
  crossDepartment: 'allowed',
  weights: { skill: 0.5, load: 0.3, experience: 0.2 },
  experiencePrior: { score: 0.6, weight: 5 },
  experienceWindow: 50,
  recommendationCount: 5,
  templates: [
    template('technical', '技术问题 / Technical issue', 'technical'),
    template('complaint', '投诉处理 / Complaint', 'complaint'),
    template('vip', 'VIP 客户 / VIP customer', 'vip'),
    template('after-sales', '售后服务 / After-sales', 'after-sales'),
  ],
  rules: [],
};

function template(id: string, name: string, category: string): TransferTemplate {
  return {
    id,
    name,
    category,
    fields: [
      { key: 'problem', label: '客户反馈 / Problem', required: true },
      { key: 'steps', label: '已尝试 / Steps taken', required: false },
      { key: 'customer', label: '客户情况 / Customer situation', required: false },
      { key: 'urgency', label: '紧急程度 / Urgency', required: false },
    ],
  };
}

/** Skill match of a membership tier in the conversation's group (DESIGN.md §5). */
export const skillMatchByTier = { primary: 0.8, secondary: 0.6, general: 0.4 } as const;
