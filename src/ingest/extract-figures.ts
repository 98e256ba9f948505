import type { Block, Dataset, Figure } from '../data/contract.ts';
import { percentDatasets, type DatasetDraft } from './figures/percent-datasets.ts';
import { readFigures } from './figures/read-figures.ts';
import { sameUnitDatasets } from './figures/same-unit-datasets.ts';
import { slugify } from './slugify.ts';

/**
 * Reads every quantity an article states (shares, money, counts, durations, distances, index points)
 * as `figures`, and groups comparable ones into chartable `datasets`: poll answers, then-and-now
 * comparisons, market moves, a total with its parts, and figures of one unit in one sentence.
 * Every figure and point keeps its block and the source offsets of the number as written.
 * @example extractFigures('a1', [{ type: 'paragraph', text: 'The club paid £85m.', start: 0, end: 19 }], null).figures[0] // { value: 85000000, unit: 'GBP', start: 14, end: 18, … }
 */
export function extractFigures(articleId: string, blocks: readonly Block[], publishedYear: string | null): { figures: Figure[]; datasets: Dataset[] } {
  const sentences = readFigures(articleId, blocks);
  const figures = dropRepeats(sentences.flatMap((item) => item.figures.map((found) => found.figure)), blocks);
  const percentSentences = sentences.map((item) => ({ ...item, numbers: item.figures.filter((found) => found.figure.unit === '%').map((found) => ({ value: found.figure.value, start: found.start, end: found.end })) }));
  const drafts = percentDatasets(blocks, percentSentences, publishedYear);
  const charted = new Set(drafts.flatMap((draft) => draft.points).map((point) => figures.find((figure) => figure.start === point.start)?.id ?? ''));
  return { figures, datasets: nameDatasets(articleId, [...drafts, ...sameUnitDatasets(sentences, charted)]) };
}

/**
 * A page restates its key numbers (standfirst, body, quote): an amount, count or duration of the same
 * value and unit is one fact. Shares repeat by chance (two groups at 74%), so a share is a repeat
 * only when the words just before or after it are the same too.
 */
function dropRepeats(figures: Figure[], blocks: readonly Block[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((figure) => {
    const block = blocks[figure.block]!;
    const at = figure.start - block.start;
    const length = figure.end - figure.start;
    const before = block.text.slice(0, at).toLowerCase().split(/\s+/).slice(-3).join(' ');
    const after = block.text.slice(at + length).toLowerCase().split(/\s+/).slice(0, 3).join(' ');
    const keys = figure.unit === '%' ? [`${figure.value}%<${before}`, `${figure.value}%>${after}`] : [`${figure.value} ${figure.unit}`];
    const repeat = keys.some((key) => seen.has(key));
    for (const key of keys) seen.add(key);
    return !repeat;
  });
}

/** Ids from the title; two questions under one topic are told apart by their answers. */
function nameDatasets(articleId: string, drafts: DatasetDraft[]): Dataset[] {
  const used = new Map<string, number>();
  return drafts.map((draft, index) => {
    const title = drafts.slice(0, index).some((earlier) => earlier.title === draft.title)
      ? `${draft.title}: ${[...new Set(draft.points.map((point) => point.label.toLowerCase()))].join(' or ')}`
      : draft.title;
    const base = `${articleId}-${slugify(title).slice(0, 48)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { id: count > 1 ? `${base}-${count}` : base, articleId, title, unit: draft.unit, points: draft.points };
  });
}
