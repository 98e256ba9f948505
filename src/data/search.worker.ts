/**
 * The article search in a Web Worker: parsing the prebuilt index (16 MB at 10,000 pages) and
 * answering each keystroke happen here, so typing never waits on them (issue 8).
 */
import * as Comlink from 'comlink';
import { loadBuiltInSearchIndex } from './load-corpus.ts';
import { DataError, type DataErrorKind } from './load-data.ts';
import { searchArticles } from './search-articles.ts';
import type { SearchDocument, SearchIndex } from './app-files.ts';

/** Comlink passes a thrown error as a bare Error; a DataError's kind (retry or not) travels as data instead. */
export type LoadOutcome = { ok: true; documents: number } | { ok: false; kind: DataErrorKind; path: string; message: string };

let index: Promise<SearchIndex> | null = null;
let newestGeneration = -1;

const api = {
  /**
   * (Re)loads the index with the reader's own pages, which the page sends; it calls again when those change.
   * `generation` counts the page's requests: a request overtaken by a newer one (its pages read later) is
   * answered from the newer index instead of replacing it.
   */
  async load(readerDocuments: SearchDocument[], generation: number): Promise<LoadOutcome> {
    if (generation < newestGeneration && index) return { ok: true, documents: (await index).index.documentCount };
    newestGeneration = generation;
    const loading = loadBuiltInSearchIndex().then((search) => {
      if (readerDocuments.length > 0) search.index.addAll(readerDocuments);
      return search;
    });
    index = loading;
    try {
      return { ok: true, documents: (await loading).index.documentCount };
    } catch (error) {
      if (index === loading) index = null;
      if (error instanceof DataError) return { ok: false, kind: error.kind, path: error.path, message: error.message };
      throw error;
    }
  },
  async search(q: string): Promise<{ matches: string[]; terms: string[] }> {
    if (!index) throw new Error('The search index was asked before it was loaded.');
    const { matches, terms } = searchArticles(await index, q);
    return { matches: [...matches], terms };
  },
};

export type SearchWorker = typeof api;

Comlink.expose(api);
