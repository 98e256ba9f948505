import type { ArticleSummary } from '#src/data/app-files.ts';

/** One exported row per article, in the order on screen, with a link back into Readout and to the original page. */
export type ArticleExportRow = {
  title: string;
  publisher: string;
  published_on: string;
  date_basis: string;
  people: string;
  quotes: number;
  readout_link: string;
  original_url: string;
  article_id: string;
};

export function articleExportRows(articles: readonly ArticleSummary[], personName: (id: string) => string, linkOf: (id: string) => string): ArticleExportRow[] {
  return articles.map((article) => ({
    title: article.title,
    publisher: article.publisher ?? '',
    published_on: article.publishedOn ?? '',
    // A reader must see that a date was inferred, not stated: the basis travels with it.
    date_basis: article.publishedOn ? `${article.dateSource}: ${article.dateBasis}` : article.dateBasis,
    people: article.personIds.map(personName).join('; '),
    quotes: article.quoteCount,
    readout_link: linkOf(article.id),
    original_url: article.url ?? '',
    article_id: article.id,
  }));
}
