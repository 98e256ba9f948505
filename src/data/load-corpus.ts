import {
  articleFileSchema,
  datasetsFileSchema,
  indexFileSchema,
  indexPartSchema,
  indexStoriesSchema,
  personFileSchema,
  quotesFileSchema,
  sourceFileSchema,
} from './app-files.ts';
import type { ArticleFile, DatasetsFile, IndexFile, ListFacets, PersonFile, QuotesFile, SourceFile } from './app-files.ts';
import { isMyArticle, MY_SOURCE_KEY_PREFIX, type LibraryBuild } from './library.ts';
import { readCorrections, readLibraryBuild } from './library-store.ts';
import type * as z from 'zod/mini';
import { DataError, loadJson, yieldToPage } from './load-data.ts';
import { SCHEMA_VERSION } from './contract.ts';

// The merging code is loaded only by a reader who has pages of their own.
const merging = () => import('./merge-library.ts');
// So is the code that applies corrections, for a reader who has made some: most have none.
const correcting = () => import('./corrections.ts');

/**
 * Every loader reads the built-in file and, when the reader has added pages of their own, the same
 * file of their library, and gives the app one corpus. Without a library this is a plain fetch.
 */
function libraryFile<Schema extends z.ZodMiniType>(build: LibraryBuild, path: string, schema: Schema): z.output<Schema> | null {
  const text = build.files[path];
  if (text === undefined) return null;
  try {
    return schema.parse(JSON.parse(text));
  } catch {
    throw new DataError('invalid', path, `Your pages' ${path} could not be read. Rebuild or remove your pages on the My pages view.`);
  }
}

// index.json is read by both loaders below, which the list page starts together: one request serves both.
// (Without the signal: one query leaving must not cancel the other's read.)
let pendingIndexHead: Promise<IndexFile> | null = null;
function loadIndexHead(): Promise<IndexFile> {
  pendingIndexHead ??= loadJson('index.json', indexFileSchema).finally(() => {
    pendingIndexHead = null;
  });
  return pendingIndexHead;
}

/**
 * index.json with the articles of its parts (a large collection's, see FIRST_SCREEN_ARTICLES): fetched in
 * parallel, each parsed and checked in a task of its own so the page stays responsive meanwhile.
 */
async function withArticleParts(head: IndexFile, signal?: AbortSignal): Promise<IndexFile> {
  const { articleParts, storiesPart, facets, ...index } = head;
  if (!articleParts || articleParts.length === 0) return index;
  const [stories, ...parts] = await Promise.all([
    storiesPart ? loadJson(storiesPart, indexStoriesSchema, signal).then((file) => file.stories) : head.stories,
    ...articleParts.map(async (path) => {
      const part = await loadJson(path, indexPartSchema, signal);
      await yieldToPage();
      return part.articles;
    }),
  ]);
  const articles = [...head.articles, ...parts.flat()];
  if (facets && facets.articleCount !== articles.length) {
    throw new DataError('invalid', 'index.json', `index.json counts ${facets.articleCount} articles but its parts hold ${articles.length}. Run npm run ingest.`);
  }
  return { ...index, articles, stories };
}

export async function loadIndex(signal?: AbortSignal): Promise<IndexFile> {
  const [head, build, corrections] = await Promise.all([loadIndexHead(), readLibraryBuild(), readCorrections()]);
  const base = await withArticleParts(head, signal);
  const mine = build && libraryFile(build, 'index.json', indexFileSchema);
  const merged = mine ? (await merging()).mergeIndex(base, mine) : base;
  return corrections.size === 0 ? merged : (await correcting()).correctIndex(merged, corrections);
}

/**
 * What the list can draw before a large index's parts arrive: index.json alone (the newest articles, every
 * person, the facets). Null when there are no parts (loadIndex is as quick) or when the reader's own pages or
 * corrections change the list: their first screen waits for the whole index.
 */
export async function loadFirstScreen(): Promise<(IndexFile & { facets: ListFacets }) | null> {
  const [head, build, corrections] = await Promise.all([loadIndexHead(), readLibraryBuild(), readCorrections()]);
  if (build || corrections.size > 0 || !head.articleParts?.length || !head.facets) return null;
  return { ...head, facets: head.facets };
}

