import { useMemo } from 'react';
import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { SearchClient } from '#src/data/search-client.ts';
import { searchTextOf } from '#src/config/url-state/shared-params.ts';

// The client's update time is in the key: a reloaded index (the reader's pages changed) answers afresh.
const resultsQuery = (client: SearchClient, clientUpdatedAt: number, q: string) =>
  queryOptions({ queryKey: ['corpus', 'search', 'results', clientUpdatedAt, q], queryFn: () => client.search(q), staleTime: 'static' });

/**
 * Sets the worker on the words as they are typed, from the key's own event: the list reads them from the
 * address, which React Router updates in a transition tens of milliseconds later, and its query then finds
 * the answer on its way or in. Words are taken as the address will hold them (trimmed, capped).
 */
export function startArticleSearch(queryClient: QueryClient, typed: string): void {
  const q = searchTextOf(typed);
  const key = corpusQueries.search().queryKey;
  const client = queryClient.getQueryData<SearchClient>(key);
  const updatedAt = queryClient.getQueryState(key)?.dataUpdatedAt;
  if (q === '' || client === undefined || updatedAt === undefined) return;
  void queryClient.prefetchQuery(resultsQuery(client, updatedAt, q));
}

/** `pending`: the answer shown is an earlier words' (kept on screen) while the latest words' is on its way. */
export type ArticleSearch =
  | { status: 'idle'; matches: null; terms: string[]; pending: false }
  | { status: 'loading'; matches: null; terms: string[]; pending: false }
  | { status: 'error'; matches: null; terms: string[]; error: unknown; retry: () => void; pending: false }
  | { status: 'ready'; matches: Set<string>; terms: string[]; pending: boolean };

/**
 * Loads the prebuilt index only once someone searches (or focuses the box), then answers from it in a
 * worker. While the answer for a new keystroke is on its way, the previous answer stays on screen.
 */
export function useArticleSearch(q: string): ArticleSearch {
  const client = useQuery({ ...corpusQueries.search(), enabled: q !== '' });
  const results = useQuery({
    ...resultsQuery(client.data!, client.dataUpdatedAt, q),
    enabled: client.data !== undefined && q !== '',
    placeholderData: keepPreviousData,
  });
  const { refetch } = client;
  const failure = client.isError ? client.error : results.isError ? results.error : null;
  const pending = results.isPlaceholderData;
  return useMemo(() => {
    if (q === '') return { status: 'idle', matches: null, terms: [], pending: false };
    if (results.data) return { status: 'ready', ...results.data, pending };
    if (failure) return { status: 'error', matches: null, terms: [], error: failure, retry: () => void refetch(), pending: false };
    return { status: 'loading', matches: null, terms: [], pending: false };
  }, [q, results.data, pending, failure, refetch]);
}
