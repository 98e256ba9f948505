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

/** CSV by papaparse (quoting, embedded commas, newlines and quotes done right); loaded only when someone exports. */
export async function toCsv(rows: readonly object[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return Papa.unparse(rows as object[], { newline: '\r\n' });
}

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; give the browser a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
