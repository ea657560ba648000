/**
 * A tenant's queue is bounded for clients (TenantActorOptions.queueLimit): once that many commands
 * wait, the transports' `run` refuses new ones with OVERLOADED at once instead of queueing them,
 * while commands already queued still complete.
 */
import { describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import { createMemoryEventStore } from '../../src/store/memory/memory-event-store.js';
import { run } from '../../src/transport/http/context.js';
import { ApiError } from '../../src/transport/http/error-catalogue.js';
import { T0 } from '../support/harness.js';

describe('tenant queue limit', () => {
  it('refuses client commands with OVERLOADED while the queue is full, and serves the queued ones', async () => {
    const clock = new SimulatedClock(T0);
    const actor = await TenantActor.start({
      tenantId: 't1',
      store: createMemoryEventStore(),
      clock,
      scheduler: clock,
      queueLimit: 100,
    });
    const save = (index: number) => ({
      type: 'SaveSkillGroup' as const,
      group: skillGroup({ id: `g${index}`, name: `Group ${index}` }),
    });
    const queued = Array.from({ length: 100 }, (_, index) => run(actor, save(index)));
    expect(actor.saturated).toBe(true);
    const refused = await run(actor, save(100)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('OVERLOADED');
    expect((refused as ApiError).status).toBe(503);

    await Promise.all(queued);
    expect(actor.saturated).toBe(false);
    expect(actor.view.groups.size).toBe(100);
    await run(actor, save(100));
    expect(actor.view.groups.size).toBe(101);
  });
});
