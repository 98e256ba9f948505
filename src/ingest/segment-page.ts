import type { Block, Cut } from '../data/contract.ts';
import { INTERFACE_LINES, SECTION_MARKERS, normaliseChromeKey } from './lexicon/chrome-cues.ts';
import { chromeReasonOf, type PageTraits } from './segment/classify-line.ts';
import { isHeadlineShaped, latinShare } from './segment/line-shape.ts';
import { decidePageZones, type Verdicts } from './segment/page-zones.ts';
import { countWords, normaliseForComparison, splitLines, splitSentences, type SourceLine } from './text-lines.ts';

export { isHeadlineShaped };

/** One article found in a page, before dates, people and quotes are added. */
export interface DraftArticle {
  /** the outlet named above an embedded article; null for the page's own article */
  outlet: string | null;
  /** the age printed above an embedded article, e.g. "an hour ago" */
  age: string | null;
  /** index into blocks of the headline, or null when the page has none */
  headlineBlock: number | null;
  blocks: Block[];
  cuts: Cut[];
}

export interface SegmentedPage {
  host: DraftArticle;
  embedded: DraftArticle[];
}

export interface SegmentOptions {
  /** normalised short lines seen in several pages: site templates, not text (see findTemplateLines) */
  templateLines?: ReadonlySet<string>;
}

const AGE_LINE = /^(?:an?|one|\d+|a few|several)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$|^(?:yesterday|just now|today)$/i;
const LIST_MARKER = /^[-–•*·]\s+/;
const LONG_PARAGRAPH = 700;

export function isAgeLine(text: string): boolean {
  return AGE_LINE.test(text.trim());
}

/**
 * Splits a page into its own article and the articles of other outlets pasted into it,
 * cutting site chrome, teaser lists and repeated blocks (each cut keeps its offsets and a reason).
 * @example segmentPage('Headline\nBody text here.\nComments').host.blocks.length // 2
 */
export function segmentPage(source: string, options: SegmentOptions = {}): SegmentedPage {
  const lines = splitDateStamp(splitLines(source));
  const { verdicts, headline } = judgeLines(lines, source, options.templateLines);
  const host = emptyDraft(null, null);
  const embedded: DraftArticle[] = [];
  let current = host;
  let inTeaserList = false;
  const seen = new Set<string>();

  let inComments = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    // Readers' comments run to the end of the page: names, ages and replies are not articles.
    // A bare "Comments" heading is not enough: seeds show an empty comment box before related articles.
    inComments = (inComments && !isSectionMarker(line.text, normaliseChromeKey(line.text))) || isCommentsMarker(line.text);
    if (inComments) {
      cut(current, line, 'readers’ comments');
      continue;
    }
    if (next && isAgeLine(next.text) && isOutletLabel(line.text)) {
      current = emptyDraft(line.text, next.text);
      embedded.push(current);
      cut(current, line, 'outlet label of an embedded article');
      cut(current, next, 'age label of an embedded article');
      index++;
      const repeat = lines[index + 1];
      if (repeat && normaliseChromeKey(repeat.text.replace(LIST_MARKER, '')) === normaliseChromeKey(line.text)) {
        cut(current, repeat, 'outlet label of an embedded article');
        index++;
      }
      inTeaserList = false;
      continue;
    }
    const key = normaliseChromeKey(line.text);
    if (isSectionMarker(line.text, key)) {
      cut(current, line, 'section of links to other pages');
      inTeaserList = true;
      continue;
    }
    const chromeReason = verdicts[index];
    if (chromeReason) {
      cut(current, line, chromeReason);
      continue;
    }
    if (inTeaserList && isHeadlineShaped(line.text)) {
      cut(current, line, 'teaser headline linking to another page');
      continue;
    }
    inTeaserList = false;
    const comparisonKey = normaliseForComparison(line.text);
    if (seen.has(comparisonKey)) {
      cut(current, line, 'repeated block (already shown above)');
      continue;
    }
    seen.add(comparisonKey);
    const { body, tail } = splitTrailingChrome(line);
    if (current === host && index === headline) host.headlineBlock = host.blocks.length;
    current.blocks.push(...toBlocks(body));
    if (tail) cut(current, tail, 'site template text');
  }

  for (const draft of [host, ...embedded]) finishDraft(draft);
  return { host, embedded };
}

const DATE_STAMP = /^date \d{4}-\d{2}-\d{2}\b/;

