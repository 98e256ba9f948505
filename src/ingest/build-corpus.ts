import type { Corpus, Person, Problem } from '../data/contract.ts';
import {
  finishCorpus,
  readArticles,
  readPage,
  readStatements,
  settleArticles,
  statementsInputOf,
  type DecodedPage,
  type PageArticles,
  type SourceInput,
} from './corpus-stages.ts';
import { DEFAULT_STORY_LEXICON, type StoryLexicon } from './lexicon/story-lexicon.ts';
import type { Sidecar } from './read-sidecar.ts';
import { templateLinesFrom } from './segment-page.ts';

export type { SourceInput };

export interface BuildResult {
  corpus: Corpus;
  /** decoded text of every source that became articles, for "view source" */
  sources: Map<string, string>;
}

export interface BuildOptions {
  /** the story's people, outlets and calendar (see lexicon/story-lexicon.ts); the built-in story when left out */
  lexicon?: StoryLexicon;
  /**
   * How far the build is, 0 to 1: the first half is the pages segmented, the second the articles read for
   * people, quotes and figures. Called at most once per percent, so a worker's messages stay few.
   */
  onProgress?: (fraction: number) => void;
}

/** A progress callback that passes on a fraction only when it reaches the next whole percent. */
function byPercent(onProgress: ((fraction: number) => void) | undefined): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (!onProgress || percent === last) return;
    last = percent;
    onProgress(percent / 100);
  };
}

/** The pipeline's one order of files: by code unit, as `sort()` orders strings, the same on every machine. */
export function compareFileNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Inputs in file-name order: every stage sees the pages in the same order, whatever order they came in. */
export function inFileOrder<T extends { sourceFile: string }>(inputs: readonly T[]): T[] {
  return [...inputs].sort((a, b) => compareFileNames(a.sourceFile, b.sourceFile));
}

/** Stage 1 over the corpus: the decoded pages, their problems and the corpus's template lines. */
export function readPages(inputs: readonly SourceInput[]): { pages: DecodedPage[]; problems: Problem[]; templateLines: Set<string>; sidecars: Map<string, Sidecar | null> } {
  const read = inFileOrder(inputs).map(readPage);
  const pages = read.flatMap((result) => (result.page ? [result.page] : []));
  return {
    pages,
    problems: read.flatMap((result) => result.problems),
    templateLines: templateLinesFrom(read.map((result) => result.templateKeys)),
    sidecars: new Map(pages.map((page) => [page.sourceFile, page.sidecar])),
  };
}

/** The texts "view source" shows: every page that gave articles, in file order. */
export function sourcesOf(pages: readonly PageArticles[]): Map<string, string> {
  return new Map(pages.flatMap((page) => (page.text === null ? [] : [[page.sourceFile, page.text] as const])));
}

/**
 * The whole pipeline: raw files in, a validated-shape corpus out, the stages of corpus-stages.ts run in
 * sequence (the CLI runs the same stages in a worker pool, src/bin/build-in-pool.ts). Pure and
 * deterministic: the same inputs give the same corpus, whatever their order.
 * @example buildCorpus([{ sourceFile: 'a.txt', bytes: new TextEncoder().encode('Headline here now\nBody text.') }])
 */
export function buildCorpus(inputs: readonly SourceInput[], options: BuildOptions = {}): BuildResult {
  const lexicon = options.lexicon ?? DEFAULT_STORY_LEXICON;
  const progress = byPercent(options.onProgress);
  const { pages, problems, templateLines, sidecars } = readPages(inputs);
  const articlesByPage = pages.map((page, position) => {
    progress((position / Math.max(1, pages.length)) * 0.5);
    return readArticles(page, templateLines, lexicon);
  });
  const settled = settleArticles(articlesByPage, sidecars, lexicon);
  const peopleById = new Map<string, Person>(settled.people.map((person) => [person.id, person]));
  const statements = settled.articles.map((article, position) => {
    progress(0.5 + (position / Math.max(1, settled.articles.length)) * 0.5);
    return readStatements(statementsInputOf(article, settled, peopleById));
  });
  progress(1);
  const corpus = finishCorpus({ problems: [...problems, ...articlesByPage.flatMap((page) => page.problems)], settled, statements, sidecars, lexicon });
  return { corpus, sources: sourcesOf(articlesByPage) };
}
