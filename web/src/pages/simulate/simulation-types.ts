/**
 * The conversation test's data: the attributes an admin gives a test customer, and the routing
 * explanation the server returns (`GET /api/v1/conversations/:id/routing`).
 */
export interface CustomerAttributes {
  readonly channel: string;
  readonly source: string;
  readonly language?: string;
  readonly vipLevel: number;
  readonly labels: readonly string[];
  readonly businessType?: string;
  /** `key=value` lines. */
  readonly attributes?: string;
  readonly text: string;
  /** Route the test conversation to real agents; otherwise only the decision is shown (docs/routing.md). */
  readonly routeToAgents?: boolean;
}

export interface Candidate {
  readonly agentId: string;
  readonly score: number;
  readonly ability: number;
  readonly active: number;
  readonly maxConcurrent: number;
}

export interface Assignment {
  readonly at: string;
  readonly agentId: string;
  readonly mode: string;
  readonly trigger: string;
  readonly rule: { readonly id: string; readonly name: string } | null;
  readonly rankedBy: { readonly groupId: string; readonly strategy: string };
  readonly overflowTier: number;
  readonly preferred: string | null;
  readonly effectiveWaitSeconds: number;
  readonly candidates: readonly Candidate[];
}

export interface Opening {
  readonly at: string;
  readonly rule: { readonly id: string; readonly name: string } | null;
  readonly groupId: string;
  readonly priority: number;
  readonly labels: readonly string[];
  readonly afterHoursFrom: string | null;
  readonly disposition: string;
  readonly leftMessageReason: string | null;
  readonly opensAt: string | null;
  readonly reservation: { readonly agentId: string; readonly reason: string; readonly until: string } | null;
}

export interface RoutingExplanation {
  readonly conversationId: string;
  readonly status: string;
  readonly groupId: string;
  readonly ownerId: string | null;
  readonly priority: number;
  readonly labels: readonly string[];
  readonly queue: { readonly position: number; readonly estimatedWaitSeconds: number | null } | null;
  readonly opening: Opening | null;
  readonly assignments: readonly Assignment[];
  /** `decision-only` or `routed` for a test conversation (absent from servers before test conversations). */
  readonly test?: string | null;
  /** Where a `decision-only` test conversation would have gone; nobody was assigned. */
  readonly testDecision?: { readonly agentId: string | null; readonly assignment: Assignment | null } | null;
}

/** One test customer opened on this page. */
export interface TestCustomer {
  readonly customerId: string;
  /** The customer's own token: the test conversation is theirs to write in and close. */
  readonly token: string;
  readonly conversationId: string;
  readonly attributes: CustomerAttributes;
  readonly explanation: RoutingExplanation;
}
