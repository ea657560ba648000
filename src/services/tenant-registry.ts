/**
 * The tenants this process serves: one `TenantActor` each, started from the store (snapshot + log)
 * when the server starts or when a tenant is created, and closed together on shutdown. Listeners
 * hear every tenant's stored events (the realtime gateway and metrics subscribe here).
 */
import type { Clock, Scheduler } from '../engine/clock.js';
import { TenantActor } from '../engine/tenant-actor.js';
import type { DurableStore } from '../store/durable-store.js';
import type { TenantListener, Tenants } from './tenants.js';

export type { TenantListener } from './tenants.js';

export interface TenantRegistryOptions {
  readonly store: DurableStore;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly onSnapshotError?: (tenantId: string, error: unknown) => void;
  /** Each tenant's queue limit for client commands (TenantActorOptions.queueLimit). */
  readonly queueLimit?: number;
}

export const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The single-node registry: every tenant's actor is the leader, in this process. */
export class TenantRegistry implements Tenants {
  private readonly actors = new Map<string, TenantActor>();
  private readonly starting = new Map<string, Promise<TenantActor>>();
  private readonly listeners = new Set<TenantListener>();

  private constructor(private readonly options: TenantRegistryOptions) {}

  /** Starts an actor for every tenant the store holds. */
  static async open(options: TenantRegistryOptions): Promise<TenantRegistry> {
    const registry = new TenantRegistry(options);
    for (const tenantId of await options.store.tenants()) await registry.start(tenantId);
    return registry;
  }

  get store(): DurableStore {
    return this.options.store;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  tenantIds(): string[] {
    return [...this.actors.keys()];
  }

  /** The running actor of an existing tenant, or undefined. */
  actor(tenantId: string): TenantActor | undefined {
    return this.actors.get(tenantId);
  }

  /** Starts an actor for a new (or existing) tenant id; its first command creates it in the log. */
  start(tenantId: string): Promise<TenantActor> {
    const running = this.actors.get(tenantId);
    if (running !== undefined) return Promise.resolve(running);
    let starting = this.starting.get(tenantId);
    if (starting === undefined) {
      starting = TenantActor.start({
        tenantId,
        store: this.options.store,
        snapshots: this.options.store,
        clock: this.options.clock,
        scheduler: this.options.scheduler,
        ...(this.options.queueLimit === undefined ? {} : { queueLimit: this.options.queueLimit }),
        onSnapshotError: (error) => this.options.onSnapshotError?.(tenantId, error),
      }).then((actor) => {
        actor.subscribe((events) => {
          for (const listener of this.listeners) listener(tenantId, events);
        });
        this.actors.set(tenantId, actor);
        this.starting.delete(tenantId);
        return actor;
      });
      this.starting.set(tenantId, starting);
    }
    return starting;
  }

  subscribe(listener: TenantListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets every actor finish its batch; the store is the caller's to close. */
  async close(): Promise<void> {
    await Promise.all([...this.actors.values()].map((actor) => actor.close()));
    this.actors.clear();
  }
}
