/**
 * How many outlets a set of articles comes from. Articles of no known outlet count one each: nothing
 * says they are one outlet (the same rule as "also quoted by N outlets").
 */
export function countOutlets(articles: readonly { publisher: string | null }[]): number {
  const named = new Set(articles.flatMap((article) => (article.publisher ? [article.publisher] : [])));
  return named.size + articles.filter((article) => !article.publisher).length;
}
