/**
 * Runs the pipeline's stages (src/ingest/corpus-stages.ts) with the per-page and per-article ones
 * spread over a pool of worker threads (tinypool), and the corpus-wide ones in this thread between
 * them. The output is the same as buildCorpus's, byte for byte (tests/golden/build-in-pool.test.ts):
 * results are put back in input order, whatever order the workers finish in.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { Person } from '../../data/contract.ts';
import { readPages, sourcesOf, type BuildResult, type SourceInput } from '../../ingest/build-corpus.ts';
import type { Problem } from '../../data/contract.ts';
import { finishCorpus, settleArticles, statementsInputOf, type DecodedPage, type PageArticles, type Statements, type StatementsInput } from '../../ingest/corpus-stages.ts';
import type { Sidecar } from '../../ingest/read-sidecar.ts';
import { DEFAULT_STORY_LEXICON, type StoryLexicon } from '../../ingest/lexicon/story-lexicon.ts';
import { articlesOfBatch, statementsOfBatch, type ArticlesBatch, type PoolData } from './pipeline-tasks.ts';

export type StageName = 'read' | 'articles' | 'settle' | 'statements' | 'finish';

export interface StageProgress {
  stage: 'articles' | 'statements';
  done: number;
  total: number;
}

export interface PoolBuildOptions {
  lexicon?: StoryLexicon;
  /** worker threads; 1 runs every stage in this thread. Default: one per core, or 1 for a small input */
  threads?: number;
  onProgress?: (progress: StageProgress) => void;
}

export interface PoolBuildResult extends BuildResult {
  /** wall time of each stage, in ms */
  timings: Record<StageName, number>;
  threads: number;
}

/** Below this many pages, starting workers (a second or so each: loader, compromise) costs more than it saves. */
const POOL_FROM_PAGES = 48;
const PAGES_PER_TASK = 8;
const ARTICLES_PER_TASK = 16;

export interface Runner {
  articles(batch: ArticlesBatch): Promise<PageArticles[]>;
  statements(inputs: StatementsInput[]): Promise<Statements[]>;
  close(): Promise<void>;
}

function inThisThread(lexicon: StoryLexicon): Runner {
  return {
    articles: async (batch) => articlesOfBatch(batch, lexicon),
    statements: async (inputs) => statementsOfBatch(inputs),
    close: async () => {},
  };
}

function inWorkers(lexicon: StoryLexicon, threads: number): Runner {
  const workerData: PoolData = { lexicon };
  const pool = new Tinypool({ filename: pathToFileURL(join(import.meta.dirname, 'pipeline-worker.mjs')).href, minThreads: threads, maxThreads: threads, workerData });
  // One empty task per thread loads the pipeline in every worker now, while this thread reads the pages.
  for (let thread = 0; thread < threads; thread++) void pool.run({ pages: [], templateLines: [] }, { name: 'readArticlesBatch' }).catch(() => {});
  return {
    articles: (batch) => pool.run(batch, { name: 'readArticlesBatch' }) as Promise<PageArticles[]>,
    statements: (inputs) => pool.run(inputs, { name: 'readStatementsBatch' }) as Promise<Statements[]>,
    close: () => pool.destroy(),
  };
}

/** `--threads` as typed: undefined when left out (one per core), a whole number of at least 1, or null for anything else. */
export function parseThreads(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const threads = Number(text);
  return Number.isInteger(threads) && threads >= 1 ? threads : null;
}

export function defaultThreads(pages: number): number {
  return pages < POOL_FROM_PAGES ? 1 : Math.max(1, availableParallelism());
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Runs `work` on every chunk, all queued at once, and returns the results flat and in order. */
async function inOrder<T, R>(items: readonly T[], size: number, work: (chunk: T[]) => Promise<R[]>, onChunk: (done: number) => void): Promise<R[]> {
  let done = 0;
  const results = await Promise.all(
    chunks(items, size).map(async (chunk) => {
      const result = await work(chunk);
      done += chunk.length;
      onChunk(done);
      return result;
    }),
  );
  return results.flat();
}

/** Starts the runner: worker threads when `threads` > 1, else this thread. Close it when done. */
export function startRunner(lexicon: StoryLexicon, threads: number): Runner {
  return threads > 1 ? inWorkers(lexicon, threads) : inThisThread(lexicon);
}

/** Stage 2 over pages in file order, results in the same order. */
export function readArticlesOf(runner: Runner, pages: readonly DecodedPage[], templateLines: ReadonlySet<string>, onProgress?: (progress: StageProgress) => void): Promise<PageArticles[]> {
  const lines = [...templateLines];
  return inOrder(pages, PAGES_PER_TASK, (chunk) => runner.articles({ pages: chunk, templateLines: lines }), (done) => onProgress?.({ stage: 'articles', done, total: pages.length }));
}

export interface ReadCorpus {
  /** problems of stage 1 (decoding, sidecars), in file order */
  readProblems: Problem[];
  /** stage 2's results, one per page that decoded, in file order */
  articlesByPage: PageArticles[];
  /** every decoded page's sidecar (or null), in file order */
  sidecars: Map<string, Sidecar | null>;
}

/** The corpus-wide steps and stage 3, from the pages' results to the corpus: what a merge of shards runs. */
export async function finishInPool(runner: Runner, read: ReadCorpus, lexicon: StoryLexicon, timings: Record<StageName, number>, onProgress?: (progress: StageProgress) => void): Promise<BuildResult> {
  const timed = timer(timings);
  const { articlesByPage, sidecars } = read;
  const settled = await timed('settle', () => settleArticles(articlesByPage, sidecars, lexicon));
  const peopleById = new Map<string, Person>(settled.people.map((person) => [person.id, person]));
  const statementInputs = settled.articles.map((article) => statementsInputOf(article, settled, peopleById));
  const statements = await timed('statements', () =>
    inOrder(statementInputs, ARTICLES_PER_TASK, (chunk) => runner.statements(chunk), (done) => onProgress?.({ stage: 'statements', done, total: statementInputs.length })),
  );
  const corpus = await timed('finish', () => finishCorpus({ problems: [...read.readProblems, ...articlesByPage.flatMap((page) => page.problems)], settled, statements, sidecars, lexicon }));
  return { corpus, sources: sourcesOf(articlesByPage) };
}

export function emptyTimings(): Record<StageName, number> {
  return { read: 0, articles: 0, settle: 0, statements: 0, finish: 0 };
}

/** Runs a stage and adds its wall time to `timings`. */
export function timer(timings: Record<StageName, number>) {
  return async <T>(stage: StageName, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings[stage] += performance.now() - started;
    return result;
  };
}

/** buildCorpus, with its per-unit stages in a worker pool. */
export async function buildCorpusInPool(inputs: readonly SourceInput[], options: PoolBuildOptions = {}): Promise<PoolBuildResult> {
  const lexicon = options.lexicon ?? DEFAULT_STORY_LEXICON;
  const threads = Math.max(1, options.threads ?? defaultThreads(inputs.length));
  // Workers start (and load the pipeline) while this thread decodes the pages.
  const runner = startRunner(lexicon, threads);
  const timings = emptyTimings();
  const timed = timer(timings);
  try {
    const { pages, problems, templateLines, sidecars } = await timed('read', () => readPages(inputs));
    const articlesByPage = await timed('articles', () => readArticlesOf(runner, pages, templateLines, options.onProgress));
    const built = await finishInPool(runner, { readProblems: problems, articlesByPage, sidecars }, lexicon, timings, options.onProgress);
    return { ...built, timings, threads };
  } finally {
    await runner.close();
  }
}
