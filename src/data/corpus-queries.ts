import { queryOptions } from '@tanstack/react-query';
import { loadArticle, loadDatasets, loadIndex, loadPerson, loadQuotes, loadSearchIndex, loadSource } from './load-corpus.ts';

// The data is built before the app is served and never changes while it runs: 'static' means never refetch.
export const corpusQueries = {
  index: () => queryOptions({ queryKey: ['corpus', 'index'], queryFn: ({ signal }) => loadIndex(signal), staleTime: 'static' }),
  article: (id: string) =>
    queryOptions({ queryKey: ['corpus', 'article', id], queryFn: ({ signal }) => loadArticle(id, signal), staleTime: 'static' }),
  person: (personId: string) =>
    queryOptions({ queryKey: ['corpus', 'person', personId], queryFn: ({ signal }) => loadPerson(personId, signal), staleTime: 'static' }),
  datasets: () =>
    queryOptions({ queryKey: ['corpus', 'datasets'], queryFn: ({ signal }) => loadDatasets(signal), staleTime: 'static' }),
  quotes: () => queryOptions({ queryKey: ['corpus', 'quotes'], queryFn: ({ signal }) => loadQuotes(signal), staleTime: 'static' }),
  source: (sourceKey: string) =>
    queryOptions({ queryKey: ['corpus', 'source', sourceKey], queryFn: ({ signal }) => loadSource(sourceKey, signal), staleTime: 'static' }),
  search: () =>
    queryOptions({ queryKey: ['corpus', 'search'], queryFn: ({ signal }) => loadSearchIndex(signal), staleTime: 'static' }),
};
