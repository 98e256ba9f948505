import { jsonPieces } from './json-pieces.ts';
import { buildSearchFiles } from './build-search-files.ts';
import { FIRST_SCREEN_ARTICLES, INDEX_STORIES_PATH, type IndexStories, TOP_DESCRIPTOR_COUNT, type ArticleSummary, type IndexPart, type ListFacets, type SearchFolds, toSourceKey, type ArticleFile, type SearchDocument, type QuotesFile, type QuoteEntry, type DatasetsFile, type IndexFile, type PersonFile, type SourceFile } from '../data/app-files.ts';
import type { Corpus } from '../data/contract.ts';
import { shortHash } from './hash.ts';
import { withSameWords } from '../data/same-words-carriers.ts';
import { findStories } from './stories/find-stories.ts';
import { compareNewestFirst } from '../data/article-order.ts';

const SNIPPET_LENGTH = 220;

/**
 * Cuts the corpus into the files the app loads (see src/data/app-files.ts): a light index for the
 * first view (no quote texts, no datasets), one file per article body, one per person's quotes,
 * one of datasets for the charts, one per raw source, and a prebuilt search index.
 * Returns relative path → file content; writing them is the CLI's job.
 */
export type AppFileOptions = {
  /**
   * Articles per part of index.json (FIRST_SCREEN_ARTICLES, INDEX_PART_SIZE), or null for one file: the CLI
   * splits a large collection; the reader's own pages, merged into the built-in index in the browser, stay whole.
   */
  partSize?: number | null;
  /** false: no search files (the reader's own pages are indexed in the browser from their documents) */
  search?: boolean;
};

export function buildAppFiles(corpus: Corpus, sources: ReadonlyMap<string, string>, searchFolds: SearchFolds = {}, options: AppFileOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, content] of appFileEntries(corpus, sources, searchFolds, options)) files.set(path, typeof content === 'string' ? content : [...content].join(''));
  return files;
}

/** A file's text, whole or (the large ones: corpus.json, quotes.json, datasets.json) in pieces to be written one after another. */
export type AppFileContent = string | Iterable<string>;

/**
 * The same files as buildAppFiles, one at a time, in the same order: the CLI writes each before the next is
 * cut, so a large collection's output (hundreds of MB) is never held whole.
 */
export function* appFileEntries(corpus: Corpus, sources: ReadonlyMap<string, string>, searchFolds: SearchFolds = {}, options: AppFileOptions = {}): Generator<[string, AppFileContent]> {
  const sourceKeys = assignSourceKeys([...new Set([...sources.keys(), ...corpus.articles.map((article) => article.sourceFile)])]);
  yield ['corpus.json', withFinalNewline(jsonPieces(corpus, { pretty: true }))];

  const publishers = new Map(corpus.articles.map((article) => [article.id, article.publisher]));
  const quotes: QuoteEntry[] = withSameWords(corpus.quotes, (articleId) => publishers.get(articleId) ?? null);
  const quotesByArticle = groupBy(quotes, (quote) => quote.articleId);
  const figuresByArticle = groupBy(corpus.figures, (figure) => figure.articleId);
  const quotesBySpeaker = groupBy(quotes, (quote) => quote.speakerId ?? '');
  const embeddedByParent = groupBy(corpus.articles.filter((article) => article.parentId), (article) => article.parentId!);
  const quoteCounts = countBy(corpus.quotes.map((quote) => quote.speakerId ?? ''));
  const articleCounts = countBy(corpus.articles.flatMap((article) => article.personIds));
  const summaries: ArticleSummary[] = corpus.articles
    // The publisher's basis is read on the article's page, from its own file: the list never shows it.
    .map(({ blocks, cuts, publisherBasis, ...summary }) => ({
      ...summary,
      snippet: snippetOf(blocks, summary.titleBlock),
      quoteCount: quotesByArticle.get(summary.id)?.length ?? 0,
      embeddedIds: (embeddedByParent.get(summary.id) ?? []).map((article) => article.id),
      sourceKey: sourceKeys.get(summary.sourceFile)!,
    }))
    .sort(compareNewestFirst);
  const stories = findStories(corpus.articles);
  const { inline, parts } = splitIndexArticles(summaries, options.partSize ?? null);
  const index: IndexFile = {
    schemaVersion: corpus.schemaVersion,
    articles: inline,
    ...(parts.length > 0 && { articleParts: parts.map((_, number) => `index/articles-${number}.json`), storiesPart: INDEX_STORIES_PATH, facets: listFacetsOf(summaries) }),
    people: corpus.people.map(({ descriptors, ...person }) => ({
      ...person,
      quoteCount: quoteCounts.get(person.id) ?? 0,
      articleCount: articleCounts.get(person.id) ?? 0,
      topDescriptors: topDescriptorsOf(descriptors),
    })),
    anchorEvents: corpus.anchorEvents,
    problems: corpus.problems,
    stories: parts.length > 0 ? [] : stories,
  };
  yield ['index.json', JSON.stringify(index)];
  if (parts.length > 0) yield [INDEX_STORIES_PATH, JSON.stringify({ schemaVersion: corpus.schemaVersion, stories } satisfies IndexStories)];
  for (const [number, articles] of parts.entries()) {
    const part: IndexPart = { schemaVersion: corpus.schemaVersion, articles };
    yield [`index/articles-${number}.json`, JSON.stringify(part)];
  }

  for (const article of corpus.articles) {
    const file: ArticleFile = { schemaVersion: corpus.schemaVersion, article, quotes: quotesByArticle.get(article.id) ?? [], figures: figuresByArticle.get(article.id) ?? [] };
    yield [`articles/${article.id}.json`, JSON.stringify(file)];
  }
  // Every person gets a file, even without quotes, so a person page never meets a missing file.
  for (const person of corpus.people) {
    const file: PersonFile = {
      schemaVersion: corpus.schemaVersion,
      personId: person.id,
      descriptors: person.descriptors,
      quotes: quotesBySpeaker.get(person.id) ?? [],
    };
    yield [`people/${person.id}.json`, JSON.stringify(file)];
  }
  const quotesFile: QuotesFile = { schemaVersion: corpus.schemaVersion, quotes };
  yield ['quotes.json', jsonPieces(quotesFile)];
  const datasets: DatasetsFile = { schemaVersion: corpus.schemaVersion, datasets: corpus.datasets, figures: corpus.figures };
  yield ['datasets.json', jsonPieces(datasets)];
  for (const [sourceFile, text] of sources) {
    const file: SourceFile = { schemaVersion: corpus.schemaVersion, sourceFile, text };
    yield [`sources/${sourceKeys.get(sourceFile)!}.json`, JSON.stringify(file)];
  }

  if (options.search !== false) yield* buildSearchFiles(searchDocumentsOf(corpus), searchFolds, corpus.schemaVersion);
}

function* withFinalNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/** What the search index holds of each article: its title, body, people (with their aliases) and outlet. */
export function searchDocumentsOf(corpus: Corpus): SearchDocument[] {
  const peopleById = new Map(corpus.people.map((person) => [person.id, person]));
  return corpus.articles.map((article) => ({
    id: article.id,
    title: article.title,
    body: article.blocks.map((block) => block.text).join('\n'),
    people: article.personIds.map((id) => { const person = peopleById.get(id); return person ? [person.name, ...person.aliases].join(' ') : id; }).join(' '),
    publisher: article.publisher ?? '',
  }));
}

/** Longest key kept whole: with `sources/` and `.json` it stays under the 255-byte name limit of common disks. */
const MAX_SOURCE_KEY_LENGTH = 200;

/**
 * One distinct key per source file. toSourceKey is injective; a name too long for a file name is
 * cut and given a hash of the whole, and the rare clash that could then leave is counted out.
 * @example assignSourceKeys(['my page.txt', 'my_page.txt']) // Map { 'my page.txt' → 'my~20page.txt', 'my_page.txt' → 'my_page.txt' }
 */
export function assignSourceKeys(sourceFiles: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  // Whole keys first, so a shortened key never takes the place of a name that fits.
  const whole = sourceFiles.filter((name) => toSourceKey(name).length <= MAX_SOURCE_KEY_LENGTH);
  for (const name of whole) {
    keys.set(name, toSourceKey(name));
    taken.add(toSourceKey(name));
  }
  for (const name of [...sourceFiles].filter((candidate) => !keys.has(candidate)).sort()) {
    const shortened = `${toSourceKey(name).slice(0, MAX_SOURCE_KEY_LENGTH - 12)}~~${shortHash(name)}`;
    let key = shortened;
    for (let count = 2; taken.has(key); count++) key = `${shortened}-${count}`;
    taken.add(key);
    keys.set(name, key);
  }
  return keys;
}

/**
 * index.json's own articles and the parts holding the rest: the first FIRST_SCREEN_ARTICLES stay in
 * index.json so the list paints from one request; a collection that fits in that stays in one file.
 */
export function splitIndexArticles(summaries: readonly ArticleSummary[], partSize: number | null): { inline: ArticleSummary[]; parts: ArticleSummary[][] } {
  if (partSize === null || summaries.length <= FIRST_SCREEN_ARTICLES) return { inline: [...summaries], parts: [] };
  const parts: ArticleSummary[][] = [];
  for (let start = FIRST_SCREEN_ARTICLES; start < summaries.length; start += partSize) parts.push(summaries.slice(start, start + partSize));
  return { inline: summaries.slice(0, FIRST_SCREEN_ARTICLES), parts };
}

/** The list's filters over every article, for the screens drawn before the parts arrive. */
export function listFacetsOf(summaries: readonly ArticleSummary[]): ListFacets {
  const days = countBy(summaries.flatMap((article) => (article.publishedOn ? [article.publishedOn] : [])));
  return {
    articleCount: summaries.length,
    publishers: [...new Set(summaries.flatMap((article) => (article.publisher ? [article.publisher] : [])))].sort((a, b) => a.localeCompare(b)),
    publishedDays: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
}

function snippetOf(blocks: Corpus['articles'][number]['blocks'], titleBlock: number | null): string {
  const lead = blocks.find((block, index) => index !== titleBlock && block.type === 'paragraph') ?? blocks.find((_, index) => index !== titleBlock);
  if (!lead) return '';
  if (lead.text.length <= SNIPPET_LENGTH) return lead.text;
  const cut = lead.text.slice(0, SNIPPET_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Distinct descriptor texts, most used first, ties by text: ["US President", "Mr Trump"] for the people list. */
function topDescriptorsOf(descriptors: readonly { text: string }[]): string[] {
  const counts = countBy(descriptors.map((descriptor) => descriptor.text));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_DESCRIPTOR_COUNT).map(([text]) => text);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
