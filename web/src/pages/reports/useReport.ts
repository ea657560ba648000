/**
 * One report from the API for the chosen parameters: read again whenever they change (an older
 * answer arriving late is dropped), and on `reload`. Failures keep the API's error for a translated
 * message.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/http.js';
import { queryOf, type ReportBody, type ReportKind, type ReportParams } from './reportTypes.js';

export interface ReportState {
  readonly report: ReportBody | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly reload: () => void;
}

export function useReport(kind: ReportKind, params: ReportParams): ReportState {
  const [report, setReport] = useState<ReportBody | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const query = JSON.stringify(queryOf(kind, params));

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api<ReportBody>(`/reports/${kind}`, {
      query: JSON.parse(query) as Record<string, string | undefined>,
      signal: controller.signal,
    }).then(
      (next) => {
        setReport(next);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setReport(null);
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      controller.abort();
    };
  }, [kind, query, round]);

  const reload = useCallback(() => {
    setRound((n) => n + 1);
  }, []);
  return { report, loading, error, reload };
}
