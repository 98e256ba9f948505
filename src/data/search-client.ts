import * as Comlink from 'comlink';
import { readLibraryBuild } from './library-store.ts';
import { loadSearchIndex } from './load-corpus.ts';
import { searchArticles } from './search-articles.ts';
import type { SearchWorker } from './search.worker.ts';

/** Answers a search; the index lives in a worker where there is one (every browser), else in this thread (tests). */
export interface SearchClient {
  search(q: string): Promise<{ matches: Set<string>; terms: string[] }>;
}

let worker: Comlink.Remote<SearchWorker> | null = null;

/** Loads (or reloads) the search index and returns the way to query it. */
export async function loadSearchClient(signal?: AbortSignal): Promise<SearchClient> {
  if (typeof Worker === 'undefined') {
    const index = await loadSearchIndex(signal);
    return { search: async (q) => searchArticles(index, q) };
  }
  worker ??= Comlink.wrap<SearchWorker>(new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'readout-search' }));
  const remote = worker;
  await remote.load((await readLibraryBuild())?.searchDocuments ?? []);
  return {
    search: async (q) => {
      const { matches, terms } = await remote.search(q);
      return { matches: new Set(matches), terms };
    },
  };
}