/** " date 2031-03-04  Skip to navigation": the tool that stored the page put a stamp in front of its first line. */
function splitDateStamp(lines: SourceLine[]): SourceLine[] {
  const [first, ...rest] = lines;
  const stamp = first?.text.match(DATE_STAMP);
  if (!first || !stamp) return lines;
  const stampLine = { text: stamp[0], start: first.start, end: first.start + stamp[0].length };
  const remainder = first.text.slice(stamp[0].length);
  const leading = remainder.length - remainder.trimStart().length;
  const text = remainder.trim();
  if (!text) return [stampLine, ...rest];
  const start = stampLine.end + leading;
  return [stampLine, { text, start, end: start + text.length }, ...rest];
}

/**
 * Each line's verdict (a chrome reason or null) and the headline, judged for the page's own
 * article: up to the first embedded article or list of links, where the page's structure ends.
 */
function judgeLines(lines: readonly SourceLine[], source: string, templateLines?: ReadonlySet<string>): { verdicts: Verdicts; headline: number | null } {
  const traits: PageTraits = { latinPage: latinShare(source) >= 0.8 };
  const intrinsic: Verdicts = lines.map((line, index) => {
    if (index === 0 && DATE_STAMP.test(line.text)) return 'date stamp added by the tool that stored the page';
    if (templateLines?.has(normaliseForComparison(line.text))) return 'template text repeated across pages';
    return chromeReasonOf(line.text, traits);
  });
  let hostEnd = lines.findIndex((line, index) => startsOtherContent(lines, index) || (index > 0 && isAgeLine(line.text)));
  if (hostEnd < 0) hostEnd = lines.length;
  const zones = decidePageZones(lines.slice(0, hostEnd), intrinsic.slice(0, hostEnd));
  return { verdicts: [...zones.verdicts, ...intrinsic.slice(hostEnd)], headline: zones.headline };
}

/**
 * "Related articles", "More from Reuters": a marker alone or with a few words of its own. A
 * sentence that merely opens with the word ("Recommended measures include …") is text.
 */
