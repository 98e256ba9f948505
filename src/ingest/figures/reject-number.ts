import { SAMPLE_WORDS } from '../lexicon/units.ts';
import type { NumberMention } from './find-numbers.ts';
import type { UnitReading } from './read-unit.ts';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s$`);
const MONTH_AFTER = new RegExp(`^\\s(?:of\\s)?${MONTH}\\b`);
const SAMPLE_BEFORE = new RegExp(`\\b(?:${SAMPLE_WORDS.join('|')})\\b[^.;]{0,20}$`, 'i');
const SAMPLE_AFTER = new RegExp(`^\\s*(?:\\w+\\s+){0,2}(?:${SAMPLE_WORDS.join('|')})\\b`, 'i');

/**
 * Why a number read with a unit is still not a figure a reader would compare, or null when it is one.
 * Years, ranks, clock times, dates, survey sample sizes, ages and numbers that are part of a name
 * ("G7", "Su-35") are left out, as the gold and a reader leave them out.
 * @example rejectNumber('at 4:50 p.m.', { value: 50, start: 5, end: 7, inWords: false, ordinal: false }, null) // 'clock time'
 */
export function rejectNumber(text: string, number: NumberMention, reading: UnitReading | null): string | null {
  const before = text.slice(0, number.start);
  const after = text.slice(number.end);
  const written = text.slice(number.start, number.end);
  if (number.ordinal) return 'ordinal';
  if (/\d:$/.test(before) || /^:\d{2}/.test(after)) return 'clock time';
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|o['’]clock)/i.test(after)) return 'clock time';
  if (/^\d{1,2}$/.test(written) && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return 'date';
  if (/\d{4}-\d{1,2}-$/.test(before) || /^-\d{1,2}-\d{1,2}\b/.test(after)) return 'date';
  if (reading?.kind === 'measure' && reading.unit !== 'km' && reading.unit !== 'points' && (/\b(?:past|last|next|first|coming|previous|recent|within)\s+$/i.test(before) || /^\s+(?:low|high|poll|survey)\b/i.test(text.slice(reading.end)))) return 'reference period';
  if (isYear(written, reading) || /\b(?:1[89]|20)\d{2}[-–/]$/.test(before)) return 'year';
  if (/[A-Za-z]-?$/.test(before) || (/[A-Za-z]/.test(after.charAt(0)) && (reading === null || reading.kind === 'count'))) return 'part of a name';
  if (/\b(?:aged?|age of)\s$/i.test(before) || /^[-\s]years?[-\s]old\b/i.test(after)) return 'age';
  if (/\b(?:poll|survey|sample|study) of\s$/i.test(before) || (reading?.kind === 'count' && SAMPLE_BEFORE.test(before)) || (reading?.kind === 'count' && reading.unit === 'people' && SAMPLE_AFTER.test(text.slice(reading.noun?.end ?? number.end)))) return 'sample size';
  if (/^\s?\d{2,}[\s-]\d{2,}/.test(after) || /\+\s?$/.test(before)) return 'phone number';
  // compromise reads "“Six thousand" as "thousand" when a quote mark or capital hides the first word.
  if (number.inWords && /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]+$/i.test(before)) return 'partly read number';
  if (number.inWords && number.value < 10 && reading?.kind === 'count') return 'a handful named in words';
  // "a thousand reasons", "a hundred times": a round word with "a" before a count is a manner of speaking.
  if (number.inWords && reading?.kind === 'count' && /^an?\s+(?:hundred|thousand)$/i.test(written)) return 'figure of speech';
  // "several thousand troops", "tens of thousands", "hundreds of millions": an order of size, not a value to chart.
  if (/\b(?:several|a few|few|many|some|tens of|hundreds of|thousands of|dozens of|millions of)\s+$/i.test(before) && (number.inWords || /^(?:thousand|million|billion)s?\b/i.test(written))) return 'vague quantity';
  if (number.inWords && /^(?:thousands|millions|billions|hundreds|dozens)\b/i.test(written)) return 'vague quantity';
  return null;
}

/** A four-digit integer from 1800 to 2100 with no comma, not a share or an amount, is a year. */
function isYear(written: string, reading: UnitReading | null): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const value = Number(written);
  return value >= 1800 && value <= 2100 && reading?.kind !== 'percent' && reading?.kind !== 'money';
}
