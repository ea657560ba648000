/** Tenant-wide settings. Every duration is in seconds; DESIGN.md §3–§5 gives the defaults. */
import { defaultAttachmentSettings, type AttachmentSettings } from './attachment.js';
import type { QuickReply } from './quick-reply.js';
import { defaultTransferSettings, type TransferSettings } from './transfer.js';
import type { WidgetMessages } from './widget-messages.js';
export type AssignmentMode = 'direct' | 'offer';

export type { QuickReply } from './quick-reply.js';

export interface TenantSettings {
  /** IANA time zone used for rule time windows and reports. */
  readonly timeZone: string;
  /** Seconds of extra effective wait per priority point (DESIGN.md §3.4). */
  readonly priorityStepSeconds: number;
  /** How long the last agent stays the customer's sticky agent. */
  readonly stickyWindowSeconds: number;
  /** How long a conversation waits for a busy preferred agent before normal routing. */
  readonly stickyWaitSeconds: number;
  readonly assignmentMode: AssignmentMode;
  readonly offerTimeoutSeconds: number;
  /** Consecutive missed offers after which an agent is set `away`. */
  readonly maxMissedOffers: number;
  readonly firstResponseTimeoutSeconds: number;
  /**
   * First-response takeovers one conversation may suffer; at the next miss it stays with its owner
   * and supervisors are alerted (docs/routing.md). Optional so that settings stored before it
   * existed replay unchanged; absent means `DEFAULT_MAX_AUTO_TAKEOVERS`.
   */
  readonly maxAutoTakeovers?: number;
  readonly replyReminderSeconds: number;
  readonly presenceGraceSeconds: number;
  readonly dormantAfterSeconds: number;
  readonly reviveWindowSeconds: number;
  /** A rating at or below this excludes the agent for that customer. */
  readonly badRatingMax: number;
  /** A rating at or above this favours the agent for that customer. */
  readonly goodRatingMin: number;
  /** Group used when no rule matched and the entry point has no default. */
  readonly defaultGroupId: string | null;
  /** Default group per entry point (source), e.g. `{ douyin: "g-douyin" }`. */
  readonly defaultGroupBySource: Readonly<Record<string, string>>;
  /** How many recent handling times feed the estimated wait. */
  readonly serviceTimeSampleSize: number;
  /** Seed of the `random` strategy: routing stays reproducible. */
  readonly randomSeed: number;
  /** How many closed conversations the live state remembers (for late ratings). */
  readonly closedRetention: number;
  /** Language of customer notices when neither the conversation nor the customer has one. */
  readonly defaultLanguage: string;
  readonly transfer: TransferSettings;
  /**
   * How long an agent stays excluded from a conversation they missed, declined, rejected or lost
   * by a takeover, counted from the latest exclusion; then every exclusion of that conversation
   * lapses, so it can never wait forever for agents it excludes. Optional so that settings stored
   * before it existed replay unchanged; absent means `defaultExclusionLapseSeconds`.
   */
  readonly exclusionLapseSeconds?: number;
  /**
   * The tenant's quick replies, in display order. Optional so that settings stored before quick
   * replies existed replay unchanged; absent means none.
   */
  readonly quickReplies?: readonly QuickReply[];
  /**
   * What agents (role `agent`) find in history search (docs/search.md): the conversations they own
   * (`own`), or also every conversation of their skill groups (`groups`). Optional so that settings
   * stored before it existed replay unchanged; absent means `own`.
   */
  readonly agentSearchScope?: AgentSearchScope;
  /**
   * The widget's welcome, queue and after-hours texts per language (docs/widget.md). Optional so
   * that settings stored before they existed replay unchanged; absent means the built-in wording.
   */
  readonly widgetMessages?: WidgetMessages;
  /**
   * Limits on uploaded files (docs/attachments.md). Optional so that settings stored before
   * attachments existed replay unchanged; absent means `defaultAttachmentSettings`.
   */
  readonly attachments?: AttachmentSettings;
}

/** See `TenantSettings.agentSearchScope`. */
export type AgentSearchScope = 'own' | 'groups';

export const DEFAULT_MAX_AUTO_TAKEOVERS = 2;
/** Five minutes: long enough not to bounce a conversation straight back to whoever let it go. */
export const defaultExclusionLapseSeconds = 300;

export const defaultSettings: TenantSettings = {
  timeZone: 'UTC',
  priorityStepSeconds: 60,
  stickyWindowSeconds: 7 * 24 * 3600,
  stickyWaitSeconds: 30,
  assignmentMode: 'direct',
  offerTimeoutSeconds: 20,
  maxMissedOffers: 3,
  firstResponseTimeoutSeconds: 60,
  maxAutoTakeovers: DEFAULT_MAX_AUTO_TAKEOVERS,
  replyReminderSeconds: 120,
  presenceGraceSeconds: 60,
  dormantAfterSeconds: 600,
  reviveWindowSeconds: 1800,
  badRatingMax: 2,
  goodRatingMin: 4,
  defaultGroupId: null,
  defaultGroupBySource: {},
  serviceTimeSampleSize: 50,
  randomSeed: 1,
  closedRetention: 10_000,
  defaultLanguage: 'zh-CN',
  transfer: defaultTransferSettings,
  exclusionLapseSeconds: defaultExclusionLapseSeconds,
  attachments: defaultAttachmentSettings,
};
