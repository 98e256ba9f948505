import type MiniSearch from 'minisearch';
import * as z from 'zod/mini';
import {
  SCHEMA_VERSION,
  anchorEventSchema,
  articleSchema,
  datasetSchema,
  figureSchema,
  descriptorSchema,
  personSchema,
  problemSchema,
  quoteSchema,
} from './contract.ts';

/**
 * The files the app loads, cut from corpus.json so the first view stays light as the corpus grows:
 *   index.json               article summaries, people summaries, stories, anchor events, problems: no quote texts, no datasets
 *   articles/<id>.json       one article's blocks and quotes, loaded when it is opened
 *   people/<personId>.json   one person's quotes and descriptors, loaded by their person page
 *   datasets.json            every dataset, loaded by the charts routes only
 *   sources/<sourceKey>.json the raw page text, loaded only for "view source"
 *   quotes.json              every quote with its article's facts, for the quotes explorer only
 *   search.json              the search's document ids and shard list, loaded with the first search
 *   search/<key>.json        the terms starting with <key> and the documents holding them, loaded by the words typed
 */
export const articleSummarySchema = z.extend(z.omit(articleSchema, { blocks: true, cuts: true, publisherBasis: true }), {
    snippet: z.string(),
    quoteCount: z.int().check(z.nonnegative()),
    embeddedIds: z.array(z.string()),
    sourceKey: z.string(),
});

/** A person without their descriptors (one per mention: they grow with the corpus), but with the few most used. */
export const personSummarySchema = z.extend(z.omit(personSchema, { descriptors: true }), {
  quoteCount: z.int().check(z.nonnegative()),
  articleCount: z.int().check(z.nonnegative()),
  /** distinct descriptor texts, most used first, at most TOP_DESCRIPTOR_COUNT */
  topDescriptors: z.array(z.string()),
});

export const TOP_DESCRIPTOR_COUNT = 3;

/**
 * Articles about the same event (src/ingest/stories/find-stories.ts): dated within a few days, alike in
 * their distinctive words and people. `terms` and `personIds` are what the members share most: the
 * evidence a reader sees for the grouping.
 */
export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** the member whose headline names the story */
  leadArticleId: z.string(),
  /** oldest first */
  articleIds: z.array(z.string()).check(z.minLength(2)),
  from: z.string(),
  to: z.string(),
  personIds: z.array(z.string()),
  terms: z.array(z.string()),
});

/**
 * What the list's filters show before every article has loaded (a large collection's index comes in parts):
 * the count, the outlets and the articles per day, computed at ingest from all articles.
 */
export const listFacetsSchema = z.object({
  articleCount: z.int().check(z.nonnegative()),
  publishers: z.array(z.string()),
  /** [day, articles published that day], oldest first */
  publishedDays: z.array(z.tuple([z.string(), z.int().check(z.positive())])),
});

/**
 * The articles index.json holds itself when the collection is large: the newest first, enough for the
 * list's first screen. The rest are in parts of INDEX_PART_SIZE (index/articles-K.json), which the app
 * fetches in parallel and parses one per task, so no single task parses the whole list (ADR 010).
 */
export const FIRST_SCREEN_ARTICLES = 200;
export const INDEX_PART_SIZE = 1000;
export const INDEX_PART_PATH = /^index\/articles-\d+\.json$/;
export const INDEX_STORIES_PATH = 'index/stories.json';

export const indexFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** newest first (compareNewestFirst); all of them unless articleParts lists the files holding the rest */
  articles: z.array(articleSummarySchema),
  articleParts: z.optional(z.array(z.string().check(z.regex(INDEX_PART_PATH)))),
  /** with articleParts: the stories are in this file (the list's first screen does not group), `stories` is empty */
  storiesPart: z.optional(z.literal(INDEX_STORIES_PATH)),
  facets: z.optional(listFacetsSchema),
  people: z.array(personSummarySchema),
  anchorEvents: z.array(anchorEventSchema),
  problems: z.array(problemSchema),
  // Absent from a library built before stories existed (kept in IndexedDB): read as none, not as a broken file.
  stories: z._default(z.array(storySchema), []),
});

/** index.json's stories when it comes in parts. */
export const indexStoriesSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  stories: z.array(storySchema),
});

/** One part of index.json's articles (see FIRST_SCREEN_ARTICLES). */
export const indexPartSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSummarySchema),
});

/**
 * A quote as the app files carry it: with the other articles that carry the same words
 * (src/ingest/quotes/same-words.ts), so a reader sees "also quoted by 3 outlets" without loading them:
 * one article per other named outlet and at most a dozen of no named outlet (same-words-carriers.ts).
 */
