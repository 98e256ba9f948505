/** A quotation found in a text: marks at open/close, words between them at start/end (offsets in that text). */
export interface QuoteSpan {
  open: number;
  close: number;
  start: number;
  end: number;
  depth: number;
  /** index in the result of the quotation this one is nested in */
  parent: number | null;
}

type Family = 'double' | 'single';
interface OpenMark {
  family: Family;
  at: number;
  index: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-–—/:;,>]/u;

/**
 * Finds quotations, telling quote marks from apostrophes: curly and straight, single and double,
 * mixed pairs (‘…') and nesting (“… ‘…’ …”).
 * @example findQuoteSpans("He said 'don't go' today").map(s => s.start) // [9]
 * @example findQuoteSpans('She said: "We will win.', { runsOn: true })[0].end // 23, the paragraph's end
 */
export function findQuoteSpans(text: string, options: { runsOn?: boolean } = {}): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  const push = (family: Family, at: number) => {
    spans.push({ open: at, close: -1, start: at + 1, end: -1, depth: stack.length, parent: stack.length ? stack[stack.length - 1]!.index : null });
    stack.push({ family, at, index: spans.length - 1 });
  };
  const closeTop = (family: Family, at: number): boolean => {
    const position = findLast(stack, (mark) => mark.family === family);
    if (position < 0) return false;
    const mark = stack[position]!;
    stack.length = position;
    const span = spans[mark.index]!;
    span.close = at;
    span.end = at;
    return true;
  };

  for (let index = 0; index < text.length; index++) {
    const tagEnd = endOfMarkup(text, index);
    if (tagEnd > index) {
      index = tagEnd; // marks inside <a href="…"> are markup, not quotation
      continue;
    }
    const char = text[index]!;
    const before = index > 0 ? text[index - 1]! : ' ';
    const after = index + 1 < text.length ? text[index + 1]! : ' ';
    const opensHere = OPENING_CONTEXT.test(before) && !/\s/.test(after);
    switch (char) {
      case '“':
      case '„':
        push('double', index);
        break;
      case '”':
        closeTop('double', index);
        break;
      case '"':
        if (top(stack)?.family === 'double' && !opensHere) closeTop('double', index);
        else if (stack.some((mark) => mark.family === 'double') && !opensHere) closeTop('double', index);
        else push('double', index);
        break;
      case '‘':
        if (opensHere || !LETTER.test(before)) push('single', index);
        break;
      case '’':
      case "'":
        if (LETTER.test(before) && LETTER.test(after)) break; // an apostrophe: don't, Putin's
        if (char === "'" && opensHere && top(stack)?.family !== 'single') {
          push('single', index);
          break;
        }
        if (!/\s/.test(before) && top(stack)?.family === 'single') closeTop('single', index);
        break;
      default:
        break;
    }
  }
  // A quotation of several paragraphs opens each of them and closes only the last (the next paragraph
  // opens with a mark: `runsOn`). One double mark left open, alone, before a capital (a sentence, not a
  // “word), is such a quotation: it ends with the paragraph.
  if (options.runsOn && stack.length === 1 && stack[0]!.family === 'double' && /^\p{Lu}/u.test(text.slice(stack[0]!.at + 1))) {
    const span = spans[stack[0]!.index]!;
    const end = text.trimEnd().length;
    span.close = end;
    span.end = end;
  }
  return nestClosedSpans(spans.filter((span) => span.close >= 0 && span.end > span.start));
}

/**
 * Depth and parent from containment among the quotations that closed. An opening mark that never
 * closed ("called it a “deal. “We will win,” he said") must not make the real quotation after it
 * look nested, so nesting is settled only once the unclosed marks are gone.
 */
function nestClosedSpans(closed: QuoteSpan[]): QuoteSpan[] {
  const open: number[] = [];
  return closed.map((span, index) => {
    while (open.length > 0 && closed[open[open.length - 1]!]!.close < span.open) open.pop();
    const parent = open.length > 0 ? open[open.length - 1]! : null;
    open.push(index);
    return { ...span, depth: open.length - 1, parent };
  });
}

/** The index of the ">" closing an HTML-like tag that starts at `index` ("<b>", "</a>", "<a href='x'>"), else -1. */
function endOfMarkup(text: string, index: number): number {
  if (text[index] !== '<') return -1;
  const match = /^<\/?[A-Za-z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*\/?>/.exec(text.slice(index, index + 300));
  return match ? index + match[0].length - 1 : -1;
}

function top<T>(items: T[]): T | undefined {
  return items[items.length - 1];
}

function findLast<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return index;
  return -1;
}
