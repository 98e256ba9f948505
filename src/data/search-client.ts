import * as Comlink from 'comlink';
import { readLibraryBuild } from './library-store.ts';
import { loadSearchManifest, loadSearchShard } from './search-files.ts';
import { DataError } from './load-data.ts';
import { openShardedSearch } from './search-shards.ts';
import type { SearchWorker } from './search.worker.ts';

/** Answers a search; the index lives in a worker where there is one (every browser), else in this thread (tests). */
export interface SearchClient {
  search(q: string): Promise<{ matches: Set<string>; terms: string[] }>;
}

interface Started {
  remote: Comlink.Remote<SearchWorker>;
  /** rejects when the worker dies or its script cannot load: Comlink alone would wait for ever */
  failed: Promise<never>;
}

let started: Started | null = null;
/** Requests to load, counted in the order they were made (see the worker's load). */
let loads = 0;

function startWorker(): Started {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'readout-search' });
  const failed = new Promise<never>((_, reject) => {
    const fail = (detail: string) => {
      // The next search starts a fresh worker (after a redeploy, the old script's address is gone).
      if (started?.remote === remote) started = null;
      worker.terminate();
      reject(new DataError('network', 'search.json', `The search stopped working (${detail}). Try again.`));
    };
    worker.addEventListener('error', (event) => fail(event.message || 'its script could not be loaded'));
    worker.addEventListener('messageerror', () => fail('a message could not be read'));
  });
  failed.catch(() => {});
  const remote = Comlink.wrap<SearchWorker>(worker);
  return { remote, failed };
}

/** Loads (or reloads) the search index and returns the way to query it. */
export async function loadSearchClient(signal?: AbortSignal): Promise<SearchClient> {
  if (typeof Worker === 'undefined') {
    const [manifest, build] = await Promise.all([loadSearchManifest(signal), readLibraryBuild()]);
    return openShardedSearch(manifest, (path) => loadSearchShard(path), build?.searchDocuments ?? []);
  }
  const current = (started ??= startWorker());
  const generation = ++loads;
  const outcome = await Promise.race([current.remote.load((await readLibraryBuild())?.searchDocuments ?? [], generation), current.failed]);
  if (!outcome.ok) throw new DataError(outcome.kind, outcome.path, outcome.message);
  return {
    search: async (q) => {
      const answer = await Promise.race([current.remote.search(q), current.failed]);
      if (!answer.ok) throw new DataError(answer.kind, answer.path, answer.message);
      return { matches: new Set(answer.matches), terms: answer.terms };
    },
  };
}
