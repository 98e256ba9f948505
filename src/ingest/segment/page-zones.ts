import { nlp } from '../nlp.ts';
import { JOURNALIST_ROLES, OUTLET_NAME_WORDS } from '../lexicon/chrome-cues.ts';
import { countWords, normaliseForComparison, type SourceLine } from '../text-lines.ts';
import { endsLikeSentence, isAllCaps, isHeadlineShaped, isProseShaped, wordsOf } from './line-shape.ts';

/** A line's verdict: the reason it is chrome, or null for article text. */
export type Verdicts = (string | null)[];

export interface PageZones {
  verdicts: Verdicts;
  /** index into the lines of the headline, or null when the page has none */
  headline: number | null;
}

const MIN_HEADLINE_SCORE = 3;
const LIST_MARKER = /^[-–•*·]\s+/;

/** How much a line looks like a headline: long enough, with a verb and a name or number, not a site name in capitals. */
function headlineScore(text: string): number {
  if (!isHeadlineShaped(text) || isAllCaps(text) || countWords(text) < 3 || LIST_MARKER.test(text)) return 0;
  const doc = nlp(text);
  return (countWords(text) >= 4 ? 2 : 0) + (doc.has('#Verb') ? 2 : 0) + (doc.has('#ProperNoun') || /\d/.test(text) ? 1 : 0);
}

/**
 * Some sites end their headline with a full stop. A short single sentence opening the page, set
 * apart from the text below by chrome (a credit, a label, a byline), is such a headline.
 */
function isSentenceHeadline(lines: readonly SourceLine[], verdicts: Verdicts, first: number): boolean {
  const line = lines[first];
  if (!line || countWords(line.text) < 4 || countWords(line.text) > 16 || line.text.length > 140 || !/\.$/.test(line.text) || /[.!?]\s+\S/.test(line.text)) return false;
  let index = first + 1;
  let chromeBetween = 0;
  while (index < lines.length && verdicts[index] !== null) [index, chromeBetween] = [index + 1, chromeBetween + 1];
  return chromeBetween > 0 && index < lines.length && isProseShaped(lines[index]!.text);
}

function isSiteNameShaped(text: string): boolean {
  const words = wordsOf(text.toLowerCase());
  return words.length <= 5 && OUTLET_NAME_WORDS.includes(words[words.length - 1] ?? '') && !endsLikeSentence(text);
}

/** "Jane Doe", "Paul Kirby, Europe digital editor": a name alone on a line near the top is a byline. */
function isBylineShaped(text: string): boolean {
  const lower = text.toLowerCase();
  if (JOURNALIST_ROLES.some((role) => lower.includes(role)) && countWords(text) <= 8) return true;
  const words = wordsOf(text);
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word)) && nlp(text).has('#Person') && !nlp(text).has('#Verb');
}

/** A caption under the headline names people or things and has no verb ("Leader A and Leader B"). */
function isVerblessCaption(text: string): boolean {
  return countWords(text) >= 5 && !endsLikeSentence(text) && !nlp(text).has('#Verb');
}

function contentWords(text: string): Set<string> {
  return new Set(wordsOf(normaliseForComparison(text)).filter((word) => word.length > 2));
}

/** Share of a's words that b also has: a summary bullet or a caption restates a paragraph of the body. */
function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / a.size;
}

function markRestatements(lines: readonly SourceLine[], verdicts: Verdicts, headline: number | null): void {
  const words = lines.map((line) => contentWords(line.text));
  // Once per line: comparing every pair of lines normalised them again and again (a quarter of segmenting).
  const normalised = lines.map((line) => normaliseForComparison(line.text));
  lines.forEach((line, index) => {
    if (verdicts[index] !== null || index === headline) return;
    if (headline !== null && index > headline && countWords(line.text) >= 4 && containment(words[index]!, words[headline]!) >= 0.85 && containment(words[headline]!, words[index]!) >= 0.6) {
      verdicts[index] = 'repeated headline';
      return;
    }
    if (countWords(line.text) < 12) return;
    for (let later = index + 1; later < lines.length; later++) {
      if (verdicts[later] !== null || lines[later]!.text.length < line.text.length * 0.9) continue;
      if (normalised[later] === normalised[index]) continue;
      if (containment(words[index]!, words[later]!) >= 0.85) {
        verdicts[index] = 'summary or caption restating a paragraph below';
        return;
      }
    }
  });
}