/** An article's file with the reader's corrections (title, outlet, date, address) in place. */
export async function loadArticle(id: string, signal?: AbortSignal): Promise<ArticleFile> {
  const [file, corrections] = await Promise.all([loadArticleFile(id, signal), readCorrections()]);
  const correction = corrections.get(id);
  return correction ? (await correcting()).correctArticleFile(file, correction) : file;
}

async function loadArticleFile(id: string, signal?: AbortSignal): Promise<ArticleFile> {
  const path = `articles/${id}.json`;
  if (isMyArticle(id)) {
    const build = await readLibraryBuild();
    const file = build && libraryFile(build, path, articleFileSchema);
    if (!file) throw new DataError('not-found', path, 'This page of yours is no longer in your library.');
    return file;
  }
  return loadJson(`articles/${encodeURIComponent(id)}.json`, articleFileSchema, signal);
}

/** A person's quotes with the reader's reassignments: a quote moved to them is on their page, one moved away is not. */
export async function loadPerson(personId: string, signal?: AbortSignal): Promise<PersonFile> {
  const corrections = await readCorrections();
  const reassigned = [...corrections.values()].some((correction) => Object.values(correction.speakers ?? {}).some((speaker) => speaker.to === personId));
  const file = await loadPersonFile(personId, signal).catch((error: unknown) => {
    // Someone who only has quotes because the reader gave them some has no file of their own.
    if (reassigned && error instanceof DataError && error.kind === 'not-found') return { schemaVersion: SCHEMA_VERSION, personId, descriptors: [], quotes: [] } satisfies PersonFile as PersonFile;
    throw error;
  });
  return corrections.size === 0 ? file : (await correcting()).correctPersonFile(file, corrections);
}

async function loadPersonFile(personId: string, signal?: AbortSignal): Promise<PersonFile> {
  const build = await readLibraryBuild();
  const mine = build && libraryFile(build, `people/${personId}.json`, personFileSchema);
  if (!mine) return loadJson(`people/${encodeURIComponent(personId)}.json`, personFileSchema, signal);
  // Someone only the reader's pages mention has no built-in file: that is not an error here.
  const base = await loadJson(`people/${encodeURIComponent(personId)}.json`, personFileSchema, signal).catch((error: unknown) => {
    if (error instanceof DataError && error.kind === 'not-found') return null;
    throw error;
  });
  return (await merging()).mergePersonFiles(personId, base, mine)!;
}

export async function loadDatasets(signal?: AbortSignal): Promise<DatasetsFile> {
  const [base, build, corrections] = await Promise.all([loadJson('datasets.json', datasetsFileSchema, signal), readLibraryBuild(), readCorrections()]);
  const mine = build && libraryFile(build, 'datasets.json', datasetsFileSchema);
  const merged = mine ? (await merging()).mergeDatasets(base, mine) : base;
  return corrections.size === 0 ? merged : (await correcting()).correctDatasets(merged, corrections);
}

export async function loadQuotes(signal?: AbortSignal): Promise<QuotesFile> {
  const [base, build, corrections] = await Promise.all([loadJson('quotes.json', quotesFileSchema, signal), readLibraryBuild(), readCorrections()]);
  const mine = build && libraryFile(build, 'quotes.json', quotesFileSchema);
  let merged = base;
  if (mine) {
    const [merge, index] = await Promise.all([merging(), loadIndex(signal)]);
    const publishers = new Map(index.articles.map((article) => [article.id, article.publisher]));
    merged = merge.mergeQuotes(base, mine, (articleId) => publishers.get(articleId) ?? null);
  }
  return corrections.size === 0 ? merged : { ...merged, quotes: (await correcting()).correctQuotes(merged.quotes, corrections) };
}

export async function loadSource(sourceKey: string, signal?: AbortSignal): Promise<SourceFile> {
  if (sourceKey.startsWith(MY_SOURCE_KEY_PREFIX)) {
    const path = `sources/${sourceKey}.json`;
    const build = await readLibraryBuild();
    const file = build && libraryFile(build, path, sourceFileSchema);
    if (!file) throw new DataError('not-found', path, 'The text of this page of yours is no longer in your library.');
    return file;
  }
  return loadJson(`sources/${encodeURIComponent(sourceKey)}.json`, sourceFileSchema, signal);
}
