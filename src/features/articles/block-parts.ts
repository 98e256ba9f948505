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

export type Citation = {
  speaker: string;
  words: string;
  /** direct and partial quotes are the speaker's words; indirect is the reporter's paraphrase and is cited as such */
  kind: 'direct' | 'partial' | 'indirect';
  title: string;
  publisher: string | null;
  /** the original page's address, named when the outlet is unknown */
  pageUrl: string | null;
  publishedOn: string | null;
  /** true when Readout inferred the date from the text rather than being told it */
  dateInferred: boolean;
  /** the link back to the block in Readout */
  url: string;
};

/**
 * A quote as a reader pastes it into notes: the words, who, the article, the outlet, the date and a link back.
 * Reported speech is never put in quotation marks as though spoken: it is labelled as the outlet's paraphrase.
 * @example “I'd like a deal.” — Donald Trump, in “Talks resume”, RT, 24 Jun 2025. https://…#b1
 */
export function formatCitation(citation: Citation, formatDate: (iso: string) => string): string {
  const { speaker, kind, title, publisher, pageUrl, publishedOn, dateInferred, url } = citation;
  const words = citation.words.trim().replace(/^[“"'‘]+|[”"'’]+$/g, '');
  const outlet = publisher ?? (pageUrl ? `from ${pageUrl}` : 'outlet unknown');
  const date = publishedOn ? `${formatDate(publishedOn)}${dateInferred ? ' (date inferred by Readout)' : ''}` : 'undated';
  const source = [`“${title}”`, outlet, date].join(', ');
  if (kind === 'indirect') return `Reported speech, not a direct quote: ${speaker}, as paraphrased in ${source}: ${words}. ${url}`;
  return `“${words}” — ${speaker}, in ${source}. ${url}`;
}
