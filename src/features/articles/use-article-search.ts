import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { searchArticles } from './search-articles.ts';

export type ArticleSearch =
  | { status: 'idle'; matches: null; terms: string[] }
  | { status: 'loading'; matches: null; terms: string[] }
  | { status: 'error'; matches: null; terms: string[]; error: unknown; retry: () => void }
  | { status: 'ready'; matches: Set<string>; terms: string[] };

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
