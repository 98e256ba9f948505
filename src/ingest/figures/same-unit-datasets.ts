import { nlp } from '../nlp.ts';
import type { DataPoint } from '../../data/contract.ts';
import type { DatasetDraft } from './percent-datasets.ts';
import type { SentenceFigures } from './read-figures.ts';

/** Two values joined like this are the ends of one range ("10 or 12 days"), not two things to compare. */
const RANGE_JOIN = /^\s*(?:to|or|-|–|and)\s*$/;

/**
 * Charts the figures of one sentence that share a unit ("31% in Lyon, 44% in Lille, 52% in
 * Nantes"; "£85m for one player, £40m for another"), each point labelled by its figure; figures
 * already charted elsewhere and the two ends of a range are left out.
 * @example sameUnitDatasets(sentences, new Set()) // [{ kind: 'same-unit', title: 'Transfer fees', unit: 'GBP', points: [...] }]
 */
export function sameUnitDatasets(sentences: readonly SentenceFigures[], charted: ReadonlySet<string>): DatasetDraft[] {
  const drafts: DatasetDraft[] = [];
  for (const item of sentences) {
    const byUnit = new Map<string, SentenceFigures['figures']>();
    for (const found of item.figures) {
      if (charted.has(found.figure.id)) continue;
      byUnit.set(found.figure.unit, [...(byUnit.get(found.figure.unit) ?? []), found]);
    }
    for (const [unit, group] of byUnit) {
      const isRange = group.length === 2 && RANGE_JOIN.test(item.blockText.slice(group[0]!.end, group[1]!.start).replace(/^\s*[^\s\d]*\s*(?=(?:to|or|and)\b)/, ' '));
      if (group.length < 2 || isRange || new Set(group.map((found) => found.figure.label)).size < group.length) continue;
      const points: DataPoint[] = group.map(({ figure }) => ({ label: figure.label, value: figure.value, block: figure.block, start: figure.start, end: figure.end }));
      drafts.push({ kind: 'same-unit', title: sentenceSubject(item.sentence) ?? group[0]!.figure.label, unit, points });
    }
  }
  return drafts;
}

/** The sentence's first noun phrase ("Turnout was 58% in …" → "Turnout"), a title for what its figures share. */
function sentenceSubject(sentence: string): string | null {
  const noun = (nlp(sentence).nouns().out('array') as string[])[0]?.replace(/^(?:the|a|an)\s+/i, '').replace(/[,.;:]+$/, '');
  return noun ? noun.charAt(0).toUpperCase() + noun.slice(1) : null;
}
