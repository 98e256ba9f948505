import { escapeRegExp } from './escape-reg-exp.ts';
export type TextPart = { text: string; match: boolean };

/**
 * Splits text into matched and unmatched parts for search terms, matching at word starts so "russ" marks "Russia".
 * Case and accents are matched as written in the terms; MiniSearch's terms are already lower-cased.
 */
/** A global regex for words starting with any of the terms, longest first; null when no term is usable. */
export function termPattern(terms: readonly string[]): RegExp | null {
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 1))];
  if (usable.length === 0) return null;
  usable.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/**
 * DOM ranges of the term matches in the text under a root, for the CSS Custom Highlight API: marking the
 * words without changing the DOM, so quote marks and selection stay as they are.
 */
export function termRanges(root: Node, terms: readonly string[]): Range[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

export function splitByTerms(text: string, terms: readonly string[]): TextPart[] {
  const pattern = termPattern(terms);
  if (!pattern || text === '') return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index;
    if (index > last) parts.push({ text: text.slice(last, index), match: false });
    parts.push({ text: match[0], match: true });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
