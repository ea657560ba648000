/**
 * One background simulation from the page: starts it on the server, then polls its progress
 * until it is done or failed. Polling stops when the component goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure, api } from '../../api/http.js';
import type { Run, Scenario, SimulationResult } from './whatIfTypes.js';

const POLL_MS = 400;

export interface RunState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  readonly progress: number;
  readonly result: SimulationResult | null;
  readonly error: string | null;
}

const idle: RunState = { status: 'idle', progress: 0, result: null, error: null };

const failureText = (failure: unknown): string =>
  failure instanceof ApiFailure ? `${failure.code}: ${failure.message}` : String(failure);

export function useSimulationRun(): { state: RunState; start: (scenario: Scenario, label: string) => void } {
  const [state, setState] = useState<RunState>(idle);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, []);

  const poll = useCallback((id: string) => {
    api<Run>(`/simulations/${id}`).then(
      (run) => {
        if (!alive.current) return;
        if (run.status === 'running') {
          setState({ status: 'running', progress: run.progress, result: null, error: null });
          timer.current = window.setTimeout(() => {
            poll(id);
          }, POLL_MS);
          return;
        }
        setState({ status: run.status, progress: run.progress, result: run.result ?? null, error: run.error });
      },
      (failure: unknown) => {
        if (alive.current) setState({ status: 'failed', progress: 0, result: null, error: failureText(failure) });
      },
    );
  }, []);

  const start = useCallback(
    (scenario: Scenario, label: string) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      setState({ status: 'running', progress: 0, result: null, error: null });
      api<Run>('/simulations', { method: 'POST', body: { scenario, label } }).then(
        (run) => {
          poll(run.id);
        },
        (failure: unknown) => {
          if (alive.current) setState({ status: 'failed', progress: 0, result: null, error: failureText(failure) });
        },
      );
    },
    [poll],
  );

  return { state, start };
}
