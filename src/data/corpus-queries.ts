import { queryOptions } from '@tanstack/react-query';
import { readCorrections, readLibraryBuild } from './library-store.ts';
import { loadArticle, loadDatasets, loadFirstScreen, loadIndex, loadPerson, loadQuotes, loadSource } from './load-corpus.ts';

// The data is built before the app is served and never changes while it runs: 'static' means never refetch.
// When the reader adds or removes pages of their own, the app resets every ['corpus'] query (resetQueries ignores staleTime).
export const corpusQueries = {
  index: () => queryOptions({ queryKey: ['corpus', 'index'], queryFn: ({ signal }) => loadIndex(signal), staleTime: 'static' }),
  /** the list's first screen of a large collection, while the index's parts load (null: wait for index) */
  firstScreen: () => queryOptions({ queryKey: ['corpus', 'first-screen'], queryFn: () => loadFirstScreen(), staleTime: 'static' }),
  article: (id: string) =>
    queryOptions({ queryKey: ['corpus', 'article', id], queryFn: ({ signal }) => loadArticle(id, signal), staleTime: 'static' }),
  person: (personId: string) =>
    queryOptions({ queryKey: ['corpus', 'person', personId], queryFn: ({ signal }) => loadPerson(personId, signal), staleTime: 'static' }),
  datasets: () =>
    queryOptions({ queryKey: ['corpus', 'datasets'], queryFn: ({ signal }) => loadDatasets(signal), staleTime: 'static' }),
  quotes: () => queryOptions({ queryKey: ['corpus', 'quotes'], queryFn: ({ signal }) => loadQuotes(signal), staleTime: 'static' }),
  source: (sourceKey: string) =>
    queryOptions({ queryKey: ['corpus', 'source', sourceKey], queryFn: ({ signal }) => loadSource(sourceKey, signal), staleTime: 'static' }),
  /** the reader's own pages as built: reset with the rest of ['corpus'] when they change */
  library: () => queryOptions({ queryKey: ['corpus', 'library'], queryFn: () => readLibraryBuild(), staleTime: 'static' }),
  corrections: () => queryOptions({ queryKey: ['corpus', 'corrections'], queryFn: () => readCorrections(), staleTime: 'static' }),
  search: () =>
    queryOptions({
      queryKey: ['corpus', 'search'],
      // The search client (Comlink and the worker) loads with the first search, not with the first view.
      queryFn: async ({ signal }) => (await import('./search-client.ts')).loadSearchClient(signal),
      staleTime: 'static',
    }),
};
