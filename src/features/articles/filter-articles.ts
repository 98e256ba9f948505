import type { ArticleSummary } from '#src/data/app-files.ts';
import type { ListSort, ListState } from '#src/config/url-state/list-search.ts';
import { compareNewestFirst } from '#src/data/article-order.ts';
import { compareText } from '#src/lib/compare-text.ts';

const byOutlet = (a: ArticleSummary, b: ArticleSummary) =>
  (a.publisher === null ? 1 : 0) - (b.publisher === null ? 1 : 0) || compareText(a.publisher ?? '', b.publisher ?? '') || compareNewestFirst(a, b);

/** Orders for the list; undated and unknown-outlet articles go last in every order that uses them. */
export function compareBy(sort: ListSort, rank?: ReadonlyMap<string, number>): (a: ArticleSummary, b: ArticleSummary) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => (a.publishedOn === null ? 1 : 0) - (b.publishedOn === null ? 1 : 0) || (a.publishedOn ?? '').localeCompare(b.publishedOn ?? '') || compareText(a.title, b.title);
    case 'quotes':
      return (a, b) => b.quoteCount - a.quoteCount || compareNewestFirst(a, b);
    case 'outlet':
      return byOutlet;
    case 'relevance':
      // The search index's own ranking; without a search there is none, so newest first.
      return rank ? (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || compareNewestFirst(a, b) : compareNewestFirst;
    default:
      return compareNewestFirst;
  }
}

/**
 * The articles matching every filter in the state, in its order. `searchMatches` is the set of ids the search index
 * returned for `state.q`, best first (MiniSearch's ranking), or null when there is no text search (or it has not loaded yet).
 */
export function filterArticles(
  articles: readonly ArticleSummary[],
  state: ListState,
  searchMatches: ReadonlySet<string> | null,
): ArticleSummary[] {
  return matchArticles(articles, state, searchMatches).sort(
    compareBy(state.sort, searchMatches ? new Map([...searchMatches].map((id, index) => [id, index])) : undefined),
  );
}

/** The articles matching every filter in the state, in the order given (for counts, where the order does not matter). */
export function matchArticles(articles: readonly ArticleSummary[], state: ListState, searchMatches: ReadonlySet<string> | null): ArticleSummary[] {
  return articles.filter((article) => {
    if (state.people.some((id) => !article.personIds.includes(id))) return false;
    if (state.publisher !== null && article.publisher !== state.publisher) return false;
    if (state.from !== null && (article.publishedOn === null || article.publishedOn < state.from)) return false;
    if (state.to !== null && (article.publishedOn === null || article.publishedOn > state.to)) return false;
    if (searchMatches !== null && !searchMatches.has(article.id)) return false;
    return true;
  });
}

export type Loosening = { filter: 'person' | 'dates' | 'q' | 'publisher'; label: string; count: number; next: ListState };

/**
 * For an empty result: each single filter whose removal would bring articles back, most results first,
 * so the empty state can say exactly which filter to loosen.
 */
export function suggestLoosening(
  articles: readonly ArticleSummary[],
  state: ListState,
  searchMatches: ReadonlySet<string> | null,
  personName: (id: string) => string,
): Loosening[] {
  const options: Omit<Loosening, 'count'>[] = [];
  for (const id of state.people) {
    options.push({ filter: 'person', label: `the person ${personName(id)}`, next: { ...state, people: state.people.filter((p) => p !== id) } });
  }
  if (state.from || state.to) options.push({ filter: 'dates', label: 'the date range', next: { ...state, from: null, to: null } });
  if (state.q) options.push({ filter: 'q', label: `the search “${state.q}”`, next: { ...state, q: '' } });
  if (state.publisher) options.push({ filter: 'publisher', label: `the publisher ${state.publisher}`, next: { ...state, publisher: null } });
  return options
    .map((option) => ({ ...option, count: matchArticles(articles, option.next, option.filter === 'q' ? null : searchMatches).length }))
    .filter((option) => option.count > 0)
    .sort((a, b) => b.count - a.count);
}
