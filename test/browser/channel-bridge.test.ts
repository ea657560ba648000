/**
 * The channel bridge example run for real (issue 18, "Channels and bots through the API"): the demo
 * server started as docs/integrations.md says (plain http and loopback allowed for webhooks), the
 * bridge in examples/bridge/ creates its API key and webhook, opens a WeChat customer's conversation
 * with the bot's transcript and posts the customer's message; an agent answers in the workspace in
 * Chromium, reading the transcript first (机器人 / Bot); the bridge receives the answer by webhook
 * with a valid signature, and refuses a forged delivery. Its signature check agrees with the server's
 * signer (fresh, forged, stale, malformed).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignature, demoOptions, startBridge, type Bridge } from '../../examples/bridge/bridge.js';
import { signatureHeader } from '../../src/services/outbound/signature.js';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import { openWorkspace } from '../support/desk.js';
import { until } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
let bridge: Bridge | undefined;
const bridgeLog: string[] = [];

beforeAll(async () => {
  web = await startWebServer({ OUTBOUND_ALLOW_HTTP: 'true', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await bridge?.close();
  await browser.close();
  await web.close();
});

describe('the channel bridge example', { timeout: 180_000 }, () => {
  it('checks signatures as the server makes them: fresh ones pass; forged, stale and malformed fail', () => {
    const body = '{"id":"d1","type":"message.posted"}';
    const now = Math.floor(Date.now() / 1000);
    expect(checkSignature(signatureHeader('whsec_a', now, body), 'whsec_a', body)).toBe('valid');
    expect(checkSignature(signatureHeader('whsec_b', now, body), 'whsec_a', body)).toBe('mismatch');
    expect(checkSignature(signatureHeader('whsec_a', now, body), 'whsec_a', `${body} `)).toBe('mismatch');
    expect(checkSignature(signatureHeader('whsec_a', now - 301, body), 'whsec_a', body)).toBe('stale');
    expect(checkSignature(undefined, 'whsec_a', body)).toBe('malformed');
    expect(checkSignature('t=1,v1=zz', 'whsec_a', body)).toBe('malformed');
  });

  it('hands a bot’s customer to an agent who answers in the workspace; the answer comes back signed', async () => {
    const agent = await openPage(browser, { locale: 'zh-CN' });
    await openWorkspace(agent.page, web.baseUrl, 'zhangwei', '在线');

    bridge = await startBridge({
      ...demoOptions({ SWITCHBOARD_URL: web.baseUrl, BRIDGE_PORT: '0' }),
      log: (line) => bridgeLog.push(line),
    });
    const { conversationId } = bridge;
    await bridge.say('你好，我的订单 A1001 三天了还没到，能帮我查一下吗？');

    // The agent reads the bot's exchange first, marked as such, then the customer's live message.
    await agent.page.getByTestId(`conversation-item-${conversationId}`).click();
    const list = agent.page.getByTestId('message-list');
    await list.getByText('你好，我的订单 A1001 三天了还没到，能帮我查一下吗？').waitFor();
    const entry = (seq: number) => list.getByTestId(`message-${seq}`);
    await expect(entry(1).getAttribute('data-kind')).resolves.toBe('transcript');
    await expect(entry(1).textContent()).resolves.toMatch(/^机器人 · .*转人工前.*您好，请问有什么可以帮您？$/);
    await expect(entry(2).textContent()).resolves.toMatch(/^客户 · .*转人工前.*订单 A1001 还没到$/);
    await expect(entry(3).textContent()).resolves.toMatch(/^机器人 · .*正在为您转人工…$/);
    await expect(entry(4).getAttribute('data-kind')).resolves.toBe('text');
    await screenshot(agent.page, 'channel-bridge-transcript-zh');

    await agent.page.getByTestId('chat-input').fill('您好，我是张伟。订单 A1001 已经在派送中，预计明天送达。');
    await agent.page.getByTestId('chat-send').click();

    // The bridge gets the reply by webhook, signature checked, once.
    await until(() => bridge?.replies.length === 1, 'the reply delivered to the bridge');
    expect(bridge.replies[0]).toMatchObject({
      conversationId,
      agentId: 'zhangwei',
      text: '您好，我是张伟。订单 A1001 已经在派送中，预计明天送达。',
    });
    expect(bridge.refused).toBe(0);
    expect(bridgeLog).toContain('[agent 张伟 Zhang Wei] 您好，我是张伟。订单 A1001 已经在派送中，预计明天送达。');

    // A delivery not signed with the endpoint's secret is refused and changes nothing.
    const forged = JSON.stringify({ id: 'forged', type: 'message.posted', conversationId, data: { text: 'x' } });
    const now = Math.floor(Date.now() / 1000);
    const answer = await fetch(bridge.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'switchboard-signature': signatureHeader('guess', now, forged) },
      body: forged,
    });
    expect(answer.status).toBe(401);
    expect(bridge.refused).toBe(1);
    expect(bridge.replies).toHaveLength(1);

    // In English the same entries read "Bot" and "Customer".
    const english = await openPage(browser, { locale: 'en-US' });
    await openWorkspace(english.page, web.baseUrl, 'zhangwei', 'Available');
    await english.page.getByTestId(`conversation-item-${conversationId}`).click();
    const englishList = english.page.getByTestId('message-list');
    await englishList.getByText('正在为您转人工…').waitFor();
    await expect(englishList.getByTestId('message-1').textContent()).resolves.toMatch(/^Bot · .*Before hand-over/);
    await expect(englishList.getByTestId('message-2').textContent()).resolves.toMatch(/^Customer · .*Before hand-over/);
    await screenshot(english.page, 'channel-bridge-transcript-en');

    expect(agent.problems).toEqual([]);
    expect(english.problems).toEqual([]);
    await agent.context.close();
    await english.context.close();
  });
});