function isSectionMarker(text: string, key: string): boolean {
  return SECTION_MARKERS.some((marker) => key === marker || (key.startsWith(`${marker} `) && countWords(key) - countWords(marker) <= 3 && !/[.!?]["”’]?$/.test(text)));
}

const COMMENTS_MARKER = /^\d+\s+comments?$|^comments?\s*\(\d+\)$|^(?:log in|sign in|register) to (?:comment|reply)\b|^(?:join|read) the (?:conversation|discussion)\b|^leave a (?:comment|reply)\b|^show (?:\d+ )?comments\b/i;

function isCommentsMarker(text: string): boolean {
  return COMMENTS_MARKER.test(normaliseChromeKey(text));
}

/**
 * The name of an outlet above an embedded article ("Russia Today", "The Daily Planet"): a few
 * capitalised words. Not a username ("patriot1776", "Mike_from_Ohio") nor a live-blog subhead
 * ("Talks begin in Istanbul"), which have the same place above an age.
 */
function isOutletLabel(text: string): boolean {
  const words = text.replace(/^[-–•*·]\s+/, '').split(/\s+/);
  if (words.length > 6 || /[.!?]$/.test(text) || /[\d_@#]/.test(text)) return false;
  return words.every((word) => /^[\p{Lu}(]/u.test(word) || /^(?:of|the|and|de|la|le|du|for|on|&)$/i.test(word));
}

function startsOtherContent(lines: readonly SourceLine[], index: number): boolean {
  const key = normaliseChromeKey(lines[index]!.text);
  return isSectionMarker(lines[index]!.text, key) || isCommentsMarker(lines[index]!.text) || Boolean(lines[index + 1] && isAgeLine(lines[index + 1]!.text) && isOutletLabel(lines[index]!.text));
}

/** Phrases a site glues to the end of a paragraph ("… last week. DETAILS TO FOLLOW"). */
const TRAILING_CHROME: readonly string[] = [...INTERFACE_LINES, 'details to follow', 'more to follow', 'developing story'];

/** "… in Alaska last week. DETAILS TO FOLLOW": a template phrase glued to the end of a paragraph. */
function splitTrailingChrome(line: SourceLine): { body: SourceLine; tail: SourceLine | null } {
  const sentences = splitSentences(line.text);
  const last = sentences[sentences.length - 1];
  if (sentences.length < 2 || !last || !TRAILING_CHROME.includes(normaliseChromeKey(line.text.slice(last.start, last.end)))) return { body: line, tail: null };
  const bodyText = line.text.slice(0, last.start).trimEnd();
  return {
    body: { text: bodyText, start: line.start, end: line.start + bodyText.length },
    tail: { text: line.text.slice(last.start, last.end), start: line.start + last.start, end: line.start + last.end },
  };
}

function emptyDraft(outlet: string | null, age: string | null): DraftArticle {
  return { outlet, age, headlineBlock: null, blocks: [], cuts: [] };
}

function cut(draft: DraftArticle, line: SourceLine, reason: string): void {
  draft.cuts.push({ start: line.start, end: line.end, reason });
}

function isHeadingShaped(text: string): boolean {
  return countWords(text) <= 14 && text.length <= 120 && !/[.;,:!]["'”’)]*$/.test(text) && /^[\p{Lu}\p{N}"'“‘]/u.test(text);
}

function toBlocks(line: SourceLine): Block[] {
  const marker = line.text.match(LIST_MARKER);
  if (marker) {
    const start = line.start + marker[0].length;
    return [{ type: 'list-item', text: line.text.slice(marker[0].length), start, end: line.end }];
  }
  if (isHeadingShaped(line.text)) return [{ type: 'heading', ...line }];
  if (line.text.length <= LONG_PARAGRAPH) return [{ type: 'paragraph', ...line }];
  return splitLongParagraph(line);
}

/** Pasted articles often lose their paragraph breaks; regroup a wall of text into readable paragraphs of whole sentences. */
function splitLongParagraph(line: SourceLine): Block[] {
  const blocks: Block[] = [];
  let groupStart: number | null = null;
  let groupEnd = 0;
  for (const sentence of splitSentences(line.text)) {
    groupStart ??= sentence.start;
    groupEnd = sentence.end;
    if (groupEnd - groupStart >= 320) {
      blocks.push(paragraphOf(line, groupStart, groupEnd));
      groupStart = null;
    }
  }
  if (groupStart !== null) blocks.push(paragraphOf(line, groupStart, groupEnd));
  return blocks;
}

function paragraphOf(line: SourceLine, start: number, end: number): Block {
  return { type: 'paragraph', text: line.text.slice(start, end), start: line.start + start, end: line.start + end };
}

/** A category label before the headline ("Uncategorized", "World") is chrome; the headline is the next line. */
function finishDraft(draft: DraftArticle): void {
  if (draft.headlineBlock !== null) {
    const headline = draft.blocks[draft.headlineBlock];
    if (headline) headline.type = 'heading';
    draft.cuts.sort((a, b) => a.start - b.start);
    return;
  }
  if (draft.outlet === null) {
    draft.cuts.sort((a, b) => a.start - b.start);
    return;
  }
  const [first, second] = draft.blocks;
  if (first && second && draft.outlet === null && countWords(first.text) <= 2 && first.type === 'heading' && isHeadlineShaped(second.text) && second.text.length > first.text.length * 2) {
    draft.blocks.shift();
    draft.cuts.push({ start: first.start, end: first.end, reason: 'category label above the headline' });
  }
  const headline = draft.blocks[0];
  if (headline && headline.type !== 'list-item' && isHeadlineShaped(headline.text) && countWords(headline.text) >= 3) {
    headline.type = 'heading';
    draft.headlineBlock = 0;
  }
  draft.cuts.sort((a, b) => a.start - b.start);
}

/**
 * Short lines found in two or more pages are site templates ("Try Our AI Features"), whatever the site.
 * Outlet and age labels of embedded articles are left to segmentPage, which reads them as structure.
 */
export function findTemplateLines(sources: readonly string[]): Set<string> {
  return templateLinesFrom(sources.map(templateKeysOf));
}

/** The per-page half of findTemplateLines: the normalised short lines of one page that could be a template. */
export function templateKeysOf(source: string): string[] {
  const lines = splitLines(source);
  const keys = new Set<string>();
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    const previous = lines[index - 1];
    if (next && isAgeLine(next.text)) return;
    if (isAgeLine(line.text)) return;
    if (previous && isAgeLine(previous.text)) return;
    if (countWords(line.text) <= 4 && !/[.!?]["'”’]*$/.test(line.text)) keys.add(normaliseForComparison(line.text));
  });
  return [...keys];
}

/** The corpus half: keys that two or more pages hold. Each list holds a page's keys once. */
export function templateLinesFrom(keysByPage: Iterable<readonly string[]>): Set<string> {
  const pagesByLine = new Map<string, number>();
  for (const keys of keysByPage) for (const key of keys) pagesByLine.set(key, (pagesByLine.get(key) ?? 0) + 1);
  return new Set([...pagesByLine].filter(([, pages]) => pages >= 2).map(([key]) => key));
}
