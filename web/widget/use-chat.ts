/**
 * The chat as React sees it: the stored state (re-rendered on every change), the connection's
 * status, and the customer's actions. One connection per mounted frame.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
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
}

export function useChat(config: WidgetConfig): Chat {
  const store = useMemo(() => new ChatStore(config), [config]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [link, setLink] = useState<LinkStatus>('connecting');
  const [failure, setFailure] = useState<LinkFailure>(null);
  const connection = useRef<ChatConnection | null>(null);

  useEffect(() => {
    const created = new ChatConnection(config, visitorIdFor(config.tenantId), {
      getState: store.getState,
      dispatch: store.dispatch,
      onLink: setLink,
      onFailure: setFailure,
    });
    connection.current = created;
    void created.start();
    return () => {
      created.stop();
      connection.current = null;
    };
  }, [config, store]);

  const open = useCallback((request: OpenRequest) => {
    setFailure(null);
    void connection.current?.open(request);
  }, []);
  const send = useCallback((messageId: string, text: string) => {
    setFailure(null);
    void connection.current?.send(messageId, text);
  }, []);
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
  return { state, link, failure, open, send, end, rate, startOver, chooseLanguage };
}
