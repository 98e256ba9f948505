import type { Block, Quote } from '#src/data/contract.ts';

/** `closing` is the quotation mark right after a quote, kept with it so the speaker tag follows the closed quote. */
export type BlockPart = { text: string; quote: Quote | null; closing?: string };

const CLOSING_MARK = /^[’'"”»]/;

/**
 * Splits a block's text around the quotes inside it. Quote offsets are into the source, as are the block's,
 * so the quote sits at `quote.start - block.start` in the block's text. Quotes that stray outside the block
 * or overlap an earlier one are left unmarked rather than garbling the paragraph.
 * @example splitBlockByQuotes({ text: 'He said: "no".', start: 100, … }, [{ start: 110, end: 112, … }])
 */
export function splitBlockByQuotes(block: Block, quotes: readonly Quote[]): BlockPart[] {
  const parts: BlockPart[] = [];
  let cursor = 0;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  for (const quote of sorted) {
    const start = quote.start - block.start;
    const end = quote.end - block.start;
    if (start < cursor || end > block.text.length || end <= start) continue;
    if (start > cursor) parts.push({ text: block.text.slice(cursor, start), quote: null });
    const closing = CLOSING_MARK.exec(block.text.slice(end))?.[0] ?? '';
    parts.push({ text: block.text.slice(start, end), quote, ...(closing ? { closing } : {}) });
    cursor = end + closing.length;
  }
  if (cursor < block.text.length || parts.length === 0) parts.push({ text: block.text.slice(cursor), quote: null });
  return parts;
}

/** Consecutive list items become one list; everything else stands alone. */
export type BlockGroup = { kind: 'single'; index: number } | { kind: 'list'; indexes: number[] };

export function groupBlocks(blocks: readonly Block[], skip: number | null): BlockGroup[] {
  const groups: BlockGroup[] = [];
  blocks.forEach((block, index) => {
    if (index === skip) return;
    const last = groups[groups.length - 1];
    if (block.type === 'list-item') {
      if (last?.kind === 'list') last.indexes.push(index);
      else groups.push({ kind: 'list', indexes: [index] });
    } else groups.push({ kind: 'single', index });
  });
  return groups;
}

export type Citation = { speaker: string; words: string; publisher: string | null; publishedOn: string | null; url: string };

/** “words” — Speaker, Publisher, 24 Jun 2025. URL */
export function formatCitation({ speaker, words, publisher, publishedOn, url }: Citation, formatDate: (iso: string) => string): string {
  const source = [speaker, publisher, publishedOn ? formatDate(publishedOn) : null].filter(Boolean).join(', ');
  return `“${words.replace(/^[“"'‘]+|[”"'’]+$/g, '')}” — ${source}. ${url}`;
}
