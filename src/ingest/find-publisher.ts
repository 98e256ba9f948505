import type { Outlet } from './lexicon/outlets.ts';
import { unglue } from './segment/line-shape.ts';

export interface ChromeLine {
  text: string;
  /** why the segmenter cut the line (see segment/classify-line.ts) */
  reason: string;
}

export interface PublisherEvidence {
  /** lines the segmenter cut as chrome, in page order */
  chrome: readonly ChromeLine[];
  headline: string | null;
  outlets: readonly Outlet[];
  /**
   * The name the reader saved the page under, when it is the page's own (never for an article
   * embedded in another outlet's page): "kyivindependent_talks.txt" names its outlet.
   */
  fileName?: string;
}

export interface FoundPublisher {
  publisher: string | null;
  /** what names the outlet, for the reader: 'The page names it: "Support X on Patreon!".' */
  basis: string;
}

/** Lines in which a site names itself. Group 1 is the outlet. */
const SOURCE_LINE = /^source\s*:\s*(.+?)(?:\s{2,}|\s+editor\s*:|$)/i;
const SELF_REFERENCES: readonly RegExp[] = [
  SOURCE_LINE,
  /^(?:©|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?([^/|]+?)(?:\s+\d{4})?(?:[.,]\s*all rights reserved.*|\.|$)/i,
  /^support\s+(?!us\b)(.+?)(?:\s+on\s+\w+)?\s*[!.]?$/i,
  /\bnot been edited by\s+(.+?)\s+and\b/i,
  /^read\s+(.+?)\s+(?:in|on)\s+(?:telegram|whatsapp|viber|google news|facebook|x|twitter)\b/i,
  /^follow\s+(?!us\b)(.+?)\s+on\s+\w+/i,
];

const MAX_NAME_WORDS = 6;

function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+(?=\.[a-z]{2,}\b)/gi, '').replace(/[\s!.,;:]+$/, '').trim();
  if (!name || name.split(/\s+/).length > MAX_NAME_WORDS || !/\p{L}/u.test(name)) return null;
  return name;
}

const fold = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}./]+/gu, ' ').trim();

const outletKey = (name: string) => fold(name).replace(/^the /, '');
/** A name or an address written together, as a file name holds it: "kyivindependent", "tasscom". */
const compact = (text: string) => outletKey(text).replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
const SHORTEST_FILE_NAME_KEY = 3;

/** The outlet list looked up every way the stage needs, built once per list. */
interface OutletIndex {
  /** by name or alias, folded ("kyiv independent") */
  byName: Map<string, Outlet>;
  /** by name or address written together, with and without the address's ending ("kyivindependent", "kyivindependentcom") */
  byFileKey: Map<string, Outlet>;
  /** every alias of an outlet that is no agency in one alternation, long ones case-insensitive, short ones ("AP", "FT") by their capitals */
  patterns: RegExp[];
  /** the outlet of each alias the patterns match, by its lowercase */
  byAlias: Map<string, Outlet>;
}

