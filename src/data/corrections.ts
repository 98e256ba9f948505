import { formatDate } from '#src/lib/dates.ts';
import type { ArticleFile, ArticleSummary, IndexFile, PersonFile, QuoteEntry } from './app-files.ts';
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
  /** quote id → its speaker as the reader set it (null: no speaker named), with the quote as it was, for the new speaker's page */
  speakers?: Record<string, { to: string | null; was: string | null; quote: QuoteEntry }>;
};

/** True when a correction record still corrects something (else it is removed). */
export function hasCorrections(correction: ArticleCorrection): boolean {
  return Boolean(correction.title || correction.publisher || correction.publishedOn || correction.url || Object.keys(correction.speakers ?? {}).length > 0);
}

/** Quotes with the speakers the reader set. */
export function correctQuotes(quotes: readonly QuoteEntry[], corrections: ReadonlyMap<string, ArticleCorrection>): QuoteEntry[] {
  if (corrections.size === 0) return [...quotes];
  return quotes.map((quote) => {
    const speaker = corrections.get(quote.articleId)?.speakers?.[quote.id];
    return speaker ? { ...quote, speakerId: speaker.to } : quote;
  });
}

/** A person's quotes after the reader's reassignments: those moved away leave, those moved to them arrive. */
export function correctPersonFile(file: PersonFile, corrections: ReadonlyMap<string, ArticleCorrection>): PersonFile {
  const moved = [...corrections.values()].flatMap((correction) => Object.entries(correction.speakers ?? {}).map(([id, speaker]) => ({ id, ...speaker })));
  if (moved.length === 0) return file;
  const movedIds = new Set(moved.map((entry) => entry.id));
  const arriving = moved.filter((entry) => entry.to === file.personId).map((entry) => ({ ...entry.quote, speakerId: file.personId }));
  return { ...file, quotes: [...file.quotes.filter((quote) => !movedIds.has(quote.id)), ...arriving] };
}

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
  const delta = new Map<string, number>();
  for (const correction of corrections.values()) {
    for (const speaker of Object.values(correction.speakers ?? {})) {
      if (speaker.was) delta.set(speaker.was, (delta.get(speaker.was) ?? 0) - 1);
      if (speaker.to) delta.set(speaker.to, (delta.get(speaker.to) ?? 0) + 1);
    }
  }
  return {
    ...index,
    articles: index.articles.map((summary: ArticleSummary) => correctedFacts(summary, corrections.get(summary.id))),
    people: delta.size === 0 ? index.people : index.people.map((person) => ({ ...person, quoteCount: Math.max(0, person.quoteCount + (delta.get(person.id) ?? 0)) })),
  };
}

export function correctArticleFile(file: ArticleFile, correction: ArticleCorrection | undefined): ArticleFile {
  if (!correction) return file;
  return { ...file, article: correctedFacts(file.article, correction), quotes: correctQuotes(file.quotes, new Map([[file.article.id, correction]])) };
}

/** The sidecar the CLI reads (`<file>.meta.json`, docs/data-format.md) that makes a rebuild keep these corrections. */
export function sidecarOf(correction: ArticleCorrection, current: Facts): Record<string, unknown> {
  const sidecar: Record<string, unknown> = {};
  if (correction.title) sidecar.title = correction.title.value;
  const publisher = correction.publisher ? correction.publisher.value : current.publisher;
  if (publisher) sidecar.publisher = publisher;
  const url = correction.url ? correction.url.value : current.url;
  if (url) sidecar.url = url;
  if (correction.publishedOn?.value) {
    sidecar.publishedOn = correction.publishedOn.value;
    sidecar.dateNote = correction.publishedOn.reason;
  } else if (current.dateSource === 'stated' && current.publishedOn) sidecar.publishedOn = current.publishedOn;
  // Quotes are named by where they start in the file: the same file gives the same offsets on every rebuild.
  const speakers = Object.values(correction.speakers ?? {});
  if (speakers.length > 0) sidecar.speakers = Object.fromEntries(speakers.map((speaker) => [String(speaker.quote.start), speaker.to]));
  return sidecar;
}

/** The article's correction with one quote's speaker set (or the setting undone, when it is Readout's own again). */
export function withSpeaker(base: ArticleCorrection, quote: QuoteEntry, to: string | null, setAt: string): ArticleCorrection {
  const speakers = { ...base.speakers };
  const was = speakers[quote.id]?.was ?? quote.speakerId;
  if (to === was) delete speakers[quote.id];
  else speakers[quote.id] = { to, was, quote: { ...quote, speakerId: was } };
  return { ...base, setAt, speakers };
}