/**
 * Decides the zones of a page from the verdicts its lines earned on their own: the header above
 * the first paragraph of running text (menus, site name, headline, byline, time, caption), the
 * body, and a tail of teaser headlines after the last paragraph. Smoothing by position, as jusText
 * does: a short line between body paragraphs is a subheading; the same line above the headline is a menu.
 * @example decidePageZones(lines, lines.map(() => null)).headline
 */
export function decidePageZones(lines: readonly SourceLine[], intrinsic: Verdicts): PageZones {
  const verdicts = [...intrinsic];
  const open = (index: number) => verdicts[index] === null;
  let bodyStart = lines.findIndex((line, index) => open(index) && isProseShaped(line.text) && !LIST_MARKER.test(line.text));
  if (bodyStart < 0) bodyStart = lines.length;

  let headline: number | null = null;
  let best = 0;
  for (let index = 0; index < bodyStart; index++) {
    if (!open(index)) continue;
    const score = headlineScore(lines[index]!.text);
    if (score > best) [best, headline] = [score, index];
  }
  if (best < MIN_HEADLINE_SCORE) headline = null;
  const firstOpen = verdicts.findIndex((verdict) => verdict === null);
  if (headline === null && firstOpen >= 0 && firstOpen <= bodyStart && isSentenceHeadline(lines, verdicts, firstOpen)) {
    headline = firstOpen;
    const next = lines.findIndex((line, index) => index > headline! && open(index) && isProseShaped(line.text));
    bodyStart = next < 0 ? lines.length : next;
  }

  for (let index = 0; index < bodyStart; index++) {
    if (!open(index) || index === headline) continue;
    const text = lines[index]!.text;
    if (isSiteNameShaped(text)) verdicts[index] = 'site name';
    else if (isBylineShaped(text)) verdicts[index] = 'byline';
    else if (headline !== null && index < headline) verdicts[index] = 'menu or label above the headline';
    else if (headline === null && isHeadlineShaped(text)) verdicts[index] = 'menu or label above the text';
    else if (countWords(text) <= 3 && !endsLikeSentence(text)) verdicts[index] = 'section label';
    else if (headline !== null && isVerblessCaption(text)) verdicts[index] = 'photo caption';
  }
  markRestatements(lines, verdicts, headline);
  markTailTeasers(lines, verdicts, headline);
  markAuthorNotes(lines, verdicts);
  return { verdicts, headline };
}

const MAX_AUTHOR_NOTE_WORDS = 25;

/**
 * "Jane Roe can be reached at …", "Jane Roe is our Moscow correspondent": a short line that opens
 * with the name of a byline of the same page is a note about the writer, not the story, even cut
 * off mid-word by the end of a saved excerpt (so no cue of its wording is needed).
 */
function markAuthorNotes(lines: readonly SourceLine[], verdicts: Verdicts): void {
  const authors = lines
    .filter((_, index) => verdicts[index] === 'byline' || verdicts[index] === 'byline or source line')
    .map((line) => line.text.replace(/^\s*by\s+/i, '').split(/\s*[,|•·–—]\s*|\s+and\s+/)[0]!.trim())
    .filter((name) => {
      const words = wordsOf(name).length;
      return words >= 2 && words <= 4;
    });
  if (authors.length === 0) return;
  lines.forEach((line, index) => {
    if (verdicts[index] !== null || countWords(line.text) > MAX_AUTHOR_NOTE_WORDS) return;
    const text = line.text.replace(LIST_MARKER, '');
    if (authors.some((name) => text.startsWith(`${name} `))) verdicts[index] = 'note about the writer';
  });
}

/** Headline-shaped lines after the last paragraph of text link to other pages; one alone may be the page's last, cut-off sentence. */
function markTailTeasers(lines: readonly SourceLine[], verdicts: Verdicts, headline: number | null): void {
  let lastText = -1;
  lines.forEach((line, index) => {
    if (verdicts[index] === null && index !== headline && (endsLikeSentence(line.text) || /:$/.test(line.text) || countWords(line.text) >= 20)) lastText = index;
  });
  if (lastText < 0) return;
  const tail = lines.map((_, index) => index).filter((index) => index > lastText && verdicts[index] === null);
  // A teaser is one headline; a line holding the end of one sentence and the start of another is text cut off by the page's end.
  const isTeaser = (text: string) => isHeadlineShaped(text) && !/[.!?]["”’]?\s+\p{Lu}/u.test(text);
  if (tail.length >= 2 && tail.every((index) => isTeaser(lines[index]!.text))) {
    for (const index of tail) verdicts[index] = 'teaser headline linking to another page';
  }
}
