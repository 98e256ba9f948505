import { readSearchIndex, type SearchIndex, articleFileSchema, datasetsFileSchema, indexFileSchema, personFileSchema, quotesFileSchema, sourceFileSchema } from './app-files.ts';
import type { ArticleFile, DatasetsFile, IndexFile, PersonFile, QuotesFile, SourceFile } from './app-files.ts';
import { DataError, loadJson, loadText } from './load-data.ts';

export function loadIndex(signal?: AbortSignal): Promise<IndexFile> {
  return loadJson('index.json', indexFileSchema, signal);
}

export function loadArticle(id: string, signal?: AbortSignal): Promise<ArticleFile> {
  return loadJson(`articles/${encodeURIComponent(id)}.json`, articleFileSchema, signal);
}

export function loadPerson(personId: string, signal?: AbortSignal): Promise<PersonFile> {
  return loadJson(`people/${encodeURIComponent(personId)}.json`, personFileSchema, signal);
}

export function loadDatasets(signal?: AbortSignal): Promise<DatasetsFile> {
  return loadJson('datasets.json', datasetsFileSchema, signal);
}

export function loadSource(sourceKey: string, signal?: AbortSignal): Promise<SourceFile> {
  return loadJson(`sources/${encodeURIComponent(sourceKey)}.json`, sourceFileSchema, signal);
}

/** MiniSearch itself is fetched with the index, on first search, to keep it out of the first page's JavaScript. */
export async function loadSearchIndex(signal?: AbortSignal): Promise<SearchIndex> {
  const [json, { default: MiniSearch }] = await Promise.all([loadText('search.json', signal), import('minisearch')]);
  try {
    return readSearchIndex(MiniSearch, json);
  } catch {
    throw new DataError('invalid', 'search.json', 'search.json is not a search index this app can read. Run npm run ingest.');
  }
}

export function loadQuotes(signal?: AbortSignal): Promise<QuotesFile> {
  return loadJson('quotes.json', quotesFileSchema, signal);
}
