/**
 * History search over HTTP (`GET /conversations/search`, docs/search.md): the criteria last
 * submitted, the results so far and the cursor of the next page. A page may hold fewer results than
 * asked while more follow (the server bounds its work per call), so "load more" stays offered until
 * the server's cursor is null.
 */
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/http.js';
import type { ResponseBody } from '../../api/types.js';

export interface SearchCriteria {
  readonly q?: string;
  readonly customerId?: string;
  readonly agentId?: string;
  readonly groupId?: string;
  readonly tag?: string;
  /** ISO instants: opened at or after / before. */
  readonly from?: string;
  readonly to?: string;
}

/** `GET /conversations/search`: a page of hits and the next page's cursor. */
type SearchAnswer = ResponseBody<'/api/v1/conversations/search'>;

export type SearchHit = SearchAnswer['items'][number];

export interface Search {
  readonly criteria: SearchCriteria | null;
  readonly hits: readonly SearchHit[];
  readonly next: string | null;
  readonly loading: boolean;
  readonly run: (criteria: SearchCriteria) => Promise<void>;
  readonly more: () => Promise<void>;
}

const PAGE = 20;

export function useSearch(): Search {
  const [criteria, setCriteria] = useState<SearchCriteria | null>(null);
  const [hits, setHits] = useState<readonly SearchHit[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  // Answers to an older search are dropped when a newer one was started meanwhile.
  const generation = useRef(0);

  const fetchPage = useCallback(async (wanted: SearchCriteria, cursor: string | null, append: boolean) => {
    const mine = (generation.current += append ? 0 : 1);
    setLoading(true);
    try {
      const answer = await api<SearchAnswer>('/conversations/search', {
        query: { ...wanted, limit: PAGE, ...(cursor === null ? {} : { cursor }) },
      });
      if (mine !== generation.current) return;
      setHits((current) => (append ? [...current, ...answer.items] : answer.items));
      setNext(answer.next);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  const run = useCallback(
    async (wanted: SearchCriteria) => {
      setCriteria(wanted);
      setHits([]);
      setNext(null);
      await fetchPage(wanted, null, false);
    },
    [fetchPage],
  );

  const more = useCallback(async () => {
    if (criteria === null || next === null) return;
    await fetchPage(criteria, next, true);
  }, [criteria, next, fetchPage]);

  return { criteria, hits, next, loading, run, more };
}
