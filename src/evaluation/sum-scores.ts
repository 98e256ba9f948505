import type { DocumentScore } from './score-extraction.ts';

export interface ScoreTotals {
  documents: number;
  found: number;
  correct: number;
  /** null when there is nothing to divide by */
  precision: number | null;
  named: number;
  recalled: number;
  recall: number | null;
  nameMentions: number;
  nameMentionRecall: number | null;
  merges: number;
  splits: number;
  dated: number;
  exactDates: number;
  dateAccuracy: number | null;
  missingDates: number;
  /** over documents where Readout gave a date */
  meanAbsoluteErrorDays: number | null;
}

/**
 * Micro-averaged totals over documents: every person and every document counts once, so a long
 * article weighs more than a short one, as it does for a reader.
 * @example sumScores(scoreExtraction(documents, corpus)).precision // 0.5
 */
export function sumScores(scores: readonly DocumentScore[]): ScoreTotals {
  const sum = (pick: (score: DocumentScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const found = sum((score) => score.people.found);
  const correct = sum((score) => score.people.correct);
  const named = sum((score) => score.people.named);
  const recalled = sum((score) => score.people.recalled);
  const nameMentions = sum((score) => score.people.nameMentions);
  const covered = sum((score) => score.people.nameMentionsCovered);
  const dated = scores.filter((score) => score.date.expected !== null);
  const errors = dated.flatMap((score) => (score.date.errorDays === null ? [] : [score.date.errorDays]));
  const exactDates = errors.filter((days) => days === 0).length;
  return {
    documents: scores.length,
    found,
    correct,
    precision: ratio(correct, found),
    named,
    recalled,
    recall: ratio(recalled, named),
    nameMentions,
    nameMentionRecall: ratio(covered, nameMentions),
    merges: sum((score) => score.people.merges.length),
    splits: sum((score) => score.people.splits.length),
    dated: dated.length,
    exactDates,
    dateAccuracy: ratio(exactDates, dated.length),
    missingDates: dated.filter((score) => score.date.predicted === null).length,
    meanAbsoluteErrorDays: ratio(errors.reduce((total, days) => total + days, 0), errors.length),
  };
}
