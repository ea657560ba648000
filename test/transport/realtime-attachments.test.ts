/**
 * Attachments over real sockets (docs/realtime.md): a file the customer uploads over HTTP reaches
 * the owner's socket as a `message` whose entry carries the file with signed links, and those links
 * work over plain HTTP without a token; an agent who joins later (catch-up from the read model)
 * gets links too.
 */
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;
let agent: TestClient;
let customerToken: string;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
  agent = await test.connect(await test.login('acme', 'a1'));
  customerToken = await test.widgetToken('acme', 'visitor-0001');
  const customer = await test.connect(customerToken);
  await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
  await agent.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
});

afterEach(async () => {
  await test.close();
});

describe('realtime attachments', () => {
  it('delivers the uploaded image to the owner’s socket with links that work without a token', async () => {
    const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3366cc' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([image], { type: 'image/jpeg' }), 'photo.jpg');
    form.append('clientMessageId', 'u-1');
    const uploaded = await fetch(`${test.url}/api/v1/conversations/c1/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerToken}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);

    const entry = await agent.entry('c1', 2);
    expect(entry).toMatchObject({ messageId: 'u-1', authorKind: 'customer', kind: 'text', text: '' });
    expect(entry.attachments).toEqual([
      expect.objectContaining({ name: 'photo.jpg', contentType: 'image/jpeg', size: image.length, image: true }),
    ]);
    const file = entry.attachments[0]!;
    const original = await fetch(`${test.url}${file.url}`);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await original.arrayBuffer()).equals(image)).toBe(true);
    const thumbnail = await fetch(`${test.url}${file.thumbnailUrl!}`);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');

    // A colleague following the conversation later catches up from the read model, links included.
    const colleague = await test.connect(await test.login('acme', 's1'));
    await colleague.ok('resume', { conversationId: 'c1', lastSeq: 0 });
    const caughtUp = await colleague.entry('c1', 2);
    expect(caughtUp.attachments[0]).toMatchObject({ attachmentId: file.attachmentId, image: true });
    expect((await fetch(`${test.url}${caughtUp.attachments[0]!.url}`)).status).toBe(200);
    // Ordinary messages carry an empty list.
    expect((await agent.entry('c1', 1)).attachments).toEqual([]);

    // After a restart (state from snapshot and log, timeline from the read model) the file is
    // still on the timeline, with fresh links that serve the same bytes.
    await test.restart();
    const token = await test.login('acme', 'a1');
    const page = (await (
      await fetch(`${test.url}/api/v1/conversations/c1/messages`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { items: { seq: number; attachments: { attachmentId: string; url: string }[] }[] };
    const again = page.items.find((item) => item.seq === 2)!.attachments[0]!;
    expect(again.attachmentId).toBe(file.attachmentId);
    const served = await fetch(`${test.url}${again.url}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true);
  });
});
