/**
 * Agent time: for every agent, the number of slots in use integrated over the measurement window
 * (the end of the warm-up to the end of arrivals), and the handling segments they started in it.
 * Occupancy is slot-time used over slot-time available; an agent holding a conversation while
 * its transfer waits for a taker counts as busy, as they would in a real team.
 */
export interface AgentUsage {
  readonly agentId: string;
  /** Share of this agent's slot-time in use. */
  readonly utilisation: number;
  /** Handling segments started in the window. */
  readonly handled: number;
}

export class AgentMeter {
  private readonly index = new Map<string, number>();
  private readonly busy: number[] = [];
  private readonly area: number[] = [];
  private readonly last: number[] = [];
  private readonly handled: number[] = [];

  constructor(
    private readonly agents: readonly { readonly id: string; readonly capacity: number }[],
    private readonly window: { readonly from: number; readonly to: number },
  ) {
    agents.forEach((agent, at) => {
      this.index.set(agent.id, at);
      this.busy.push(0);
      this.area.push(0);
      this.last.push(window.from);
      this.handled.push(0);
    });
  }

  private clip(at: number): number {
    return Math.min(Math.max(at, this.window.from), this.window.to);
  }

  /** The agent's slots in use change by `delta` at `at`. */
  change(agentId: string, delta: number, at: number): void {
    const i = this.index.get(agentId);
    if (i === undefined) return;
    const clipped = this.clip(at);
    this.area[i] = (this.area[i] ?? 0) + (this.busy[i] ?? 0) * (clipped - (this.last[i] ?? 0));
    this.last[i] = clipped;
    this.busy[i] = (this.busy[i] ?? 0) + delta;
  }

  /** The agent starts a handling segment at `at`. */
  started(agentId: string, at: number): void {
    const i = this.index.get(agentId);
    if (i !== undefined && at >= this.window.from && at < this.window.to) this.handled[i] = (this.handled[i] ?? 0) + 1;
  }

  /** Per-agent usage over the window (closes the integrals at its end). */
  usage(): AgentUsage[] {
    const length = this.window.to - this.window.from;
    return this.agents.map((agent, i) => {
      this.change(agent.id, 0, this.window.to);
      const used = this.area[i] ?? 0;
      return {
        agentId: agent.id,
        utilisation: length <= 0 ? 0 : used / (agent.capacity * length),
        handled: this.handled[i] ?? 0,
      };
    });
  }
}
