import { foldSearchWord, type ArticleSummary, type QuoteEntry } from '#src/data/app-files.ts';
import { otherCarriers } from '#src/data/same-words-carriers.ts';
import { UNATTRIBUTED, type QuoteSort, type QuotesState } from '#src/config/url-state/quotes-search.ts';
import { compareText } from '#src/lib/compare-text.ts';

/** A quote with what the explorer shows and filters by: its article's outlet and date, its speaker's name. */
export type QuoteRow = {
  quote: QuoteEntry;
  article: ArticleSummary | undefined;
  speakerName: string | null;
  /** the outlets of the other articles with the same words, distinct, this quote's own outlet left out */
  alsoQuotedBy: string[];
  /** the quote's words folded for the text filter, computed once, not per keystroke */
  folded: string;
};

export function toQuoteRows(
  quotes: readonly QuoteEntry[],
  articlesById: ReadonlyMap<string, ArticleSummary>,
  nameOf: (personId: string) => string | undefined,
): QuoteRow[] {
  return quotes.map((quote) => {
    const article = articlesById.get(quote.articleId);
    return {
      quote,
      article,
      speakerName: quote.speakerId ? (nameOf(quote.speakerId) ?? quote.speakerId) : null,
      alsoQuotedBy: outletsOf(quote.sameWordsIn, articlesById, article?.publisher ?? null),
      folded: foldSearchWord(quote.text),
    };
  });
}

/** The outlets of the other articles with the same words, named once each (see otherCarriers). */
export function outletsOf(articleIds: readonly string[], articlesById: ReadonlyMap<string, ArticleSummary>, ownOutlet: string | null): string[] {
  return otherCarriers(articleIds, (id) => articlesById.get(id)?.publisher ?? null, ownOutlet).map((carrier) => carrier.outlet ?? 'an outlet not named');
}

/** How widely a quote was carried: the articles listed and those of no named outlet left out of the list. */
function carried(quote: QuoteEntry): number {
  return quote.sameWordsIn.length + quote.moreUnnamedCarriers;
}

/** Every word typed must start a word of the quote (accents and case folded): "cease talk" finds "ceasefire talks". */
export function matchesText(folded: string, q: string): boolean {
  const needles = foldSearchWord(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (needles.length === 0) return true;
  const words = folded.split(/[^\p{L}\p{N}]+/u);
  return needles.every((needle) => words.some((word) => word.startsWith(needle)));
}

export function filterQuotes(rows: readonly QuoteRow[], state: QuotesState): QuoteRow[] {
  return rows
    .filter(({ quote, article, folded }) => {
      if (state.speakers.length > 0 && !state.speakers.includes(quote.speakerId ?? UNATTRIBUTED)) return false;
      if (state.kinds.length > 0 && !state.kinds.includes(quote.kind)) return false;
      if (state.outlet !== null && article?.publisher !== state.outlet) return false;
      const date = article?.publishedOn ?? null;
      if (state.from !== null && (date === null || date < state.from)) return false;
      if (state.to !== null && (date === null || date > state.to)) return false;
      return matchesText(folded, state.q);
    })
    .sort(compareQuoteRows(state.sort));
}

const dateOf = (row: QuoteRow) => row.article?.publishedOn ?? null;
const undatedLast = (a: QuoteRow, b: QuoteRow) => (dateOf(a) === null ? 1 : 0) - (dateOf(b) === null ? 1 : 0);
/** Within one article, quotes keep the order they are read in. */
const inReadingOrder = (a: QuoteRow, b: QuoteRow) => a.quote.articleId.localeCompare(b.quote.articleId) || a.quote.start - b.quote.start;
const newestFirst = (a: QuoteRow, b: QuoteRow) => undatedLast(a, b) || (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || inReadingOrder(a, b);

/** Orders for the table; undated quotes, unknown outlets and unattributed quotes go last in the orders that use them. */
export function compareQuoteRows(sort: QuoteSort): (a: QuoteRow, b: QuoteRow) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => undatedLast(a, b) || (dateOf(a) ?? '').localeCompare(dateOf(b) ?? '') || inReadingOrder(a, b);
    case 'speaker':
      return (a, b) => (a.speakerName === null ? 1 : 0) - (b.speakerName === null ? 1 : 0) || compareText(a.speakerName ?? '', b.speakerName ?? '') || newestFirst(a, b);
    case 'outlet': {
      const outlet = (row: QuoteRow) => row.article?.publisher ?? null;
      return (a, b) => (outlet(a) === null ? 1 : 0) - (outlet(b) === null ? 1 : 0) || compareText(outlet(a) ?? '', outlet(b) ?? '') || newestFirst(a, b);
    }
    case 'echoes':
      return (a, b) => carried(b.quote) - carried(a.quote) || newestFirst(a, b);
    default:
      return newestFirst;
  }
}

/** One exported row per quote on screen, in its order, with links back into Readout and to the original page. */
export type QuoteExportRow = {
  quote: string;
  kind: string;
  speaker: string;
  title: string;
  outlet: string;
  published_on: string;
  date_basis: string;
  also_quoted_by: string;
  readout_link: string;
  original_url: string;
  quote_id: string;
};

export function quoteExportRows(rows: readonly QuoteRow[], linkOf: (row: QuoteRow) => string): QuoteExportRow[] {
  return rows.map((row) => ({
    quote: row.quote.text,
    // Reported speech is the reporter's words: the kind travels with every row so no one cites it as spoken.
    kind: row.quote.kind,
    speaker: row.speakerName ?? '',
    title: row.article?.title ?? '',
    outlet: row.article?.publisher ?? '',
    published_on: row.article?.publishedOn ?? '',
    date_basis: row.article ? (row.article.publishedOn ? `${row.article.dateSource}: ${row.article.dateBasis}` : row.article.dateBasis) : '',
    also_quoted_by: row.alsoQuotedBy.join('; '),
    readout_link: linkOf(row),
    original_url: row.article?.url ?? '',
    quote_id: row.quote.id,
  }));
}
