import type { ArticleSummary, ListFacets, PersonSummary } from '#src/data/app-files.ts';
import { compareText } from '#src/lib/compare-text.ts';

/** What the filters offer and the count says: from every article, or from index.json's facets before the parts arrive. */
export type ListFacetView = {
  total: number;
  publishers: string[];
  /** one entry per dated article, for the date histogram's domain */
  publishedDates: string[];
  articlesByPerson: ReadonlyMap<string, number>;
};

export function facetsOfArticles(articles: readonly ArticleSummary[]): ListFacetView {
  const articlesByPerson = new Map<string, number>();
  for (const article of articles) for (const id of article.personIds) articlesByPerson.set(id, (articlesByPerson.get(id) ?? 0) + 1);
  return {
    total: articles.length,
    publishers: [...new Set(articles.flatMap((article) => (article.publisher ? [article.publisher] : [])))].sort(compareText),
    publishedDates: articles.flatMap((article) => (article.publishedOn ? [article.publishedOn] : [])),
    articlesByPerson,
  };
}

/** The same from the ingest's facets and the people's counts (computed over every article at ingest). */
export function facetsOfFirstScreen(facets: ListFacets, people: readonly PersonSummary[]): ListFacetView {
  return {
    total: facets.articleCount,
    publishers: facets.publishers,
    publishedDates: facets.publishedDays.flatMap(([day, count]) => Array<string>(count).fill(day)),
    articlesByPerson: new Map(people.map((person) => [person.id, person.articleCount])),
  };
}
