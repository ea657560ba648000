/**
 * Holds the chat state outside React, so the connection reads the latest state synchronously, and
 * writes it to localStorage on every change: a reload continues the same conversation from the
 * same cursor, with its unsent messages. Keys are per tenant and per customer (visitor or user).
 */
import { parseStoredChat, reduce, type ChatAction, type ChatState } from './chat-state.js';
import type { WidgetConfig } from './widget-config.js';
import { newId } from './new-id.js';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked for third-party frames; the chat then lasts as long as the page.
    return null;
  }
}

/** The browser's visitor id for a tenant, created once. */
export function visitorIdFor(tenantId: string): string {
  const key = `switchboard.widget.${tenantId}.visitor`;
  const saved = storage()?.getItem(key) ?? null;
  if (saved !== null && /^[A-Za-z0-9_-]{8,64}$/.test(saved)) return saved;
  const created = newId();
  storage()?.setItem(key, created);
  return created;
}

export class ChatStore {
  private state: ChatState;
  private readonly listeners = new Set<() => void>();
  private readonly key: string;

  constructor(config: WidgetConfig) {
    const who = config.verified === null ? 'visitor' : `user.${config.verified.userId}`;
    this.key = `switchboard.widget.${config.tenantId}.chat.${who}`;
    this.state = parseStoredChat(storage()?.getItem(this.key) ?? null, config.language);
  }

  readonly getState = (): ChatState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly dispatch = (action: ChatAction): void => {
    const next = reduce(this.state, action);
    if (next === this.state) return;
    this.state = next;
    try {
      storage()?.setItem(this.key, JSON.stringify(next));
    } catch {
      // A full or blocked storage only costs the continuation after a reload.
    }
    for (const listener of this.listeners) listener();
  };
}