const indexes = new WeakMap<readonly Outlet[], OutletIndex>();
const escapeAlias = (alias: string) => alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const wholeWords = (aliases: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeAlias).join('|')})(?![\\p{L}\\p{N}])`, flags);

/** The first outlet of the list to claim a key keeps it. */
function claim(map: Map<string, Outlet>, key: string, outlet: Outlet): void {
  if (!map.has(key)) map.set(key, outlet);
}

/** The list's index, built on first use: a line is searched in one pass, not once per alias. */
function indexOf(outlets: readonly Outlet[]): OutletIndex {
  let index = indexes.get(outlets);
  if (!index) {
    const byName = new Map<string, Outlet>();
    const byFileKey = new Map<string, Outlet>();
    const byAlias = new Map<string, Outlet>();
    const searched: string[] = [];
    for (const outlet of outlets) {
      for (const alias of [outlet.name, ...outlet.aliases]) {
        claim(byName, outletKey(alias), outlet);
        for (const key of [compact(alias), compact(alias.replace(/\.[a-z.]+$/i, ''))]) if (key.length >= SHORTEST_FILE_NAME_KEY) claim(byFileKey, key, outlet);
        // Agencies are left out of the search: their names in chrome are credits.
        if (outlet.agency) continue;
        claim(byAlias, alias.toLowerCase(), outlet);
        searched.push(alias);
      }
    }
    // Longest first, so "The Kyiv Independent" wins over "The Independent" inside it.
    const sorted = searched.sort((a, b) => b.length - a.length);
    const long = sorted.filter((alias) => alias.length > 4);
    const short = sorted.filter((alias) => alias.length <= 4);
    const patterns = [long.length ? wholeWords(long, 'iu') : null, short.length ? wholeWords(short, 'u') : null].filter((pattern): pattern is RegExp => pattern !== null);
    index = { byName, byFileKey, patterns, byAlias };
    indexes.set(outlets, index);
  }
  return index;
}

/** The outlet a name stands for, by its name or one of its aliases. */
function knownOutlet(name: string, outlets: readonly Outlet[]): Outlet | null {
  return indexOf(outlets).byName.get(outletKey(name)) ?? null;
}

/** An outlet of the list (agencies left out: their names in chrome are credits) named as a whole word in a line. */
function outletNamedIn(text: string, outlets: readonly Outlet[]): Outlet | null {
  const { patterns, byAlias } = indexOf(outlets);
  for (const pattern of patterns) {
    const found = text.match(pattern)?.[0];
    if (found) return byAlias.get(found.toLowerCase()) ?? null;
  }
  return null;
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * The outlet that published a page, from where the page says so: a line in which the site names
 * itself ("Source: X", "© X", "Support X!"), its site-name line, an outlet of the list in its
 * chrome, or a " | X" after the headline. Photo credits are never read: they name agencies.
 * @example findPublisher({ chrome: [{ text: '© 2025 Harbour Gazette', reason: 'link or promotion' }], headline: null, outlets: [] }).publisher // 'Harbour Gazette'
 */
export function findPublisher(evidence: PublisherEvidence): FoundPublisher {
  // Credits name agencies; repeats, teasers and summaries are article text of this page or another.
  // "© Harbour Gazette 2031" with no photographer's slash is the site's own notice, even where the segmenter read it as a credit.
  const ownCopyright = (line: ChromeLine) => /^\s*(?:©|copyright)/i.test(line.text) && !line.text.includes('/');
  const readable = evidence.chrome.filter((line) => (ownCopyright(line) || !/^(?:photo|repeated|teaser|summary)/.test(line.reason)) && line.text.split(/\s+/).length <= 25);
  // "Source: Xinhua" on a page that carries a wire story names where the story came from, not always the site:
  // it is kept as the last resort, behind any other sign of the site (its name line, its file name).
  let wireSource: FoundPublisher | null = null;
  for (const line of readable) {
    const text = unglue(line.text).replace(/\s+/g, ' ').trim();
    for (const pattern of SELF_REFERENCES) {
      const name = cleanName(text.match(pattern)?.[1] ?? '');
      if (!name) continue;
      const outlet = knownOutlet(name, evidence.outlets);
      const found = { publisher: outlet?.name ?? titleCase(name), basis: `The page names it: "${line.text}".` };
      if (outlet?.agency && pattern === SOURCE_LINE) {
        wireSource ??= found;
        continue;
      }
      return found;
    }
  }
  const siteName = readable.find((line) => line.reason === 'site name');
  if (siteName) return { publisher: knownOutlet(siteName.text, evidence.outlets)?.name ?? titleCase(siteName.text.trim()), basis: `The site's name above the headline: "${siteName.text}".` };
  const suffix = evidence.headline?.match(/\s[|–—-]\s([^|–—-]{2,40})$/)?.[1];
  const fromSuffix = suffix ? knownOutlet(suffix, evidence.outlets) : null;
  if (fromSuffix) return { publisher: fromSuffix.name, basis: `Named after the headline: "${suffix}".` };
  for (const line of readable) {
    const outlet = outletNamedIn(unglue(line.text), evidence.outlets);
    if (outlet) return { publisher: outlet.name, basis: `Named in the page's own text around the article: "${line.text}".` };
  }
  const fromFileName = evidence.fileName ? outletOfFileName(evidence.fileName, evidence.outlets) : null;
  const none = evidence.fileName ? 'Neither a line of the page nor its file name names its outlet.' : 'No line of the page names its outlet.';
  return fromFileName ?? wireSource ?? { publisher: null, basis: none };
}

/** A counter or an id a tool puts in front of a saved page's name: "007", "7e6d986aa6e63715", "2025-06-24". */
const COUNTER = /^(?:\d+|[0-9a-f]{8,}|\d{4}-\d{2}-\d{2})$/i;
const DOMAIN = /^(?:www\.)?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/i;

/**
 * The outlet a saved page's file name starts with, after any counter: an outlet of the list by its
 * name or address written together ("kyivindependent_…", "rferl-…", "www.tass.com_…"), or an
 * address ("am1.news_…") taken as it is. Only the lead of the name counts: the words after it are
 * the reader's own (a topic, or the agency a story came from), and an unknown word there says nothing.
 * @example outletOfFileName('201_kyivindependent_talks.txt', OUTLETS)?.publisher // 'The Kyiv Independent'
 */
function outletOfFileName(fileName: string, outlets: readonly Outlet[]): FoundPublisher | null {
  const stem = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(?:txt|text|md|html?)$/i, '');
  const lead = stem.split(/[_\s]+/).find((token) => token !== '' && !COUNTER.test(token));
  if (!lead) return null;
  // "harbour-gazette-rovers": the outlet's words may run on into the topic's; the longest known run wins.
  const words = lead.split('-');
  const keys = indexOf(outlets).byFileKey;
  const outlet = words.map((_, index) => keys.get(compact(words.slice(0, words.length - index).join('-')))).find((found) => found !== undefined);
  const basis = `The file's name, "${fileName}", starts with it.`;
  if (outlet) return { publisher: outlet.name, basis };
  const domain = lead.match(DOMAIN)?.[1];
  return domain ? { publisher: domain.toLowerCase(), basis } : null;
}
