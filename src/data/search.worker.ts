/**
 * The article search in a Web Worker: parsing the prebuilt index (16 MB at 10,000 pages) and
 * answering each keystroke happen here, so typing never waits on them (issue 8).
 */
import * as Comlink from 'comlink';
import { loadBuiltInSearchIndex } from './load-corpus.ts';
import { searchArticles } from './search-articles.ts';
import type { SearchDocument, SearchIndex } from './app-files.ts';

let index: Promise<SearchIndex> | null = null;

const api = {
  /** (Re)loads the index with the reader's own pages, which the page sends; it calls again when those change. */
  async load(readerDocuments: SearchDocument[]): Promise<number> {
    index = loadBuiltInSearchIndex().then((search) => {
      if (readerDocuments.length > 0) search.index.addAll(readerDocuments);
      return search;
    });
    return (await index).index.documentCount;
  },
  async search(q: string): Promise<{ matches: string[]; terms: string[] }> {
    if (!index) throw new Error('The search index was asked before it was loaded.');
    const { matches, terms } = searchArticles(await index, q);
    return { matches: [...matches], terms };
  },
};

export type SearchWorker = typeof api;

Comlink.expose(api);
