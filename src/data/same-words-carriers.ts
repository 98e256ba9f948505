import { findSameWords } from '../ingest/quotes/same-words.ts';
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

/** Quotes as the app files carry them: grouped by same words (same-words.ts), with a bounded list of carriers. */
export function withSameWords(quotes: readonly Quote[], publisherOf: (articleId: string) => string | null): QuoteEntry[] {
  const sameWords = findSameWords(quotes);
  return quotes.map((quote) => {
    const carriers = otherCarriers(sameWords.get(quote.id) ?? [], publisherOf, publisherOf(quote.articleId));
    const named = carriers.filter((carrier) => carrier.outlet !== null);
    const unnamed = carriers.length - named.length;
    const listed = [...named, ...carriers.slice(named.length, named.length + MAX_UNNAMED_CARRIERS)];
    return { ...quote, sameWordsIn: listed.map((carrier) => carrier.articleId), moreUnnamedCarriers: Math.max(0, unnamed - MAX_UNNAMED_CARRIERS) };
  });
}
