import type { Block } from '#src/data/contract.ts';
import { termPattern } from '#src/lib/highlight.ts';

export type MatchPassage = {
  /** the passage as it stands in the block, without ellipses */
  text: string;
  /** the block it was cut from, so a reader can be taken there */
  blockIndex: number;
  cutBefore: boolean;
  cutAfter: boolean;
};

/** Long enough to read a match in context, short enough that a result stays three lines or so. */
const PASSAGE_CHARS = 260;
/** How far back from the first match a passage may start, looking for the start of its sentence. */
const LEAD_CHARS = 90;

/**
 * The passage of an article a search matched, for its row in the results: the block that holds the most of
 * the distinct terms (the first such block on a tie), cut around its first match at a sentence or word
 * boundary. Null when the terms match only the headline or nothing in the body: the row then shows the
 * opening, which is the truth about what matched.
 */
export function matchPassage(blocks: readonly Block[], titleBlock: number | null, terms: readonly string[], skipStarts: ReadonlySet<number> = new Set()): MatchPassage | null {
  const pattern = termPattern(terms);
  if (!pattern) return null;
  const perTerm = terms.map((term) => termPattern([term])).filter((one): one is RegExp => one !== null);
  let best: { blockIndex: number; distinct: number; firstAt: number } | null = null;
  for (const [blockIndex, block] of blocks.entries()) {
    // The headline, and text the reader took out of the article, are not passages of it.
    if (blockIndex === titleBlock || skipStarts.has(block.start)) continue;
    const found = [...block.text.matchAll(pattern)];
    if (found.length === 0) continue;
    // search() ignores a global pattern's lastIndex, so the per-term patterns can be reused block after block.
    const distinct = perTerm.filter((one) => block.text.search(one) >= 0).length;
    if (!best || distinct > best.distinct) best = { blockIndex, distinct, firstAt: found[0]!.index };
  }
  if (!best) return null;
  const { blockIndex, firstAt } = best;
  const text = blocks[blockIndex]!.text;
  if (text.length <= PASSAGE_CHARS) return { text, blockIndex, cutBefore: false, cutAfter: false };

  const start = passageStart(text, firstAt);
  const end = passageEnd(text, start, Math.min(text.length, start + PASSAGE_CHARS));
  return { text: text.slice(start, end).trim(), blockIndex, cutBefore: start > 0, cutAfter: end < text.length };
}

/** The start of the match's sentence when it is near; otherwise a word start a little before the match. */
function passageStart(text: string, matchAt: number): number {
  const earliest = Math.max(0, matchAt - LEAD_CHARS);
  if (earliest === 0) return 0;
  const before = text.slice(earliest, matchAt);
  // `$` too: a match that opens its own sentence starts the passage there, not a sentence earlier.
  const sentenceEnd = /[.!?]["”’)]?\s+(?=\S|$)/gu;
  let sentenceStart = -1;
  for (const match of before.matchAll(sentenceEnd)) sentenceStart = match.index + match[0].length;
  if (sentenceStart >= 0) return earliest + sentenceStart;
  const space = before.indexOf(' ', Math.max(0, before.length - LEAD_CHARS / 2));
  return space >= 0 ? earliest + space + 1 : matchAt;
}

/** The end of the last whole word before the limit (the limit itself in a run with no space, such as an address). */
function passageEnd(text: string, start: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}
