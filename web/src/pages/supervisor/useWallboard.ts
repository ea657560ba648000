/**
 * The live wallboard: read once over HTTP (the realtime event is sent only on change, so a page
 * opened later would otherwise wait for the next change), then replaced by every `wallboard`
 * event. `version` counts the boards received, so other views can refresh when the floor moves.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/http.js';
import type { Realtime } from '../../api/realtime.js';
import type { Board } from './wallboard-types.js';

export interface WallboardState {
  readonly board: Board | null;
  readonly version: number;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useWallboard(realtime: Realtime | null): WallboardState {
  const [board, setBoard] = useState<Board | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    api<Board>('/wallboard').then(
      (next) => {
        // A realtime board newer than this read wins.
        setBoard((current) => (current !== null && current.at > next.at ? current : next));
        setVersion((n) => n + 1);
        setError(null);
      },
      (failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }, []);

  useEffect(() => {
    reload();
  }, [reload]);

  useEffect(() => {
    if (realtime === null) return undefined;
    const onBoard = (next: Board): void => {
      setBoard(next);
      setVersion((n) => n + 1);
    };
    // After a reconnection the server sends the board again only if it changed: read it.
    const onConnect = (): void => {
      reload();
    };
    realtime.socket.on('wallboard', onBoard);
    realtime.socket.on('connect', onConnect);
    return () => {
      realtime.socket.off('wallboard', onBoard);
      realtime.socket.off('connect', onConnect);
    };
  }, [realtime, reload]);

  return { board, version, error, reload };
}