export const quoteEntrySchema = z.extend(quoteSchema, {
  sameWordsIn: z.array(z.string()),
  /** articles of no named outlet with the same words, beyond those listed in sameWordsIn */
  moreUnnamedCarriers: z._default(z.number(), 0),
});

export const articleFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: articleSchema,
  quotes: z.array(quoteEntrySchema),
  /** the quantities the article states, for the reader's "Figures" table */
  figures: z.array(figureSchema),
});

export const personFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  personId: z.string(),
  descriptors: z.array(descriptorSchema),
  quotes: z.array(quoteEntrySchema),
});

/** Every quote, for /quotes: the article facts it is filtered by live in index.json, already loaded. */
export const quotesFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  quotes: z.array(quoteEntrySchema),
});

export const datasetsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  datasets: z.array(datasetSchema),
  figures: z.array(figureSchema),
});

export const sourceFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sourceFile: z.string(),
  text: z.string(),
});

/** Spelling → the word search files it under ("kiev" → "kyiv"); written into search.json with the index. */
export type SearchFolds = Readonly<Record<string, string>>;

/** Lowercase, without accents: "Sánchez" and "sanchez" are one term. */
export function foldSearchWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folds of spelling groups: every word of a group maps to the group's first, as search terms. */
export function searchFoldsOf(groups: readonly (readonly string[])[]): Record<string, string> {
  const folds: Record<string, string> = {};
  for (const group of groups) {
    const [canonical, ...others] = group.map(foldSearchWord);
    for (const other of others) if (canonical && other !== canonical && !(other in folds)) folds[other] = canonical;
  }
  return folds;
}

/**
 * MiniSearch's term processing, the same at index and at query time: accents and case folded, spelling
 * variants filed under one word. Built from the folds stored in search.json, so the app needs no word list.
 */
export function searchTermProcessor(folds: SearchFolds): (term: string) => string {
  return (term) => {
    const folded = foldSearchWord(term);
    return Object.hasOwn(folds, folded) ? folds[folded]! : folded;
  };
}

/** Fields MiniSearch indexes; shared by the index builder (ingest) and the loader (app). */
export const SEARCH_OPTIONS: { fields: string[]; storeFields: string[]; idField: string } = {
  fields: ['title', 'body', 'people', 'publisher'],
  storeFields: [],
  idField: 'id',
};

/** One article as the search index reads it (SEARCH_OPTIONS.fields). */
export type SearchDocument = { id: string; title: string; body: string; people: string; publisher: string };

/** A MiniSearch index (the reader's own pages) and, for marking matches, every spelling filed under a term ("kyiv" → kyiv, kiev). */
export type SearchIndex = { index: MiniSearch; spellingsOf: (term: string) => string[] };

/** Every spelling filed under each term, from the folds: "kyiv" → [kyiv, kiev]. */
export function spellingsOfFolds(folds: SearchFolds): (term: string) => string[] {
  const variants = new Map<string, string[]>();
  for (const [spelling, canonical] of Object.entries(folds)) variants.set(canonical, [...(variants.get(canonical) ?? [canonical]), spelling]);
  return (term) => variants.get(term) ?? [term];
}

export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type PersonSummary = z.infer<typeof personSummarySchema>;
export type IndexFile = z.infer<typeof indexFileSchema>;
export type ListFacets = z.infer<typeof listFacetsSchema>;
export type IndexPart = z.infer<typeof indexPartSchema>;
export type IndexStories = z.infer<typeof indexStoriesSchema>;
export type Story = z.infer<typeof storySchema>;
export type QuoteEntry = z.infer<typeof quoteEntrySchema>;
export type QuotesFile = z.infer<typeof quotesFileSchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type PersonFile = z.infer<typeof personFileSchema>;
export type DatasetsFile = z.infer<typeof datasetsFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;

/**
 * A file-system and URL-safe key for a source file name, distinct for distinct names by
 * construction: lowercase letters, digits, `.`, `_` and `-` stay; every other character
 * (capitals too, for case-insensitive disks; `~` itself) becomes `~` and its UTF-8 bytes in hex.
 * @example toSourceKey('my page.txt') // 'my~20page.txt', while 'my_page.txt' stays 'my_page.txt'
 */
export function toSourceKey(sourceFile: string): string {
  const bytes = (char: string) => Array.from(new TextEncoder().encode(char), (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join('');
  return Array.from(sourceFile, (char) => (/^[a-z0-9._-]$/.test(char) ? char : `~${bytes(char)}`)).join('');
}
