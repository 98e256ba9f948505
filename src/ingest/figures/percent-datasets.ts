import type { Block, DataPoint } from '../../data/contract.ts';
import { pollTitle } from './poll-answers.ts';
import { readComparison, readComposition, readMarketMove, readShares, type PercentSentence, type ToPoint } from './percent-readers.ts';

/** A dataset before it gets its id: what kind of chart, its title, unit and points. */
export interface DatasetDraft {
  kind: 'comparison' | 'shares' | 'movement' | 'composition' | 'same-unit';
  title: string;
  unit: string;
  points: DataPoint[];
}

const MARKET_WORDS = /\b(?:shares?|stocks?|index|indices|prices?)\b/i;

/**
 * Groups the percentages of consecutive sentences into charts: poll answers (until they pass 100%),
 * then-and-now comparisons, market moves and a total with its parts. A sentence without a share ends a run.
 * @example percentDatasets(blocks, sentences, '2025') // [{ kind: 'shares', title: 'Expectations for relations', unit: '% of respondents', points: [...] }]
 */
export function percentDatasets(blocks: readonly Block[], sentences: readonly PercentSentence[], publishedYear: string | null): DatasetDraft[] {
  const toPoint: ToPoint = (item, number, label, value = number.value, series) => {
    const block = blocks[item.block]!;
    return { label, value, ...(series ? { series } : {}), block: item.block, start: block.start + number.start, end: block.start + number.end };
  };
  const texts = sentences.map((item) => item.sentence);
  const drafts: DatasetDraft[] = [];
  let open: DatasetDraft | null = null;
  const close = () => {
    if (open && open.points.length >= 2) drafts.push(open);
    open = null;
  };
  const openAs = (kind: DatasetDraft['kind'], title: string, unit: string): DatasetDraft => {
    if (open?.kind !== kind) {
      close();
      open = { kind, title, unit, points: [] };
    }
    return open;
  };
  sentences.forEach((item, index) => {
    if (item.numbers.length === 0) return close();
    const composition = readComposition(item, toPoint);
    if (composition) {
      close();
      drafts.push({ kind: 'composition', ...composition });
      return;
    }
    const context = texts.slice(Math.max(0, index - 3), index + 1).join(' ');
    const comparison = readComparison(item, context, publishedYear, toPoint);
    if (comparison) return void openAs('comparison', pollTitle(texts, index, 'then and now'), '%').points.push(...comparison);
    const movement = readMarketMove(item, toPoint);
    if (movement) return void openAs('movement', MARKET_WORDS.test(item.sentence) ? 'Share and index moves' : 'Reported changes', '% change').points.push(...movement);
    const shares = readShares(item, toPoint);
    if (!shares) return close();
    const current = open as DatasetDraft | null;
    const total = (current?.kind === 'shares' ? current.points : []).reduce((sum, point) => sum + point.value, 0);
    if (current?.kind !== 'shares' || total + shares.reduce((sum, point) => sum + point.value, 0) > 101) {
      close();
      open = { kind: 'shares', title: pollTitle(texts, index, 'answers'), unit: '% of respondents', points: [] };
    }
    open!.points.push(...shares);
  });
  close();
  return drafts;
}
