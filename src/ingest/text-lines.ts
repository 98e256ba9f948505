/** A trimmed, non-empty line of a source, with its offsets: `source.slice(start, end) === text`. */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits a source into trimmed non-empty lines, keeping offsets.
 * @example splitLines('  Hi \n\nthere') // [{ text: 'Hi', start: 2, end: 4 }, { text: 'there', start: 7, end: 12 }]
 */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') continue;
    const start = match.index + leading;
    lines.push({ text, start, end: start + text.length });
  }
  return lines;
}

/** Lowercase, collapse spaces and unify quote marks, so that repeated blocks compare equal. */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc',
  'corp', 'ltd', 'co', 'jr', 'sr', 'prof', 'approx', 'est', 'fig', 'p.m', 'a.m',
]);

/** A span of a string: text.slice(start, end) within the string the span was taken from. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence spans of a paragraph. Splits after . ! ? … (and any closing quotes) before a capital,
 * digit or opening quote, except after common abbreviations ("U.S.", "St.") and initials.
 * @example splitSentences('He left. She came.') // [{ start: 0, end: 8 }, { start: 9, end: 18 }]
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])/g;
  let sentenceStart = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const before = text.slice(sentenceStart, match.index);
    const lastWord = (before.match(/([A-Za-z.]+)$/)?.[1] ?? '').toLowerCase();
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord))) continue;
    const end = match.index + match[1]!.length + match[2]!.length;
    spans.push({ start: sentenceStart, end });
    sentenceStart = end + match[3]!.length;
  }
  if (sentenceStart < text.length) {
    const trimmedEnd = text.trimEnd().length;
    if (trimmedEnd > sentenceStart) spans.push({ start: sentenceStart, end: trimmedEnd });
  }
  return spans;
}
