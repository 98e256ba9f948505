/**
 * The article search in a Web Worker: reading search.json, fetching the shards of the words typed and
 * answering each keystroke happen here, so typing never waits on them (issue 8).
 */
import * as Comlink from 'comlink';
import { loadSearchManifest, loadSearchShard } from './search-files.ts';
import { DataError, type DataErrorKind } from './load-data.ts';
import { openShardedSearch, type ShardedSearch } from './search-shards.ts';
import type { SearchDocument } from './app-files.ts';

/** Comlink passes a thrown error as a bare Error; a DataError's kind (retry or not) travels as data instead. */
export type Failure = { ok: false; kind: DataErrorKind; path: string; message: string };
export type LoadOutcome = { ok: true; documents: number } | Failure;
export type SearchOutcome = { ok: true; matches: string[]; terms: string[] } | Failure;

const failureOf = (error: unknown): Failure => {
  if (error instanceof DataError) return { ok: false, kind: error.kind, path: error.path, message: error.message };
  throw error;
};

let search: Promise<ShardedSearch> | null = null;
let newestGeneration = -1;

const api = {
  /**
   * (Re)loads the search with the reader's own pages, which the page sends; it calls again when those change.
   * `generation` counts the page's requests: a request overtaken by a newer one (its pages read later) is
   * answered from the newer search instead of replacing it.
   */
  async load(readerDocuments: SearchDocument[], generation: number): Promise<LoadOutcome> {
    if (generation < newestGeneration && search) return { ok: true, documents: (await search).documentCount };
    newestGeneration = generation;
    const loading = loadSearchManifest().then((manifest) => openShardedSearch(manifest, (path) => loadSearchShard(path), readerDocuments));
    search = loading;
    try {
      return { ok: true, documents: (await loading).documentCount };
    } catch (error) {
      if (search === loading) search = null;
      return failureOf(error);
    }
  },
  async search(q: string): Promise<SearchOutcome> {
    if (!search) throw new Error('The search was asked before it was loaded.');
    try {
      const { matches, terms } = await (await search).search(q);
      return { ok: true, matches: [...matches], terms };
    } catch (error) {
      return failureOf(error);
    }
  },
};

export type SearchWorker = typeof api;

Comlink.expose(api);
