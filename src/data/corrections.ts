import { formatDate } from '#src/lib/dates.ts';
import type { ArticleFile, ArticleSummary, IndexFile } from './app-files.ts';
import type { Article } from './contract.ts';

/**
 * What a reader corrected on an article, kept as data beside the pages (never by rewriting them) and
 * applied when the corpus is loaded. Each field keeps what Readout had, so the reader sees the
 * correction as one ("date set by you; inferred was 22 Aug 2025") and can undo it.
 */
export type ArticleCorrection = {
  articleId: string;
  /** the file the article came from, and whether it is that page's own article (a sidecar can describe only that one) */
  sourceFile: string;
  isPageArticle: boolean;
  setAt: string;
  title?: { value: string; was: string };
  publisher?: { value: string | null; was: string | null };
  publishedOn?: { value: string | null; reason: string; was: string | null; wasBasis: string; wasSource: Article['dateSource'] };
  url?: { value: string | null; was: string | null };
};

type Facts = Pick<Article, 'title' | 'titleBlock' | 'publisher' | 'publishedOn' | 'dateBasis' | 'dateSource' | 'url'>;

/** The facts with the reader's corrections in place; the date basis says who set the date and what Readout had read. */
export function correctedFacts<T extends Facts>(facts: T, correction: ArticleCorrection | undefined): T {
  if (!correction) return facts;
  const next = { ...facts };
  // The page's headline goes back into the text, so the reader still sees what the page said.
  if (correction.title) Object.assign(next, { title: correction.title.value, titleBlock: null });
  if (correction.publisher) next.publisher = correction.publisher.value;
  if (correction.url) next.url = correction.url.value;
  const date = correction.publishedOn;
  if (date) {
    const readout = date.was ? `Readout had ${date.wasSource === 'stated' ? 'read' : 'inferred'} ${formatDate(date.was)}` : 'Readout had found no date';
    next.publishedOn = date.value;
    next.dateSource = date.value ? 'stated' : 'unknown';
    next.dateBasis = `${date.value ? `Date set by you: ${date.reason}` : `Date removed by you: ${date.reason}`}. ${readout} (${date.wasBasis.replace(/\.$/, '')}).`;
  }
  return next;
}

export function correctIndex(index: IndexFile, corrections: ReadonlyMap<string, ArticleCorrection>): IndexFile {
  if (corrections.size === 0) return index;
  return { ...index, articles: index.articles.map((summary: ArticleSummary) => correctedFacts(summary, corrections.get(summary.id))) };
}

export function correctArticleFile(file: ArticleFile, correction: ArticleCorrection | undefined): ArticleFile {
  return correction ? { ...file, article: correctedFacts(file.article, correction) } : file;
}

/** The sidecar the CLI reads (`<file>.meta.json`, docs/data-format.md) that makes a rebuild keep these corrections. */
export function sidecarOf(correction: ArticleCorrection, current: Facts): Record<string, string> {
  const sidecar: Record<string, string> = {};
  if (correction.title) sidecar.title = correction.title.value;
  const publisher = correction.publisher ? correction.publisher.value : current.publisher;
  if (publisher) sidecar.publisher = publisher;
  const url = correction.url ? correction.url.value : current.url;
  if (url) sidecar.url = url;
  if (correction.publishedOn?.value) {
    sidecar.publishedOn = correction.publishedOn.value;
    sidecar.dateNote = correction.publishedOn.reason;
  } else if (current.dateSource === 'stated' && current.publishedOn) sidecar.publishedOn = current.publishedOn;
  return sidecar;
}
