/** What one stored batch changed, collected while its events are fanned out and sent once at its end. */
export interface BatchChanges {
  /** Agents whose status, presence or load may have changed. */
  readonly agents: Set<string>;
  /** Conversations whose view goes to their participants (staff). */
  readonly staffViews: Set<string>;
  /** Conversations whose view goes to their customer. */
  readonly customerViews: Set<string>;
  /** Agents who may have stopped being involved in a conversation. */
  readonly released: [agentId: string, conversationId: string][];
}

export const emptyChanges = (): BatchChanges => ({
  agents: new Set(),
  staffViews: new Set(),
  customerViews: new Set(),
  released: [],
});
