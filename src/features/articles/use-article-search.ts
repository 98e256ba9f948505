import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';

export type ArticleSearch =
  | { status: 'idle'; matches: null; terms: string[] }
  | { status: 'loading'; matches: null; terms: string[] }
  | { status: 'error'; matches: null; terms: string[]; error: unknown; retry: () => void }
  | { status: 'ready'; matches: Set<string>; terms: string[] };

/**
 * Loads the prebuilt index only once someone searches (or focuses the box), then answers from it in a
 * worker. While the answer for a new keystroke is on its way, the previous answer stays on screen.
 */
export function useArticleSearch(q: string): ArticleSearch {
  const client = useQuery({ ...corpusQueries.search(), enabled: q !== '' });
  const results = useQuery({
    // The client's update time is in the key: a reloaded index (the reader's pages changed) answers afresh.
    queryKey: ['corpus', 'search', 'results', client.dataUpdatedAt, q],
    queryFn: () => client.data!.search(q),
    enabled: client.data !== undefined && q !== '',
    placeholderData: keepPreviousData,
    staleTime: 'static',
  });
  const { refetch } = client;
  const failure = client.isError ? client.error : results.isError ? results.error : null;
  return useMemo(() => {
    if (q === '') return { status: 'idle', matches: null, terms: [] };
    if (results.data) return { status: 'ready', ...results.data };
    if (failure) return { status: 'error', matches: null, terms: [], error: failure, retry: () => void refetch() };
    return { status: 'loading', matches: null, terms: [] };
  }, [q, results.data, failure, refetch]);
}
