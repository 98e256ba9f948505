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

const { lexicon } = Tinypool.workerData as PoolData;

export function readArticlesBatch({ pages, templateLines }: ArticlesBatch): PageArticles[] {
  const lines = new Set(templateLines);
  return pages.map((page) => readArticles(page, lines, lexicon));
}

export function readStatementsBatch(inputs: StatementsInput[]): Statements[] {
  return inputs.map(readStatements);
}
