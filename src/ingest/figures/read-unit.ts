import { nlp } from '../nlp.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, NOT_COUNTED_NOUNS, PERCENT_WORDS, PERSON_NOUNS, RATE_NOUNS, THING_NOUNS } from '../lexicon/units.ts';
import type { NumberMention } from './find-numbers.ts';
import { escapeRegExp as escape } from '../../lib/escape-reg-exp.ts';

/** The unit a number is counted in, and the span of "number + unit" as written ("€2.1 billion", "56%"). */
export interface UnitReading {
  unit: string;
  start: number;
  end: number;
  kind: 'percent' | 'money' | 'measure' | 'count';
  /** for counts, the words naming what is counted ("severely wounded soldiers"), as offsets into the text */
  noun?: { start: number; end: number };
}

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const PERCENT_AFTER = new RegExp(`^\\s?(?:${alternatives(PERCENT_WORDS)})(?![a-z])`, 'i');
const SYMBOL_BEFORE = new RegExp(`(${alternatives(CURRENCY_SYMBOLS.map(([symbol]) => symbol))})\\s?$`);
const CURRENCY_AFTER = new RegExp(`^\\s+(${alternatives(CURRENCY_WORDS.map(([word]) => word))})\\b`, 'i');
const MEASURE_AFTER = new RegExp(`^(?:\\s+|-)(${alternatives(MEASURE_UNITS.map(([word]) => word))})\\b`, 'i');
const RATE_AFTER = new RegExp(`^\\s+(?:per|a)\\s+(${alternatives(RATE_NOUNS)})\\b`, 'i');
const symbols = new Map(CURRENCY_SYMBOLS);
const currencyWords = new Map(CURRENCY_WORDS);
const measures = new Map(MEASURE_UNITS);
const persons = new Set(PERSON_NOUNS);
const things = new Map(THING_NOUNS);
const notCounted = new Set(NOT_COUNTED_NOUNS);
/** Words between a number and its counted noun that end the search: the noun phrase is over. */
const PHRASE_BREAK = /^(?:of|in|on|at|to|for|from|by|with|and|or|but|than|that|which|who|were|was|are|is|have|has|had|will|would|the|a|an|this|these|their|its|his|her)$/i;

/**
 * Reads the unit after (or, for currency symbols, before) a number.
 * @example readUnit('a fee of £85m', { value: 85e6, start: 10, end: 13, inWords: false, ordinal: false }) // { unit: 'GBP', start: 9, end: 13, kind: 'money' }
 */
export function readUnit(text: string, number: NumberMention): UnitReading | null {
  const after = text.slice(number.end);
  const percent = after.match(PERCENT_AFTER);
  if (percent) return { unit: '%', start: number.start, end: number.end + percent[0].length, kind: 'percent' };
  const symbol = text.slice(0, number.start).match(SYMBOL_BEFORE);
  const word = after.match(CURRENCY_AFTER);
  if (symbol || word) {
    const code = symbol ? symbols.get(symbol[1]!)! : currencyWords.get(word![1]!.toLowerCase())!;
    const end = number.end + (symbol ? 0 : word![0].length);
    const rate = text.slice(end).match(RATE_AFTER);
    return { unit: rate ? `${code} per ${rate[1]!.toLowerCase()}` : code, start: number.start - (symbol?.[0].length ?? 0), end, kind: 'money' };
  }
  const measure = after.match(MEASURE_AFTER);
  if (measure) return { unit: measures.get(measure[1]!.toLowerCase())!, start: number.start, end: number.end + measure[0].length, kind: 'measure' };
  return readCountedNoun(text, number);
}

/** "40 injured fans" → people; "12 tankers" → vessels; "3,000 complaints" → complaints. */
function readCountedNoun(text: string, number: NumberMention): UnitReading | null {
  const words = [...text.slice(number.end).matchAll(/[\s“”"'‘’]*([A-Za-z][A-Za-z-]*)/gy)].slice(0, 4);
  let offset = number.end;
  for (const [whole, word] of words) {
    const wordStart = offset + whole.length - word!.length;
    offset += whole.length;
    const lower = word!.toLowerCase();
    if (PHRASE_BREAK.test(lower) || notCounted.has(lower)) return null;
    const unit = persons.has(lower) ? 'people' : (things.get(lower) ?? (isPluralNoun(lower, text.slice(number.start, wordStart + word!.length)) ? lower : null));
    if (unit) return { unit, start: number.start, end: number.end, kind: 'count', noun: { start: number.end + (text.slice(number.end).length - text.slice(number.end).trimStart().length), end: wordStart + word!.length } };
    if (/[.,;:!?]/.test(text.charAt(offset))) return null;
  }
  return null;
}

function isPluralNoun(word: string, phrase: string): boolean {
  if (!/s$/.test(word) || word.length < 4) return false;
  // Tagged after its number ("48,000 requests"): alone, "requests" and "names" read as verbs.
  const terms = (nlp(phrase).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? [];
  const tags = terms[terms.length - 1]?.tags ?? [];
  return tags.includes('Plural') || (tags.includes('Noun') && !tags.includes('Singular'));
}
