/**
 * The conversation test's data: the attributes an admin gives a test customer, and the routing
 * explanation the server returns (`GET /api/v1/conversations/:id/routing`, generated from the
 * OpenAPI document).
 */
import type { ResponseBody } from '../../api/types.js';

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

/** `GET /conversations/:id/routing`: how the conversation was routed, step by step. */
export type RoutingExplanation = ResponseBody<'/api/v1/conversations/{conversationId}/routing'>;
export type Assignment = RoutingExplanation['assignments'][number];
export type Candidate = Assignment['candidates'][number];
export type Opening = NonNullable<RoutingExplanation['opening']>;

/** One test customer opened on this page. */
export interface TestCustomer {
  readonly customerId: string;
  /** The customer's own token: the test conversation is theirs to write in and close. */
  readonly token: string;
  readonly conversationId: string;
  readonly attributes: CustomerAttributes;
  readonly explanation: RoutingExplanation;
}
