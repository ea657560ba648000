/**
 * The owner's message-id check in cluster mode (src/services/owner-deduplication.ts), on a real
 * tenant actor and SQLite store: a resent id is posted once; a resend that overlaps a send the
 * domain refuses is refused alike — never acknowledged as if its message had been posted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor, type CommandResult } from '../../src/engine/tenant-actor.js';
import { MessageIds } from '../../src/services/message-ids.js';
import { ownerDeduplication } from '../../src/services/owner-deduplication.js';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { T0 } from '../support/harness.js';

const TENANT = 'tenant-1';

const setup: readonly Command[] = [
  { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) },
  { type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } },
  {
    type: 'OpenConversation',
    conversationId: 'c1',
    customerId: 'cust-1',
    channel: 'web',
    source: 'website',
    text: 'hello',
    messageId: 'c1-m0',
  },
];

const send = (messageId: string): Extract<Command, { type: 'PostMessage' }> => ({
  type: 'PostMessage',
  conversationId: 'c1',
  messageId,
  author: { kind: 'customer' },
  visibility: 'public',
  text: `text of ${messageId}`,
});

describe('the owner’s message-id check', () => {
  let dir: string;
  let store: SqliteStore;
  let actor: TenantActor;
  let execute: ReturnType<typeof ownerDeduplication>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'owner-dedup-'));
    store = await createSqliteStore({ dataDir: dir });
    const clock = new SimulatedClock(T0);
    actor = await TenantActor.start({ tenantId: TENANT, store, clock, scheduler: clock });
    for (const command of setup) {
      const result = await actor.submit(command);
      if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
    }
    execute = ownerDeduplication(new MessageIds(store, undefined, undefined, true));
  });

  afterEach(async () => {
    await actor.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const through = (command: Command): Promise<CommandResult> => execute(TENANT, command, () => actor.submit(command));

  const postedIds = async (): Promise<string[]> =>
    (await store.read(TENANT, 0, 1000)).flatMap(({ event }) =>
      event.type === 'MessagePosted' ? [event.messageId] : [],
    );

  it('posts a resent id once, whether the resend overlaps the first send or comes later', async () => {
    const [first, overlapping] = await Promise.all([through(send('m1')), through(send('m1'))]);
    expect(first.ok && first.events.some(({ event }) => event.type === 'MessagePosted')).toBe(true);
    expect(overlapping).toEqual({ ok: true, events: [] });
    expect(await through(send('m1'))).toEqual({ ok: true, events: [] });
    expect(await postedIds()).toEqual(['c1-m0', 'm1']);
  });

  it('refuses a resend that overlaps a refused send, rather than acknowledging a message never posted', async () => {
    const closed = await actor.submit({
      type: 'CloseConversation',
      conversationId: 'c1',
      agentId: null,
      by: 'customer',
    });
    expect(closed.ok).toBe(true);
    const [first, overlapping] = await Promise.all([through(send('m2')), through(send('m2'))]);
    expect(first.ok).toBe(false);
    expect(overlapping.ok).toBe(false);
    if (!first.ok && !overlapping.ok) expect(overlapping.error.code).toBe(first.error.code);
    expect(await postedIds()).toEqual(['c1-m0']);
  });
});
