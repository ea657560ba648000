/**
 * The chat as React sees it: the stored state (re-rendered on every change), the connection's
 * status, and the customer's actions. One connection per mounted frame. Typing goes both ways
 * (api/typing-signal.ts decides when the customer's is sent; an agent's shows until it stops, its
 * message arrives or the server's `expiresInMs` pass) and read marks go to the agent.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { TypingSignal } from '../src/api/typing-signal.js';
import { ChatConnection, type LinkFailure, type LinkStatus } from './chat-connection.js';
import type { ChatState, OpenRequest } from './chat-state.js';
import { ChatStore, visitorIdFor } from './chat-store.js';
import type { WidgetConfig, WidgetLanguage } from './widget-config.js';

export interface Chat {
  readonly state: ChatState;
  readonly link: LinkStatus;
  readonly failure: LinkFailure;
  readonly open: (request: OpenRequest) => void;
  readonly send: (messageId: string, text: string) => void;
  readonly end: () => void;
  readonly rate: (score: number, comment: string) => Promise<boolean>;
  readonly startOver: () => void;
  readonly chooseLanguage: (language: WidgetLanguage) => void;
  /** The agent typing now (their id, or '' when unknown), or null. */
  readonly agentTyping: string | null;
  /** The message box's text changed. */
  readonly typing: (text: string) => void;
  /** The customer has seen the conversation up to `seq`. */
  readonly markRead: (seq: number) => void;
  /** Leaves contact details with a left message; true once the server kept them. */
  readonly contact: (details: { name: string; phone: string; email: string }) => Promise<boolean>;
  /** The transcript file, or null when it could not be fetched. */
  readonly transcript: () => Promise<Blob | null>;
  /** The customer token now, for uploads. */
  readonly token: () => string | null;
  /** Reads entries from `seq` again for fresh attachment links. */
  readonly refreshLinks: (seq: number) => void;
}

/** Longest an agent's typing is shown, whatever the server says. */
const MAX_TYPING_SHOWN_MS = 10_000;

export function useChat(config: WidgetConfig): Chat {
  const store = useMemo(() => new ChatStore(config), [config]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [link, setLink] = useState<LinkStatus>('connecting');
  const [failure, setFailure] = useState<LinkFailure>(null);
  const connection = useRef<ChatConnection | null>(null);
  const [agentTyping, setAgentTyping] = useState<string | null>(null);
  const signal = useMemo(
    () =>
      new TypingSignal((on) => {
        connection.current?.typing(on);
      }),
    [],
  );

  useEffect(() => {
    let shownUntil: ReturnType<typeof setTimeout> | undefined;
    const created = new ChatConnection(config, visitorIdFor(config.tenantId), {
      getState: store.getState,
      dispatch: store.dispatch,
      onLink: setLink,
      onFailure: setFailure,
      onAgentTyping: (typing) => {
        clearTimeout(shownUntil);
        setAgentTyping(typing === null ? null : (typing.agentId ?? ''));
        if (typing === null) return;
        shownUntil = setTimeout(
          () => {
            setAgentTyping(null);
          },
          Math.min(MAX_TYPING_SHOWN_MS, Math.max(0, typing.expiresInMs)),
        );
      },
    });
    connection.current = created;
    void created.start();
    return () => {
      clearTimeout(shownUntil);
      signal.stop();
      created.stop();
      connection.current = null;
    };
  }, [config, store, signal]);

  const open = useCallback((request: OpenRequest) => {
    setFailure(null);
    void connection.current?.open(request);
  }, []);
  const send = useCallback(
    (messageId: string, text: string) => {
      setFailure(null);
      signal.stop();
      void connection.current?.send(messageId, text);
    },
    [signal],
  );
  const end = useCallback(() => {
    void connection.current?.close();
  }, []);
  const rate = useCallback(
    async (score: number, comment: string) => (await connection.current?.rate(score, comment)) ?? false,
    [],
  );
  const startOver = useCallback(() => {
    store.dispatch({ type: 'reset' });
  }, [store]);
  const chooseLanguage = useCallback(
    (language: WidgetLanguage) => {
      store.dispatch({ type: 'language', language });
    },
    [store],
  );
  const typing = useCallback(
    (text: string) => {
      signal.input(text);
    },
    [signal],
  );
  const markRead = useCallback((seq: number) => {
    connection.current?.markRead(seq);
  }, []);
  const contact = useCallback(
    async (details: { name: string; phone: string; email: string }) =>
      (await connection.current?.contact(details)) ?? false,
    [],
  );
  const transcript = useCallback(
    async () => (await connection.current?.transcript(store.getState().language)) ?? null,
    [store],
  );
  const token = useCallback(() => connection.current?.currentToken() ?? null, []);
  const refreshLinks = useCallback((seq: number) => {
    connection.current?.refreshLinks(seq);
  }, []);
  return {
    state,
    link,
    failure,
    open,
    send,
    end,
    rate,
    startOver,
    chooseLanguage,
    agentTyping,
    typing,
    markRead,
    contact,
    transcript,
    token,
    refreshLinks,
  };
}
