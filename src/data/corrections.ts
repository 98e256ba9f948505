import { formatDate } from '#src/lib/dates.ts';
import type { ArticleFile, ArticleSummary, DatasetsFile, IndexFile, PersonFile, QuoteEntry } from './app-files.ts';
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
  /** the reader's word on segmentation, keyed by the stretch's start offset in the file (the sidecar's `blocks`) */
  blocks?: Record<string, BlockMark>;
};

/**
 * A block marked as not article text ("chrome"), or a cut marked as article text ("text"), with the
 * exact source text and, for a block, the quotes it held (so counts and speaker pages can follow).
 * A restored cut's quotes and figures are found only when the pages are built again with the sidecar.
 */
/** The reason shown for text the reader took out of an article, by the CLI (a sidecar's `blocks`) and by the app alike. */
export const MARKED_AS_CHROME = 'marked as not article text by you';

export type BlockMark = {
  kind: 'chrome' | 'text';
  start: number;
  end: number;
  text: string;
  quotes: { id: string; speakerId: string | null }[];
  /**
   * The article's quote count as built when the mark was made. Counts follow a mark only while the build
   * is that one: once a rebuild has read the exported sidecar, the quotes are gone from it already.
   */
  builtQuoteCount?: number;
};

/** True when a correction record still corrects something (else it is removed). */
export function hasCorrections(correction: ArticleCorrection): boolean {
  return Boolean(
    correction.title || correction.publisher || correction.publishedOn || correction.url || Object.keys(correction.speakers ?? {}).length > 0 || Object.keys(correction.blocks ?? {}).length > 0,
  );
}

/**
 * True when the reader took the stretch holding this offset out of the article. By offset, not by id or
 * block index: offsets name the source file, so they hold when the pages are built again.
 */
export function isMarkedOut(correction: ArticleCorrection | undefined, offset: number): boolean {
  return Object.values(correction?.blocks ?? {}).some((mark) => mark.kind === 'chrome' && mark.start <= offset && offset < mark.end);
}

/** The article's correction with a block or cut marked (or the mark at that offset removed, with null). */
export function withBlockMark(base: ArticleCorrection, start: number, mark: BlockMark | null, setAt: string): ArticleCorrection {
  const blocks = { ...base.blocks };
  if (mark) blocks[String(start)] = mark;
  else delete blocks[String(start)];
  return { ...base, setAt, blocks };
}

/** A restored cut as paragraphs, one per non-empty line, each with its exact offsets. */
function restoredBlocks(mark: BlockMark): Article['blocks'] {
  return [...mark.text.matchAll(/[^\r\n]+/g)].flatMap((line) => {
    const text = line[0].trim();
    if (text === '') return [];
    const start = mark.start + line.index + line[0].indexOf(text);
    return [{ type: 'paragraph' as const, text, start, end: start + text.length }];
  });
}

/** Quotes with the speakers the reader set. */
export function correctQuotes(quotes: readonly QuoteEntry[], corrections: ReadonlyMap<string, ArticleCorrection>): QuoteEntry[] {
  if (corrections.size === 0) return [...quotes];
  return quotes.filter((quote) => !isMarkedOut(corrections.get(quote.articleId), quote.start)).map((quote) => {
    const speaker = corrections.get(quote.articleId)?.speakers?.[quote.id];
    return speaker ? { ...quote, speakerId: speaker.to } : quote;
  });
}

/** A person's quotes after the reader's reassignments: those moved away leave, those moved to them arrive. */
export function correctPersonFile(file: PersonFile, corrections: ReadonlyMap<string, ArticleCorrection>): PersonFile {
  const moved = [...corrections.values()].flatMap((correction) => Object.entries(correction.speakers ?? {}).map(([id, speaker]) => ({ id, ...speaker })));
  const anyMarks = [...corrections.values()].some((correction) => Object.keys(correction.blocks ?? {}).length > 0);
  if (moved.length === 0 && !anyMarks) return file;
  const movedIds = new Set(moved.map((entry) => entry.id));
  const arriving = moved.filter((entry) => entry.to === file.personId).map((entry) => ({ ...entry.quote, speakerId: file.personId }));
  return { ...file, quotes: [...file.quotes.filter((quote) => !movedIds.has(quote.id)), ...arriving].filter((quote) => !isMarkedOut(corrections.get(quote.articleId), quote.start)) };
}

type Facts = Pick<Article, 'title' | 'titleBlock' | 'publisher' | 'publisherBasis' | 'publishedOn' | 'dateBasis' | 'dateSource' | 'url'>;

