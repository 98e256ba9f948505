import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type MiniSearch from 'minisearch';
import { corpusQueries } from '#src/data/corpus-queries.ts';

export type ArticleSearch =
  | { status: 'idle'; matches: null; terms: string[] }
  | { status: 'loading'; matches: null; terms: string[] }
  | { status: 'error'; matches: null; terms: string[]; error: unknown; retry: () => void }
  | { status: 'ready'; matches: Set<string>; terms: string[] };

/** Every word must match; later words may be prefixes ("russ" finds Russia), long words forgive a typo. */
export function searchArticles(index: MiniSearch, q: string): { matches: Set<string>; terms: string[] } {
  const results = index.search(q, { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' });
  const terms = new Set<string>();
  for (const result of results) for (const term of [...result.terms, ...result.queryTerms]) terms.add(term);
  return { matches: new Set(results.map((result) => String(result.id))), terms: [...terms] };
}

/** Loads the prebuilt index only once someone searches, then answers from it. */
export function useArticleSearch(q: string): ArticleSearch {
  const query = useQuery({ ...corpusQueries.search(), enabled: q !== '' });
  const { data, isError, error, refetch } = query;
  return useMemo(() => {
    if (q === '') return { status: 'idle', matches: null, terms: [] };
    if (data) return { status: 'ready', ...searchArticles(data, q) };
    if (isError) return { status: 'error', matches: null, terms: [], error, retry: () => void refetch() };
    return { status: 'loading', matches: null, terms: [] };
  }, [q, data, isError, error, refetch]);
}
