/** Commands: what callers ask of a tenant. `decide` turns each into events or a refusal. */
import type { AgentProfile } from './agent.js';
import type { AttachmentRef } from './attachment.js';
import type { TestMode } from './conversation.js';
import type { ContactDetails } from './contact.js';
import type { CustomerProfile } from './customer.js';
import type { CustomerPatch } from './customer-patch.js';
import type { Department } from './department.js';
import type { MessageAuthor, Resolution, Visibility } from './events.js';
import type { RoutingRule } from './routing-rules.js';
import type { QuickReply } from './quick-reply.js';
import type { TenantSettings } from './settings.js';
import type { SkillGroupConfig, StrategyName, StrategyParams } from './skill-group.js';
import type { TransferNote, TransferTarget } from './transfer.js';

export type Command =
  | { readonly type: 'ConfigureTenant'; readonly settings: Partial<TenantSettings> }
  | { readonly type: 'SaveDepartment'; readonly department: Department }
  | { readonly type: 'SaveSkillGroup'; readonly group: SkillGroupConfig }
  /** Refused (CONFIG_IN_USE) while anything uses it: config-usage.ts. */
  | { readonly type: 'RemoveDepartment'; readonly departmentId: string }
  | { readonly type: 'RemoveSkillGroup'; readonly groupId: string }
  | { readonly type: 'SaveAgent'; readonly agent: AgentProfile }
  | { readonly type: 'SaveRoutingRules'; readonly rules: readonly RoutingRule[] }
  | { readonly type: 'SaveCustomer'; readonly customer: CustomerProfile }
  /**
   * Creates or updates a customer field by field (customer-patch.ts). `verifiedIfNew` says how a
   * customer not yet known signs in; a known customer keeps theirs.
   */
  | {
      readonly type: 'UpdateCustomer';
      readonly customerId: string;
      readonly verifiedIfNew: boolean;
      readonly patch: CustomerPatch;
    }
  /** Replaces an agent's personal quick replies (quick-replies.ts). */
  /** A customer's contact details for their conversation (contact.ts). */
  | {
      readonly type: 'LeaveContact';
      readonly conversationId: string;
      readonly customerId: string;
      readonly contact: ContactDetails;
    }
  | { readonly type: 'SavePersonalReplies'; readonly agentId: string; readonly replies: readonly QuickReply[] }
  | { readonly type: 'ConnectAgent'; readonly agentId: string }
  | { readonly type: 'DisconnectAgent'; readonly agentId: string }
  | {
      readonly type: 'SetAgentStatus';
      readonly agentId: string;
      readonly status: 'available' | 'busy' | 'away';
      /** A supervisor setting someone else's status (scope-checked); absent for the agent themself. */
      readonly byAgentId?: string;
    }
  | {
      readonly type: 'OpenConversation';
      readonly conversationId: string;
      readonly customerId: string;
      readonly channel: string;
      readonly source: string;
      /** The customer's opening message (may be empty); rules match keywords in it. */
      readonly text: string;
      readonly messageId?: string;
      readonly language?: string | null;
      readonly businessType?: string | null;
      readonly attributes?: Readonly<Record<string, string>>;
      /** Base priority from the entry point; rules add to it. */
      readonly priority?: number;
      /** Directed assignment from the API. */
      readonly agentId?: string | null;
      /** A test conversation (the conversation-test page); absent for real customers. */
      readonly test?: TestMode;
    }
  | {
      readonly type: 'PostMessage';
      readonly conversationId: string;
      readonly messageId: string;
      readonly author: MessageAuthor;
      readonly visibility: Visibility;
      readonly text: string;
      /** Files already stored in the attachment store, posted with this message (the text is their caption). */
      readonly attachments?: readonly AttachmentRef[];
    }
  | { readonly type: 'AcceptOffer'; readonly conversationId: string; readonly agentId: string }
  | { readonly type: 'DeclineOffer'; readonly conversationId: string; readonly agentId: string }
  | {
      readonly type: 'CloseConversation';
      readonly conversationId: string;
      /** The agent closing it, or null when the customer or the system does. */
      readonly agentId: string | null;
      readonly by: 'agent' | 'customer' | 'system';
      readonly resolution?: Resolution | null;
      readonly summary?: string | null;
    }
  | {
      readonly type: 'RateConversation';
      readonly conversationId: string;
      readonly score: number;
      readonly comment?: string | null;
    }
  | {
      readonly type: 'RequestTransfer';
      readonly transferId: string;
      readonly conversationId: string;
      readonly initiatorId: string;
      readonly target: TransferTarget;
      readonly note: TransferNote;
      /** Set by composite commands (batch, shift end); absent for a transfer an agent asks for. */
      readonly source?: 'manual' | 'batch' | 'shift-end';
    }
  | { readonly type: 'AcceptTransfer'; readonly transferId: string; readonly agentId: string }
  | {
      readonly type: 'RejectTransfer';
      readonly transferId: string;
      readonly agentId: string;
      readonly reason?: string | null;
    }
  | { readonly type: 'CancelTransfer'; readonly transferId: string; readonly agentId: string }
  /** The owner (or a supervisor) leaves the conversation to its group's queue. */
  | { readonly type: 'ReturnToQueue'; readonly conversationId: string; readonly agentId: string }
  | {
      readonly type: 'BatchTransfer';
      readonly batchId: string;
      readonly initiatorId: string;
      readonly conversationIds: readonly string[];
      readonly target: TransferTarget;
      readonly note: TransferNote;
    }
  /** Hands every conversation of the agent to on-duty colleagues, then sets them away. */
  | { readonly type: 'EndShift'; readonly agentId: string }
  | {
      readonly type: 'JoinConversation';
      readonly supervisorId: string;
      readonly conversationId: string;
      readonly mode: 'watch' | 'barge';
    }
  | { readonly type: 'LeaveConversation'; readonly supervisorId: string; readonly conversationId: string }
  | {
      readonly type: 'TakeOver';
      readonly transferId: string;
      readonly supervisorId: string;
      readonly conversationId: string;
    }
  | {
      readonly type: 'Reassign';
      readonly transferId: string;
      readonly supervisorId: string;
      readonly conversationId: string;
      readonly target: TransferTarget;
      readonly requireAccept: boolean;
      readonly note?: string;
    }
  | {
      readonly type: 'ChangeGroupStrategy';
      readonly supervisorId: string;
      readonly groupId: string;
      readonly strategy: StrategyName;
      readonly params?: StrategyParams;
    }
  /** Adds and removes tags (labels) on a conversation; participants and supervisors over it. */
  | {
      readonly type: 'TagConversation';
      readonly conversationId: string;
      readonly agentId: string;
      readonly add: readonly string[];
      readonly remove: readonly string[];
    }
  /** An admin stops an agent working: sessions end, conversations return to routing. */
  | { readonly type: 'DisableAgent'; readonly agentId: string; readonly byAgentId: string | null }
  | { readonly type: 'EnableAgent'; readonly agentId: string; readonly byAgentId: string | null }
  /** As DisableAgent, for good: the id stays for the history but never signs in again. */
  | { readonly type: 'RemoveAgent'; readonly agentId: string; readonly byAgentId: string | null }
  /** Ends every session of the agent ("sign out everywhere"). */
  | { readonly type: 'EndAgentSessions'; readonly agentId: string }
  /** The transport locked an agent's sign-in after repeated failures (`until`: epoch ms); for the audit log. */
  | { readonly type: 'RecordLoginLockout'; readonly agentId: string; readonly until: number; readonly failures: number }
  /** The transport hashes; the domain only stores the hash. */
  | { readonly type: 'SetPassword'; readonly agentId: string; readonly passwordHash: string }
  | { readonly type: 'IssueApiKey'; readonly keyId: string; readonly name: string; readonly hash: string }
  | { readonly type: 'RevokeApiKey'; readonly keyId: string }
  | { readonly type: 'SetWidgetSecret'; readonly secret: string }
  /** Sent by the engine when a deadline the state holds has passed. */
  | { readonly type: 'FireTimer'; readonly key: string };

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Commands that expand into several atomic ones (see composite.ts). */
export type CompositeCommand = CommandOf<'BatchTransfer' | 'EndShift'>;
export type AtomicCommand = Exclude<Command, CompositeCommand>;
