import { findSameWordGroups } from '../ingest/quotes/same-words.ts';
import type { Quote } from './contract.ts';
import type { QuoteEntry } from './app-files.ts';

/**
 * Which other articles a quote's "also quoted by" note lists. A widely carried quote is in thousands of
 * articles of a large collection, and listing them all in every copy made the files grow with the square
 * of the collection (8 million ids for 1,000 synthetic pages). A reader compares outlets, so the list
 * keeps one article per other named outlet (bounded by the outlets), and at most a dozen articles of no
 * named outlet; `moreUnnamedCarriers` counts the rest, so the note's count stays true.
 */
export const MAX_UNNAMED_CARRIERS = 12;

export type OtherCarrier = { outlet: string | null; articleId: string };

/**
 * The other outlets carrying a quote's words, one article each, the quote's own outlet left out;
 * articles of no known outlet each count once, since nothing says they are one outlet.
 */
export function otherCarriers(articleIds: readonly string[], publisherOf: (articleId: string) => string | null, ownOutlet: string | null): OtherCarrier[] {
  const byOutlet = new Map<string, string>();
  const unnamed: OtherCarrier[] = [];
  for (const articleId of articleIds) {
    const outlet = publisherOf(articleId);
    if (outlet === null) unnamed.push({ outlet: null, articleId });
    else if (outlet !== ownOutlet && !byOutlet.has(outlet)) byOutlet.set(outlet, articleId);
  }
  const named = [...byOutlet].sort(([a], [b]) => a.localeCompare(b)).map(([outlet, articleId]) => ({ outlet, articleId }));
  return [...named, ...unnamed];
}

/** Per group, computed once: its articles of each named outlet (first by id) and of no outlet. */
interface GroupCarriers {
  /** outlet → its first article by id, by outlet name (never the quote's own article: that outlet is left out) */
  byOutlet: [string, string][];
  /** the first articles of no named outlet, one more than listed, so the quote's own can be skipped */
  unnamedFirst: string[];
  unnamedCount: number;
}

function carriersOfGroup(articleIds: readonly string[], publisherOf: (articleId: string) => string | null): GroupCarriers {
  const byOutlet = new Map<string, string>();
  const unnamedFirst: string[] = [];
  let unnamedCount = 0;
  for (const articleId of articleIds) {
    const outlet = publisherOf(articleId);
    if (outlet === null) {
      unnamedCount++;
      if (unnamedFirst.length <= MAX_UNNAMED_CARRIERS) unnamedFirst.push(articleId);
    } else if (!byOutlet.has(outlet)) byOutlet.set(outlet, articleId);
  }
  return { byOutlet: [...byOutlet].sort(([a], [b]) => a.localeCompare(b)), unnamedFirst, unnamedCount };
}

/**
 * Quotes as the app files carry them: grouped by same words (same-words.ts), with a bounded list of
 * carriers, the same as otherCarriers over the group's other articles, cut to MAX_UNNAMED_CARRIERS
 * articles of no outlet. Each group is read once, so a quote carried by every article costs no more
 * than the number of outlets.
 */
export function withSameWords(quotes: readonly Quote[], publisherOf: (articleId: string) => string | null): QuoteEntry[] {
  const { groupOf, articles } = findSameWordGroups(quotes);
  const groups = new Map<number, GroupCarriers>();
  return quotes.map((quote) => {
    const group = groupOf.get(quote.id);
    if (group === undefined) return { ...quote, sameWordsIn: [], moreUnnamedCarriers: 0 };
    let carriers = groups.get(group);
    if (!carriers) groups.set(group, (carriers = carriersOfGroup(articles[group]!, publisherOf)));
    const ownOutlet = publisherOf(quote.articleId);
    const named = carriers.byOutlet.filter(([outlet]) => outlet !== ownOutlet).map(([, articleId]) => articleId);
    const unnamed = carriers.unnamedFirst.filter((id) => id !== quote.articleId).slice(0, MAX_UNNAMED_CARRIERS);
    const unnamedOthers = carriers.unnamedCount - (ownOutlet === null ? 1 : 0);
    return { ...quote, sameWordsIn: [...named, ...unnamed], moreUnnamedCarriers: Math.max(0, unnamedOthers - unnamed.length) };
  });
}
