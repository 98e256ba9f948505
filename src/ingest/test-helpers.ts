import { expect } from 'vitest';
import type { Block, Corpus } from '../data/contract.ts';

/** Paragraph blocks laid end to end as one source, one per line, for stage tests. */
export function blocksOf(...paragraphs: string[]): { source: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let offset = 0;
  for (const text of paragraphs) {
    blocks.push({ type: 'paragraph', text, start: offset, end: offset + text.length });
    offset += text.length + 1;
  }
  return { source: paragraphs.join('\n'), blocks };
}

/**
 * The provenance promise of the contract: every block and quote is the exact slice of its source at
 * its offsets, and every data point's offsets hold the number it reports.
 */
export function expectVerbatimProvenance(corpus: Corpus, sources: ReadonlyMap<string, string>): void {
  const articles = new Map(corpus.articles.map((article) => [article.id, article]));
  const sourceOf = (articleId: string) => sources.get(articles.get(articleId)!.sourceFile)!;
  for (const article of corpus.articles) {
    for (const block of article.blocks) expect(sourceOf(article.id).slice(block.start, block.end)).toBe(block.text);
  }
  for (const quote of corpus.quotes) expect(sourceOf(quote.articleId).slice(quote.start, quote.end)).toBe(quote.text);
  for (const dataset of corpus.datasets) {
    for (const point of dataset.points) expect(Number.parseFloat(sourceOf(dataset.articleId).slice(point.start, point.end))).toBe(Math.abs(point.value));
  }
}
