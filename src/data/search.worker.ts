/**
 * The article search in a Web Worker: parsing the prebuilt index (16 MB at 10,000 pages) and
 * answering each keystroke happen here, so typing never waits on them (issue 8).
 */
import * as Comlink from 'comlink';
import { loadSearchIndex } from './load-corpus.ts';
import { searchArticles } from './search-articles.ts';
import type { SearchIndex } from './app-files.ts';

let index: Promise<SearchIndex> | null = null;

const api = {
  /** (Re)loads the index, the reader's own pages included; the app calls it again when those change. */
  async load(): Promise<number> {
    index = loadSearchIndex();
    return (await index).index.documentCount;
  },
  async search(q: string): Promise<{ matches: string[]; terms: string[] }> {
    const { matches, terms } = searchArticles(await (index ??= loadSearchIndex()), q);
    return { matches: [...matches], terms };
  },
};

export type SearchWorker = typeof api;

Comlink.expose(api);
