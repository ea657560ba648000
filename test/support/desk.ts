/**
 * Helpers of the desk browser tests (issue 17): a customer over the real widget session and
 * socket.io, an agent's workspace signed in, and where an element sits in the window.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { signIn } from './browser.js';
import { connectClient, type TestClient } from './realtime-client.js';

/** A widget visitor's realtime client for the demo tenant, as the widget gets one. */
export async function customerClient(baseUrl: string, visitorId = `visitor-${randomUUID()}`): Promise<TestClient> {
  const response = await fetch(`${baseUrl}/api/v1/widget/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', visitorId }),
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  return connectClient(baseUrl, token);
}

/** Opens a conversation as the widget does; returns its id. */
export async function openConversation(
  customer: TestClient,
  options: { text: string; language?: string; attributes?: Record<string, string> },
): Promise<string> {
  const opened = await customer.ok<{ conversation: { conversationId: string } }>('conversation.open', {
    source: 'website',
    language: options.language ?? 'en',
    text: options.text,
    messageId: randomUUID(),
    ...(options.attributes === undefined ? {} : { attributes: options.attributes }),
  });
  return opened.conversation.conversationId;
}

/** Signs an agent in and waits until the workspace shows them available. */
export async function openWorkspace(page: Page, baseUrl: string, agentId: string, available: string): Promise<void> {
  await signIn(page, baseUrl, agentId, 'agent');
  await page.getByTestId('my-status').getByText(available).waitFor();
}

/** The element's box in the window (throws when it is not rendered). */
export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('element not rendered');
  return box;
}

/** How far a scrolling element is scrolled: from the top, and what is left below the view. */
export interface ScrollState {
  readonly top: number;
  readonly height: number;
  readonly client: number;
  readonly below: number;
}

/** The parts of a DOM element these tests read (the tests compile without the DOM library). */
interface Scrolling {
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

export const scrollState = (locator: Locator): Promise<ScrollState> =>
  locator.evaluate((e: Scrolling) => ({
    top: e.scrollTop,
    height: e.scrollHeight,
    client: e.clientHeight,
    below: e.scrollHeight - e.scrollTop - e.clientHeight,
  }));

/** Scrolls an element to the top as a reader would (its scroll event fires). */
export const scrollToTop = (locator: Locator): Promise<void> =>
  locator.evaluate((e: Scrolling & { dispatchEvent(event: unknown): boolean }) => {
    e.scrollTop = 0;
    e.dispatchEvent(new Event('scroll'));
  });

/** The document's full height and the window's, and how far the page itself is scrolled. */
export const pageScroll = (
  page: Page,
): Promise<{ height: number; window: number; scrollY: number; width: number; windowWidth: number }> =>
  page.evaluate(
    '({ height: document.documentElement.scrollHeight, window: window.innerHeight, scrollY: window.scrollY, width: document.documentElement.scrollWidth, windowWidth: window.innerWidth })',
  );

/** An agent signed in over HTTP and connected over socket.io, as the workspace does (status available). */
export async function agentClient(baseUrl: string, agentId: string): Promise<TestClient> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password: demoPasswords.agent }),
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  const client = await connectClient(baseUrl, token);
  await client.waitFor('session');
  return client;
}
