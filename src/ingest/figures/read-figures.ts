import type { Block, Figure } from '../../data/contract.ts';
import { splitSentences } from '../text-lines.ts';
import { findNumbers, type NumberMention } from './find-numbers.ts';
import { labelFigure, readMovement } from './label-figure.ts';
import { readUnit, type UnitReading } from './read-unit.ts';
import { rejectNumber } from './reject-number.ts';

/** A figure with the block-relative offsets and the movement its sentence gives it, for grouping. */
export interface FoundFigure {
  figure: Figure;
  /** offsets into the block's text */
  start: number;
  end: number;
  movement: 'fall' | 'rise' | null;
}

/** One sentence of a block with the figures read from it. */
export interface SentenceFigures {
  block: number;
  blockText: string;
  sentence: string;
  /** offset of the sentence in the block's text */
  sentenceStart: number;
  figures: FoundFigure[];
}

/** Two numbers joined like this share the second one's unit: "10 or 12 days", "1,250-2,500 km". */
const RANGE_JOIN = /^\s*(?:to|or|-|–|and)\s*$/;

/**
 * Reads every figure of an article's body, sentence by sentence; headings are left out because a
 * headline repeats a number of the text and is no figure of its own.
 * @example readFigures('a1', [{ type: 'paragraph', text: 'The club paid £85m.', start: 0, end: 19 }])[0]?.figures[0]?.figure.value // 85000000
 */
export function readFigures(articleId: string, blocks: readonly Block[]): SentenceFigures[] {
  const sentences: SentenceFigures[] = [];
  let count = 0;
  blocks.forEach((block, blockIndex) => {
    if (block.type === 'heading') return;
    for (const span of splitSentences(block.text)) {
      const sentence = block.text.slice(span.start, span.end);
      const figures = readSentence(sentence).map(({ reading, label, movement, value }) => ({
        figure: { id: `${articleId}-figure-${++count}`, articleId, value, unit: reading.unit, label, block: blockIndex, start: block.start + span.start + reading.start, end: block.start + span.start + reading.end },
        start: span.start + reading.start,
        end: span.start + reading.end,
        movement,
      }));
      sentences.push({ block: blockIndex, blockText: block.text, sentence, sentenceStart: span.start, figures });
    }
  });
  return sentences;
}

interface SentenceFigure {
  reading: UnitReading;
  label: string;
  movement: 'fall' | 'rise' | null;
  value: number;
}

function readSentence(sentence: string): SentenceFigure[] {
  const numbers = findNumbers(sentence);
  const readings = numbers.map((number) => readUnit(sentence, number));
  const found: SentenceFigure[] = [];
  let previousMoney: { end: number; conversion: boolean } | null = null;
  numbers.forEach((number, index) => {
    const reading = readings[index] ?? inheritRangeUnit(sentence, number, numbers[index + 1], readings[index + 1] ?? null);
    if (!reading || rejectNumber(sentence, number, reading)) return;
    if (reading.kind === 'money') {
      const conversion = isConversion(sentence.slice(previousMoney?.end ?? 0, reading.start), previousMoney);
      previousMoney = { end: reading.end, conversion };
      if (conversion) return;
    }
    const movement = reading.kind === 'percent' ? (readMovement(sentence, reading.start, reading.end)?.direction ?? null) : null;
    found.push({ reading, label: labelFigure(sentence, reading), movement, value: number.value });
  });
  return found;
}

/** "10 or 12 days": the first number of a range is counted in the unit written after the second. */
function inheritRangeUnit(sentence: string, number: NumberMention, next: NumberMention | undefined, nextReading: UnitReading | null): UnitReading | null {
  if (!next || !nextReading || nextReading.kind === 'money' || !RANGE_JOIN.test(sentence.slice(number.end, next.start))) return null;
  return { unit: nextReading.unit, start: number.start, end: number.end, kind: nextReading.kind, ...(nextReading.noun ? { noun: nextReading.noun } : {}) };
}

/** "€90bn (£79bn; $105bn)": amounts in brackets right after an amount restate it in other currencies. */
function isConversion(between: string, previous: { conversion: boolean } | null): boolean {
  if (!previous) return false;
  return /^\s*[([]\s*$/.test(between) || (previous.conversion && /^\s*[;,/]\s*$/.test(between));
}
