import type { ArticleSummary } from '#src/data/app-files.ts';
import type { Block, Dataset, Figure } from '#src/data/contract.ts';

export type ChartRow = { label: string } & Record<string, number | string>;

/**
 * Rows for Recharts: one row per label, one column per series ("then", "now"), or a single "value" column
 * when the points have no series. Labels and series keep the order they appear in the source.
 */
export function pivotPoints(dataset: Dataset): { rows: ChartRow[]; series: string[] } {
  const series = [...new Set(dataset.points.map((point) => point.series ?? 'value'))];
  const rows = new Map<string, ChartRow>();
  for (const point of dataset.points) {
    const row = rows.get(point.label) ?? { label: point.label };
    row[point.series ?? 'value'] = point.value;
    rows.set(point.label, row);
  }
  return { rows: [...rows.values()], series };
}

export type SourceSentence = { block: number; before: string; parts: { text: string; number: boolean }[]; after: string };

/**
 * The sentence(s) of each block that hold a dataset's numbers, with the numbers marked, so a chart shows the
 * words it was read from. Offsets are into the source; the block's own start turns them into block positions.
 */
export function sourceSentences(dataset: Dataset, blocks: readonly Block[]): SourceSentence[] {
  const byBlock = new Map<number, { start: number; end: number }[]>();
  for (const point of dataset.points) byBlock.set(point.block, [...(byBlock.get(point.block) ?? []), { start: point.start, end: point.end }]);
  const sentences: SourceSentence[] = [];
  for (const [blockIndex, spans] of [...byBlock].sort((a, b) => a[0] - b[0])) {
    const block = blocks[blockIndex];
    if (!block) continue;
    const local = spans
      .map((span) => ({ start: span.start - block.start, end: span.end - block.start }))
      .filter((span) => span.start >= 0 && span.end <= block.text.length)
      .sort((a, b) => a.start - b.start);
    if (local.length === 0) continue;
    const from = sentenceStart(block.text, local[0]!.start);
    const to = sentenceEnd(block.text, local[local.length - 1]!.end);
    const parts: SourceSentence['parts'] = [];
    let cursor = from;
    for (const span of local) {
      if (span.start < cursor) continue;
      if (span.start > cursor) parts.push({ text: block.text.slice(cursor, span.start), number: false });
      parts.push({ text: block.text.slice(span.start, span.end), number: true });
      cursor = span.end;
    }
    if (cursor < to) parts.push({ text: block.text.slice(cursor, to), number: false });
    sentences.push({ block: blockIndex, before: from > 0 ? '…' : '', parts, after: to < block.text.length ? '…' : '' });
  }
  return sentences;
}

// A full stop after a digit or a single capital (initials) is not a sentence end: "1.5 million", "U.S.".
const SENTENCE_END = /[.!?](?<!\d\.(?=\d))["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;

function sentenceStart(text: string, position: number): number {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > position) break;
    start = end;
  }
  return start;
}

function sentenceEnd(text: string, position: number): number {
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index >= position) return match.index + match[0].trimEnd().length;
  }
  return text.length;
}

/** One exported row per chart point or figure: the number, what it counts, and where it was read, with links back. */
export type FigureExportRow = {
  chart: string;
  label: string;
  series: string;
  value: number;
  unit: string;
  article: string;
  publisher: string;
  published_on: string;
  date_basis: string;
  /** the paragraph the number was read from, in Readout */
  readout_link: string;
  original_url: string;
  /** offsets of the number as written in the source file */
  source_file: string;
  start: number;
  end: number;
};

type Located = { label: string; value: number; series?: string; block: number; start: number; end: number };

function figureRow(chart: string, unit: string, point: Located, article: ArticleSummary | undefined, linkOf: (articleId: string, block: number) => string, articleId: string): FigureExportRow {
  return {
    chart,
    label: point.label,
    series: point.series ?? '',
    value: point.value,
    unit,
    article: article?.title ?? '',
    publisher: article?.publisher ?? '',
    published_on: article?.publishedOn ?? '',
    date_basis: article ? (article.publishedOn ? `${article.dateSource}: ${article.dateBasis}` : article.dateBasis) : '',
    readout_link: linkOf(articleId, point.block),
    original_url: article?.url ?? '',
    source_file: article?.sourceFile ?? '',
    start: point.start,
    end: point.end,
  };
}

/** A chart's data as on screen: every point, in the dataset's order. */
export function datasetExportRows(dataset: Dataset, article: ArticleSummary | undefined, linkOf: (articleId: string, block: number) => string): FigureExportRow[] {
  return dataset.points.map((point) => figureRow(dataset.title, dataset.unit, point, article, linkOf, dataset.articleId));
}

/** The figures table as filtered (every row of the filter, not only those shown so far). */
export function figureExportRows(figures: readonly Figure[], articlesById: ReadonlyMap<string, ArticleSummary>, linkOf: (articleId: string, block: number) => string): FigureExportRow[] {
  return figures.map((figure) => figureRow('', figure.unit, figure, articlesById.get(figure.articleId), linkOf, figure.articleId));
}
