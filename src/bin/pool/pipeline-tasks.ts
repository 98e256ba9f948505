/**
 * The per-unit stages as worker tasks, in batches so a message carries enough work to be worth it.
 * The story's lexicon arrives once, as the pool's workerData; template lines come with each batch
 * (a few kilobytes) because they are known only once every page has been read.
 */
import Tinypool from 'tinypool';
import { readArticles, readStatements, type DecodedPage, type PageArticles, type Statements, type StatementsInput } from '../../ingest/corpus-stages.ts';
import type { StoryLexicon } from '../../ingest/lexicon/story-lexicon.ts';

export interface PoolData {
  lexicon: StoryLexicon;
}

export interface ArticlesBatch {
  pages: DecodedPage[];
  templateLines: string[];
}

/** Stage 2 over one batch: what a worker runs, and what the pool runs in its own thread for a small input. */
export function articlesOfBatch({ pages, templateLines }: ArticlesBatch, lexicon: StoryLexicon): PageArticles[] {
  const lines = new Set(templateLines);
  return pages.map((page) => readArticles(page, lines, lexicon));
}

export function statementsOfBatch(inputs: readonly StatementsInput[]): Statements[] {
  return inputs.map(readStatements);
}

// Only a worker of the pool has workerData; the main thread imports the batch functions above.
const lexicon = (Tinypool.workerData as PoolData | undefined)?.lexicon;

export function readArticlesBatch(batch: ArticlesBatch): PageArticles[] {
  if (!lexicon) throw new Error('readArticlesBatch runs in a worker of the pool, which receives the lexicon as workerData.');
  return articlesOfBatch(batch, lexicon);
}

export const readStatementsBatch = statementsOfBatch;
