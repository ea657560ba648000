/**
 * One GET of the HTTP API as component state: loaded on mount and whenever `reload()` is called
 * (after a change), abandoned when the component goes away. A failed load is reported once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type RequestOptions } from '../../api/http.js';
import { useFeedback } from './useFeedback.js';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

export function useResource<T>(path: string | null, query?: RequestOptions['query']): Resource<T> {
  const feedback = useFeedback();
  // The latest reporter, without reloading when the language (and so the reporter) changes.
  const failed = useRef(feedback.failed);
  failed.current = feedback.failed;
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  const queryKey = JSON.stringify(query ?? {});

  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    setLoading(true);
    api<T>(path, { query: JSON.parse(queryKey) as RequestOptions['query'], signal: controller.signal })
      .then((body) => {
        setData(body);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) failed.current(error);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => {
      controller.abort();
    };
  }, [path, queryKey, round]);

  const reload = useCallback(() => {
    setRound((value) => value + 1);
  }, []);
  return { data, loading, reload };
}
