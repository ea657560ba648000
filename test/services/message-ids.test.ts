/**
 * Idempotent sends' bookkeeping (src/services/message-ids.ts) on a read model in memory: a resend
 * is answered from what was read or observed, overlapping sends of one id post once, the least
 * recently used conversations are forgotten past the capacity (and read again when needed), a
 * conversation with a send in flight is not, and a failed read is forgotten so the next send reads
 * again.
 */
import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../src/domain/events.js';
import { MessageIds } from '../../src/services/message-ids.js';
import type { MessagePage, MessagePageRequest, MessageView, ReadModel } from '../../src/store/read-model.js';

const TENANT = 'tenant-1';

/** A read model holding text entries by conversation, counting its reads. */
class Rows {
  readonly entries = new Map<string, MessageView[]>();
  readonly reads: string[] = [];
  failing = false;

  add(conversationId: string, messageId: string): number {
    const list = this.entries.get(conversationId) ?? [];
    const seq = list.length + 1;
    list.push({
      conversationId,
      seq,
      messageId,
      authorKind: 'customer',
      authorId: null,
      visibility: 'public',
      kind: 'text',
      text: 'hi',
      at: 0,
      attachments: [],
    });
    this.entries.set(conversationId, list);
    return seq;
  }

  messages(_tenantId: string, conversationId: string, page: MessagePageRequest): Promise<MessagePage> {
    this.reads.push(conversationId);
    if (this.failing) return Promise.reject(new Error('the read model is down'));
    const items = (this.entries.get(conversationId) ?? []).filter((entry) => entry.seq > (page.afterSeq ?? 0));
    return Promise.resolve({ items, nextSeq: null });
  }

  get readModel(): ReadModel {
    return this as unknown as ReadModel;
  }
}

const posted = (conversationId: string, messageId: string, seq: number): EventOf<'MessagePosted'> =>
  ({ type: 'MessagePosted', conversationId, messageId, seq, kind: 'text' }) as EventOf<'MessagePosted'>;

/** A post that stores the entry, tells `ids` of it as the fan-out does, and resolves with its seq. */
function poster(rows: Rows, ids: MessageIds, conversationId: string, messageId: string) {
  let calls = 0;
  const post = (): Promise<number | null> => {
    calls += 1;
    const seq = rows.add(conversationId, messageId);
    ids.observe(TENANT, posted(conversationId, messageId, seq));
    return Promise.resolve(seq);
  };
  return { post, calls: () => calls };
}

describe('message ids', () => {
  it('answers a resend with the seq of what was read or observed, posting once', async () => {
    const rows = new Rows();
    rows.add('c1', 'old');
    const ids = new MessageIds(rows.readModel, 10);
    const first = poster(rows, ids, 'c1', 'old');
    expect(await ids.once(TENANT, 'c1', 'old', first.post)).toEqual({ seq: 1, duplicate: true });
    const fresh = poster(rows, ids, 'c1', 'new');
    expect(await ids.once(TENANT, 'c1', 'new', fresh.post)).toEqual({ seq: 2, duplicate: false });
    expect(await ids.once(TENANT, 'c1', 'new', fresh.post)).toEqual({ seq: 2, duplicate: true });
    expect(first.calls() + fresh.calls()).toBe(1);
    expect(rows.reads).toEqual(['c1']);
  });

  it('posts overlapping sends of one id once, the later answered as a duplicate', async () => {
    const rows = new Rows();
    const ids = new MessageIds(rows.readModel, 10);
    await ids.once(TENANT, 'c1', 'warm-up', poster(rows, ids, 'c1', 'warm-up').post);
    const send = poster(rows, ids, 'c1', 'm');
    const [a, b] = await Promise.all([ids.once(TENANT, 'c1', 'm', send.post), ids.once(TENANT, 'c1', 'm', send.post)]);
    expect(a).toEqual({ seq: 2, duplicate: false });
    expect(b).toEqual({ seq: 2, duplicate: true });
    expect(send.calls()).toBe(1);
  });

  it('shares a failed post with the overlapping resend, and lets a later send try again', async () => {
    const rows = new Rows();
    const ids = new MessageIds(rows.readModel, 10);
    await ids.once(TENANT, 'c1', 'warm-up', poster(rows, ids, 'c1', 'warm-up').post);
    const failing = (): Promise<number | null> => Promise.reject(new Error('refused'));
    const both = [ids.once(TENANT, 'c1', 'm', failing), ids.once(TENANT, 'c1', 'm', failing)];
    await expect(both[0]).rejects.toThrow('refused');
    await expect(both[1]).rejects.toThrow('refused');
    expect(await ids.once(TENANT, 'c1', 'm', poster(rows, ids, 'c1', 'm').post)).toEqual({
      seq: 2,
      duplicate: false,
    });
  });

  it('forgets the least recently used conversations past its capacity and reads them again', async () => {
    const rows = new Rows();
    const ids = new MessageIds(rows.readModel, 2);
    for (const conversationId of ['c1', 'c2', 'c1', 'c3', 'c1', 'c2']) {
      await ids.once(
        TENANT,
        conversationId,
        `m-${conversationId}`,
        poster(rows, ids, conversationId, `m-${conversationId}`).post,
      );
    }
    // c2 was the least recently used when c3 came; c1 never was.
    expect(rows.reads).toEqual(['c1', 'c2', 'c3', 'c2']);
    expect(await ids.once(TENANT, 'c2', 'm-c2', () => Promise.resolve(99))).toEqual({ seq: 1, duplicate: true });
  });

  it('keeps a conversation with a send in flight past its capacity', async () => {
    const rows = new Rows();
    const ids = new MessageIds(rows.readModel, 1);
    await ids.once(TENANT, 'c1', 'warm-up', poster(rows, ids, 'c1', 'warm-up').post);
    let finish: (seq: number) => void = () => undefined;
    const slow = ids.once(TENANT, 'c1', 'm', () => new Promise<number>((resolve) => (finish = resolve)));
    await ids.once(TENANT, 'c2', 'other', poster(rows, ids, 'c2', 'other').post);
    const resend = ids.once(TENANT, 'c1', 'm', () => Promise.resolve(99));
    finish(2);
    expect(await slow).toEqual({ seq: 2, duplicate: false });
    expect(await resend).toEqual({ seq: 2, duplicate: true });
    expect(rows.reads).toEqual(['c1', 'c2']);
  });

  it('forgets a conversation whose read failed, and reads it again on the next send', async () => {
    const rows = new Rows();
    const ids = new MessageIds(rows.readModel, 10);
    rows.failing = true;
    await expect(ids.once(TENANT, 'c1', 'm', () => Promise.resolve(1))).rejects.toThrow('down');
    rows.failing = false;
    expect(await ids.once(TENANT, 'c1', 'm', poster(rows, ids, 'c1', 'm').post)).toEqual({
      seq: 1,
      duplicate: false,
    });
    expect(rows.reads).toEqual(['c1', 'c1']);
  });

  it('in cluster mode reads again before posting an id it has not heard of', async () => {
    const rows = new Rows();
    const ids = new MessageIds(rows.readModel, 10, 200, true);
    await ids.once(TENANT, 'c1', 'warm-up', poster(rows, ids, 'c1', 'warm-up').post);
    // Another node posted `m` and this one has not heard of it yet.
    rows.add('c1', 'm');
    expect(await ids.once(TENANT, 'c1', 'm', () => Promise.resolve(99))).toEqual({ seq: 2, duplicate: true });
  });
});
