/**
 * The figures that move with every event and are sent throttled, per tenant (DESIGN.md §3.10, §6):
 * the wallboard for supervisors and admins (agents and queues in their scope), each agent's skill
 * groups' queue figures, and each waiting customer's queue position and estimated wait. Each
 * client gets a figure only when it differs from the last one it was sent.
 */
import { isSupervisor } from '../../domain/agent.js';
import { queueStatus } from '../../domain/routing.js';
import type { TenantState } from '../../domain/state.js';
import { todayFigures, type TodayFigures } from '../../reports/today-figures.js';
import type { Tenants } from '../../services/tenants.js';
import { iso } from '../http/schemas.js';
import type { GroupFigures } from './protocol.js';
import { localSessions, rooms, type GatewayServer } from './rooms.js';
import type { ClientSession } from './session.js';
import { groupFigures, wallboardOf } from './views.js';

/** Last figures sent to each client, to send only changes. */
const sent = new WeakMap<ClientSession, { wallboard?: string; queues?: string }>();

const queueKey = (status: ReturnType<typeof queueStatus>): string =>
  status === null ? 'null' : `${status.position}/${status.estimatedWaitSeconds ?? ''}`;

export class Overview {
  /** Each tenant's figures for today (read from the report read models, so refreshed asynchronously). */
  private readonly today = new Map<string, ReadonlyMap<string, TodayFigures>>();
  private readonly loadingToday = new Set<string>();

  constructor(
    private readonly io: GatewayServer,
    private readonly registry: Tenants,
  ) {}

  /** Sends every changed figure of the tenant to its clients on this process. */
  refresh(tenantId: string): void {
    const state = this.registry.actor(tenantId)?.view;
    if (state === undefined) return;
    const now = this.registry.clock.now();
    const figures = new Map<string, GroupFigures>();
    for (const group of state.groups.values()) figures.set(group.config.id, groupFigures(state, group, now));
    for (const session of localSessions(this.io, rooms.wallboard(tenantId))) {
      this.sendWallboard(session, state, figures);
    }
    this.refreshToday(tenantId);
    for (const session of localSessions(this.io, rooms.staff(tenantId))) this.sendQueues(session, state, figures);
    for (const session of localSessions(this.io, rooms.customers(tenantId))) sendPositions(session, state);
  }

  /** The wallboard for one supervisor or admin, now (on connecting) and whenever it changes. */
  sendWallboard(session: ClientSession, state: TenantState, figures?: ReadonlyMap<string, GroupFigures>): void {
    if (session.principal.kind !== 'agent') return;
    const viewer = state.agents.get(session.principal.agentId);
    if (viewer === undefined || !isSupervisor(viewer)) return;
    const now = this.registry.clock.now();
    const today = this.today.get(session.principal.tenantId);
    const board = wallboardOf(state, viewer, { now, today, ...(figures === undefined ? {} : { figures }) });
    const key = JSON.stringify(board);
    const last = sent.get(session) ?? {};
    if (last.wallboard === key) return;
    sent.set(session, { ...last, wallboard: key });
    session.send('wallboard', { at: iso(now), ...board });
  }

  /** Reloads today's figures (one load per tenant at a time) and sends the wallboards they change. */
  private refreshToday(tenantId: string): void {
    const state = this.registry.actor(tenantId)?.view;
    if (state === undefined || this.loadingToday.has(tenantId)) return;
    this.loadingToday.add(tenantId);
    const options = { tenantId, timeZone: state.settings.timeZone, now: this.registry.clock.now() };
    void todayFigures(this.registry.store, options)
      .then((figures) => {
        const before = JSON.stringify([...(this.today.get(tenantId) ?? new Map<string, TodayFigures>())]);
        this.today.set(tenantId, figures);
        if (before === JSON.stringify([...figures])) return;
        const latest = this.registry.actor(tenantId)?.view;
        if (latest === undefined) return;
        for (const session of localSessions(this.io, rooms.wallboard(tenantId))) this.sendWallboard(session, latest);
      })
      .catch(() => undefined)
      .finally(() => {
        this.loadingToday.delete(tenantId);
      });
  }

  /** Figures of the skill groups this agent belongs to. */
  queuesOf(state: TenantState, agentId: string, figures?: ReadonlyMap<string, GroupFigures>): GroupFigures[] {
    const agent = state.agents.get(agentId);
    if (agent === undefined) return [];
    const now = this.registry.clock.now();
    const result: GroupFigures[] = [];
    for (const { groupId } of agent.memberships) {
      const group = state.groups.get(groupId);
      const figure = figures?.get(groupId) ?? (group === undefined ? undefined : groupFigures(state, group, now));
      if (figure !== undefined) result.push(figure);
    }
    return result;
  }

  /** Records what the session event told the client, so only later changes are sent. */
  noteQueuesSent(session: ClientSession, groups: readonly GroupFigures[]): void {
    sent.set(session, { ...sent.get(session), queues: JSON.stringify(groups) });
  }

  private sendQueues(session: ClientSession, state: TenantState, figures: ReadonlyMap<string, GroupFigures>): void {
    if (session.principal.kind !== 'agent') return;
    const groups = this.queuesOf(state, session.principal.agentId, figures);
    if (groups.length === 0) return;
    const key = JSON.stringify(groups);
    const last = sent.get(session) ?? {};
    if (last.queues === key) return;
    sent.set(session, { ...last, queues: key });
    session.send('queue.updated', { groups });
  }
}

/** Records the queue status a customer was just shown (with a conversation's view). */
export function noteQueueShown(session: ClientSession, state: TenantState, conversationId: string): void {
  session.queueSent.set(conversationId, queueKey(queueStatus(state, conversationId)));
}

function sendPositions(session: ClientSession, state: TenantState): void {
  for (const conversationId of session.follows.keys()) {
    const status = queueStatus(state, conversationId);
    const key = queueKey(status);
    if (session.queueSent.get(conversationId) === key) continue;
    session.queueSent.set(conversationId, key);
    if (status !== null) session.send('queue.position', { conversationId, ...status });
  }
}
