import type { Block, Quote } from '#src/data/contract.ts';

/**
 * `closing` is the quotation mark right after a quote, kept with it so the speaker tag follows the closed quote.
 * `children` splits a quote's own text around the quotes nested in it (a speaker quoting someone else).
 */
export type BlockPart = { text: string; quote: Quote | null; closing?: string; children?: BlockPart[] };

const CLOSING_MARK = /^[’'"”»]/;

/**
 * Splits a block's text around the quotes inside it. Quote offsets are into the source, as are the block's,
 * so the quote sits at `quote.start - block.start` in the block's text. A quote lying wholly inside another
 * becomes one of its `children`; quotes that stray outside the block or only partly overlap an earlier one
 * are left unmarked rather than garbling the paragraph.
 * @example splitBlockByQuotes({ text: 'He said: "no".', start: 100, … }, [{ start: 110, end: 112, … }])
 */
export function splitBlockByQuotes(block: Block, quotes: readonly Quote[]): BlockPart[] {
  // Outer quotes first, so a quote that starts where its nested one does still contains it.
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  return splitText(block.text, block.start, sorted);
}

function splitText(text: string, offset: number, sorted: readonly Quote[]): BlockPart[] {
  const parts: BlockPart[] = [];
  let cursor = 0;
  sorted.forEach((quote, position) => {
    const start = quote.start - offset;
    const end = quote.end - offset;
    if (start < cursor || end > text.length || end <= start) return;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), quote: null });
    const nested = sorted.slice(position + 1).filter((inner) => inner.start >= quote.start && inner.end <= quote.end);
    const closing = CLOSING_MARK.exec(text.slice(end))?.[0] ?? '';
    const children = nested.length > 0 ? splitText(text.slice(start, end), quote.start, nested) : [];
    parts.push({
      text: text.slice(start, end),
      quote,
      ...(closing ? { closing } : {}),
      ...(children.some((child) => child.quote) ? { children } : {}),
    });
    cursor = end + closing.length;
  });
  if (cursor < text.length || parts.length === 0) parts.push({ text: text.slice(cursor), quote: null });
  return parts;
}

/** Consecutive list items become one list; everything else stands alone. */
export type BlockGroup = { kind: 'single'; index: number } | { kind: 'list'; indexes: number[] };

/**
 * In source order: text a reader restored from a cut is appended to `blocks` (indexes stay stable for
 * links), so the order is by offset, not by index.
 */
export function groupBlocks(blocks: readonly Block[], skip: number | null): BlockGroup[] {
  const groups: BlockGroup[] = [];
  const order = [...blocks.keys()].sort((a, b) => blocks[a]!.start - blocks[b]!.start || a - b);
  order.forEach((index) => {
    const block = blocks[index]!;
    if (index === skip) return;
    const last = groups[groups.length - 1];
    if (block.type === 'list-item') {
      if (last?.kind === 'list') last.indexes.push(index);
      else groups.push({ kind: 'list', indexes: [index] });
    } else groups.push({ kind: 'single', index });
  });
  return groups;
}

