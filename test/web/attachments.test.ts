/**
 * The attachment logic both chat UIs share (web/src/api/attachments.ts) and the widget's state
 * (web/widget/chat-state.ts): sizes and limits as people read them, what each refusal tells the
 * person (the limit the server names wins over the one the client knows: the server's own cap may
 * be lower), and an entry seen again keeping only newer links.
 */
import { describe, expect, it } from 'vitest';
import {
  linksExpired,
  megabytes,
  refusalBeforeSending,
  refusalOf,
  sizeText,
  UploadFailure,
  type AttachmentView,
} from '../../web/src/api/attachments.js';
import { emptyChat, reduce, type ChatEntry, type ChatState } from '../../web/widget/chat-state.js';

const MB = 1024 * 1024;

describe('sizes and limits', () => {
  it('reads sizes in B, KB and MB', () => {
    expect(sizeText(210)).toBe('210 B');
    expect(sizeText(34 * 1024)).toBe('34 KB');
    expect(sizeText(1.25 * MB)).toBe('1.3 MB');
    expect(sizeText(25 * MB)).toBe('25 MB');
  });

  it('names a limit in MB as people write it', () => {
    expect(megabytes(MB)).toBe('1');
    expect(megabytes(10 * MB)).toBe('10');
    expect(megabytes(2.5 * MB)).toBe('2.5');
    expect(megabytes(100 * 1024)).toBe('0.1');
    expect(megabytes(1)).toBe('0.1');
  });

  it('counts links as expired a little early, and unreadable expiries as expired', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(linksExpired({ expiresAt: '2026-12-04T12:10:00Z' }, now)).toBe(false);
    expect(linksExpired({ expiresAt: '2026-12-04T12:00:03Z' }, now)).toBe(true);
    expect(linksExpired({ expiresAt: 'soon' }, now)).toBe(true);
  });
});

describe('refusals', () => {
  it('names the limit the server gave, else the one the client knows, else none', () => {
    const server = new UploadFailure(413, 'ATTACHMENT_TOO_LARGE', 'Files larger than 5242880 bytes are not accepted.');
    expect(refusalOf(server, 'scan.pdf', 10 * MB)).toEqual({
      key: 'refusedTooLarge',
      values: { name: 'scan.pdf', limit: '5' },
    });
    const bare = new UploadFailure(413, 'PAYLOAD_TOO_LARGE', 'The body is too large.');
    expect(refusalOf(bare, 'scan.pdf', MB)).toEqual({
      key: 'refusedTooLarge',
      values: { name: 'scan.pdf', limit: '1' },
    });
    expect(refusalOf(bare, 'scan.pdf', null)).toEqual({ key: 'refusedTooLargeNoLimit', values: { name: 'scan.pdf' } });
  });

  it('tells a refused type, a closed conversation and anything else apart', () => {
    const failure = (code: string): UploadFailure => new UploadFailure(400, code, '');
    expect(refusalOf(failure('ATTACHMENT_TYPE_REFUSED'), 'a.exe', null).key).toBe('refusedType');
    expect(refusalOf(failure('CONVERSATION_NOT_FOUND'), 'a.png', null).key).toBe('refusedClosed');
    expect(refusalOf(failure('NETWORK'), 'a.png', null).key).toBe('refusedOther');
    expect(refusalOf(new Error('boom'), 'a.png', null).key).toBe('refusedOther');
  });

  it('refuses before sending only past a limit the client knows', () => {
    expect(refusalBeforeSending({ name: 'big.png', size: 2 * MB }, MB)?.values).toEqual({
      name: 'big.png',
      limit: '1',
    });
    expect(refusalBeforeSending({ name: 'ok.png', size: MB }, MB)).toBeNull();
    expect(refusalBeforeSending({ name: 'big.png', size: 2 * MB }, null)).toBeNull();
  });
});

describe('the widget keeps the newest links of an entry seen again', () => {
  const file = (expiresAt: string, sig: string): AttachmentView => ({
    attachmentId: 'a1',
    name: 'photo.png',
    contentType: 'image/png',
    size: 1000,
    image: true,
    url: `/api/v1/attachments/demo/a1?variant=original&sig=${sig}`,
    thumbnailUrl: `/api/v1/attachments/demo/a1?variant=thumbnail&sig=${sig}`,
    expiresAt,
  });
  const entry = (seq: number, attachments?: AttachmentView[]): ChatEntry => ({
    conversationId: 'c1',
    seq,
    messageId: `m${String(seq)}`,
    authorKind: 'agent',
    authorId: 'chenjing',
    kind: attachments === undefined ? 'text' : 'attachment',
    text: attachments === undefined ? 'hello' : '',
    at: '2026-12-04T12:00:00Z',
    ...(attachments === undefined ? {} : { attachments }),
  });
  const start: ChatState = {
    ...emptyChat('en'),
    conversationId: 'c1',
    opened: true,
  };

  it('replaces expired links with fresh ones, and never fresh ones with older', () => {
    let state = reduce(start, { type: 'entry', entry: entry(1) });
    state = reduce(state, { type: 'entry', entry: entry(2, [file('2026-12-04T12:00:00Z', 'old')]) });
    state = reduce(state, { type: 'entry', entry: entry(3) });
    const refreshed = reduce(state, { type: 'entry', entry: entry(2, [file('2026-12-04T13:00:00Z', 'new')]) });
    expect(refreshed.entries.map((shown) => shown.seq)).toEqual([1, 2, 3]);
    expect(refreshed.entries[1]?.attachments?.[0]?.url).toContain('sig=new');
    expect(refreshed.lastSeq).toBe(3);
    // An older copy arriving late changes nothing.
    expect(reduce(refreshed, { type: 'entry', entry: entry(2, [file('2026-12-04T12:00:00Z', 'old')]) })).toBe(
      refreshed,
    );
    // A text entry seen again changes nothing either.
    expect(reduce(refreshed, { type: 'entry', entry: entry(1) })).toBe(refreshed);
  });
});