/** The facts with the reader's corrections in place; the date basis says who set the date and what Readout had read. */
export function correctedFacts<T extends Facts>(facts: T, correction: ArticleCorrection | undefined): T {
  if (!correction) return facts;
  const next = { ...facts };
  // The page's headline goes back into the text, so the reader still sees what the page said.
  if (correction.title) Object.assign(next, { title: correction.title.value, titleBlock: null });
  if (correction.publisher) {
    next.publisher = correction.publisher.value;
    // Facts that never had a basis (the index's summaries) are not given one.
    if ('publisherBasis' in facts) next.publisherBasis = `${correction.publisher.value ? 'Publisher set by you' : 'Publisher removed by you'}. Readout had ${correction.publisher.was ? `read “${correction.publisher.was}”` : 'found none'}.`;
  }
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
  const removedFrom = new Map<string, number>();
  const builtCounts = new Map(index.articles.map((summary) => [summary.id, summary.quoteCount]));
  for (const correction of corrections.values()) {
    for (const speaker of Object.values(correction.speakers ?? {})) {
      if (isMarkedOut(correction, speaker.quote.start)) continue;
      if (speaker.was) delta.set(speaker.was, (delta.get(speaker.was) ?? 0) - 1);
      if (speaker.to) delta.set(speaker.to, (delta.get(speaker.to) ?? 0) + 1);
    }
    const built = builtCounts.get(correction.articleId);
    for (const mark of Object.values(correction.blocks ?? {})) {
      if (mark.kind !== 'chrome' || (mark.builtQuoteCount !== undefined && mark.builtQuoteCount !== built)) continue;
      removedFrom.set(correction.articleId, (removedFrom.get(correction.articleId) ?? 0) + mark.quotes.length);
      for (const quote of mark.quotes) {
        const speaker = correction.speakers?.[quote.id]?.was ?? quote.speakerId;
        if (speaker) delta.set(speaker, (delta.get(speaker) ?? 0) - 1);
      }
    }
  }
  const titled = new Map([...corrections.values()].flatMap((correction) => (correction.title ? [[correction.articleId, correction.title.value] as const] : [])));
  return {
    ...index,
    // A story is named by its lead article's headline: the reader's title for it names the story too.
    stories: titled.size === 0 ? index.stories : index.stories.map((story) => (titled.has(story.leadArticleId) ? { ...story, title: titled.get(story.leadArticleId)! } : story)),
    articles: index.articles.map((summary: ArticleSummary) => {
      const corrected = correctedFacts(summary, corrections.get(summary.id));
      const removed = removedFrom.get(summary.id) ?? 0;
      return removed > 0 ? { ...corrected, quoteCount: Math.max(0, corrected.quoteCount - removed) } : corrected;
    }),
    people: delta.size === 0 ? index.people : index.people.map((person) => ({ ...person, quoteCount: Math.max(0, person.quoteCount + (delta.get(person.id) ?? 0)) })),
  };
}

/**
 * The article file as the reader corrected it. Blocks keep their indexes (links to #bN and every quote's
 * `block` stay right): a block marked as not article text stays in `blocks` for the reader to show folded,
 * its quotes and figures leave; a cut marked as article text leaves `cuts` and its lines are appended
 * to `blocks`, in the reader's order by offset.
 */
export function correctArticleFile(file: ArticleFile, correction: ArticleCorrection | undefined): ArticleFile {
  if (!correction) return file;
  const marks = Object.values(correction.blocks ?? {});
  const chromeStarts = new Set(marks.filter((mark) => mark.kind === 'chrome').map((mark) => mark.start));
  const restoredStarts = new Set(marks.filter((mark) => mark.kind === 'text').map((mark) => mark.start));
  const facts = correctedFacts(file.article, correction);
  const article =
    marks.length === 0
      ? facts
      : {
          ...facts,
          // Only while the cut is still there: a build that read the exported sidecar has restored it already.
          blocks: [...facts.blocks, ...marks.filter((mark) => mark.kind === 'text' && facts.cuts.some((cut) => cut.start === mark.start)).flatMap(restoredBlocks)],
          cuts: facts.cuts.filter((cut) => !restoredStarts.has(cut.start)),
        };
  const figures = chromeStarts.size === 0 ? file.figures : file.figures.filter((figure) => !isMarkedOut(correction, figure.start));
  return { ...file, article, figures, quotes: correctQuotes(file.quotes, new Map([[file.article.id, correction]])) };
}

/** The charts without the figures of text the reader took out of its article (a dataset left with no point goes too). */
export function correctDatasets(file: DatasetsFile, corrections: ReadonlyMap<string, ArticleCorrection>): DatasetsFile {
  if (![...corrections.values()].some((correction) => Object.keys(correction.blocks ?? {}).length > 0)) return file;
  const kept = (articleId: string, start: number) => !isMarkedOut(corrections.get(articleId), start);
  return {
    ...file,
    figures: file.figures.filter((figure) => kept(figure.articleId, figure.start)),
    datasets: file.datasets
      .map((dataset) => ({ ...dataset, points: dataset.points.filter((point) => kept(dataset.articleId, point.start)) }))
      .filter((dataset) => dataset.points.length > 0),
  };
}

/** The start offsets of the blocks the reader marked as not article text, for the reader to fold them. */
export function hiddenBlockStarts(correction: ArticleCorrection | undefined): Set<number> {
  return new Set(Object.values(correction?.blocks ?? {}).flatMap((mark) => (mark.kind === 'chrome' ? [mark.start] : [])));
}

/** The sidecar the CLI reads (`<file>.meta.json`, docs/data-format.md) that makes a rebuild keep these corrections. */
export function sidecarOf(correction: ArticleCorrection, current: Facts): Record<string, unknown> {
  const sidecar: Record<string, unknown> = {};
  if (correction.title) sidecar.title = correction.title.value;
  const publisher = correction.publisher ? correction.publisher.value : current.publisher;
  if (publisher) sidecar.publisher = publisher;
  const url = correction.url ? correction.url.value : current.url;
  if (url) sidecar.url = url;
  if (correction.publishedOn) {
    // null says "no date": the sidecar keeps a removal as well as a setting.
    sidecar.publishedOn = correction.publishedOn.value;
    sidecar.dateNote = correction.publishedOn.reason;
  } else if (current.dateSource === 'stated' && current.publishedOn) sidecar.publishedOn = current.publishedOn;
  // Quotes are named by where they start in the file: the same file gives the same offsets on every rebuild.
  const speakers = Object.values(correction.speakers ?? {});
  if (speakers.length > 0) sidecar.speakers = Object.fromEntries(speakers.map((speaker) => [String(speaker.quote.start), speaker.to]));
  const marks = Object.values(correction.blocks ?? {});
  if (marks.length > 0) sidecar.blocks = Object.fromEntries(marks.sort((a, b) => a.start - b.start).map((mark) => [String(mark.start), mark.kind]));
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
