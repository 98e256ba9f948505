import type { DataPoint } from '../../data/contract.ts';
import { MOVEMENT_DOWN_VERBS, MOVEMENT_UP_VERBS } from '../lexicon/units.ts';
import { answerFor, answerLabel, capitalise, subjectNames } from './poll-answers.ts';

/** A share of one sentence: value and offsets into the block text. */
export interface PercentNumber {
  value: number;
  start: number;
  end: number;
}

/** A sentence with its percentages, offsets into the block text. */
export interface PercentSentence {
  block: number;
  blockText: string;
  sentence: string;
  sentenceStart: number;
  numbers: PercentNumber[];
}

/** Builds a chart point of a number: (sentence, number, label, value?, series?) → point with source offsets. */
export type ToPoint = (item: PercentSentence, number: PercentNumber, label: string, value?: number, series?: string) => DataPoint;

const words = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');
const MOVEMENT_DOWN = words(MOVEMENT_DOWN_VERBS.filter((verb) => !['lower', 'off', 'less'].includes(verb)));
const MOVEMENT_UP = words(MOVEMENT_UP_VERBS.filter((verb) => verb !== 'higher'));

const sentenceEnd = (item: PercentSentence) => item.sentenceStart + item.sentence.length;

/** "Negative views dropped from 40% to 30%", "20% – double the 10% recorded ten years ago": then and now. */
export function readComparison(item: PercentSentence, context: string, year: string | null, toPoint: ToPoint): DataPoint[] | null {
  const label = answerLabel(item.sentence);
  if (!label) return null;
  const thenSeries = context.match(/\bcompared (?:to|with)\s+(\d{4})\b/i)?.[1] ?? 'Before';
  const nowSeries = year ?? 'Now';
  const fromTo = /\bfrom\s+[\d.]+\s*(?:%|per\s?cent|percent)\s+to\s+[\d.]+\s*(?:%|per\s?cent|percent)/i.test(item.sentence);
  const [first, second, ...rest] = item.numbers;
  if (fromTo && first && second) {
    const points = [toPoint(item, first, label, first.value, thenSeries), toPoint(item, second, label, second.value, nowSeries)];
    rest.forEach((extra, index) => {
      const extraLabel = answerFor(item.blockText, item.numbers, index + 2, item.sentenceStart, sentenceEnd(item));
      if (extraLabel) points.push(toPoint(item, extra, extraLabel, extra.value, nowSeries));
    });
    return points;
  }
  if (first && second && item.numbers.length === 2 && /\b(?:ago|recorded|previously|up from|down from|compared)\b/i.test(item.blockText.slice(second.end, second.end + 40) + item.blockText.slice(first.end, second.start))) {
    return [toPoint(item, second, label, second.value, thenSeries), toPoint(item, first, label, first.value, nowSeries)];
  }
  return null;
}

/** "The Acme Index fell 2.6%", "Foo and Bar were down 10.1% and 9.5%, respectively": signed moves. */
export function readMarketMove(item: PercentSentence, toPoint: ToPoint): DataPoint[] | null {
  const before = item.blockText.slice(item.sentenceStart, item.numbers[0]!.start);
  const down = MOVEMENT_DOWN.test(before);
  if (!down && !MOVEMENT_UP.test(before)) return null;
  const sign = down ? -1 : 1;
  const names = subjectNames(before.slice(0, before.search(down ? MOVEMENT_DOWN : MOVEMENT_UP)));
  if (/\brespectively\b/i.test(item.sentence) && names.length === item.numbers.length) {
    return item.numbers.map((number, index) => toPoint(item, number, names[index]!, sign * number.value));
  }
  if (item.numbers.length === 1 && names.length === 1) return [toPoint(item, item.numbers[0]!, names[0]!, sign * item.numbers[0]!.value)];
  return null;
}

/** "A pledge of 5% of GDP, 3.5% for core needs and 1.5% for security": a total and the parts that sum to it. */
export function readComposition(item: PercentSentence, toPoint: ToPoint): { title: string; unit: string; points: DataPoint[] } | null {
  if (item.numbers.length < 3) return null;
  const [total, ...parts] = item.numbers;
  const sum = parts.reduce((acc, part) => acc + part.value, 0);
  if (Math.abs(sum - total!.value) > 0.05) return null;
  const labels = parts.map((part, index) => {
    const next = parts[index + 1]?.start ?? sentenceEnd(item);
    const phrase = item.blockText.slice(part.end, next).match(/^\s*(?:of\s+\S+\s+)?(?:for|on|to|in)\s+([^,;.]+?)(?:\s+and\s*)?(?:[,.;]|$)/i)?.[1];
    return phrase ? capitalise(phrase.trim()) : null;
  });
  if (labels.some((label) => !label)) return null;
  const ofWhat = item.blockText.slice(total!.end, total!.end + 12).match(/^\s*of\s+(GDP|[A-Z]{2,})/)?.[1];
  const noun = item.blockText.slice(item.sentenceStart, total!.start).match(/((?:[a-z-]+\s+){0,3}(?:pledge|target|budget|plan|goal|commitment|increase))\s+(?:of\s+)?$/i)?.[1];
  return {
    title: noun ? capitalise(noun.replace(/^(?:a|an|the|new)\s+/i, '').replace(/^new\s+/i, '')) : 'Total and its parts',
    unit: ofWhat ? `% of ${ofWhat}` : '%',
    points: [toPoint(item, total!, 'Total'), ...parts.map((part, index) => toPoint(item, part, labels[index]!))],
  };
}

/** Poll answers: every share of the sentence names its own answer, or the sentence is no poll. */
export function readShares(item: PercentSentence, toPoint: ToPoint): DataPoint[] | null {
  const points: DataPoint[] = [];
  for (const [index, number] of item.numbers.entries()) {
    const label = answerFor(item.blockText, item.numbers, index, item.sentenceStart, sentenceEnd(item));
    if (!label) return null;
    points.push(toPoint(item, number, label));
  }
  return points;
}
