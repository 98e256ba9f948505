import { nlp } from '../nlp.ts';
import { SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon/units.ts';

/** A number as written in a text: `text.slice(start, end)` is the number with its scale word ("2.1 billion"). */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** written in words ("two million", "Sixty-three"), not digits */
  inWords: boolean;
  /** "18th", "third": a rank, never a quantity */
  ordinal: boolean;
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
  number?: { num: number };
  terms?: Array<{ tags: string[] }>;
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const scaleWords = new Map(SCALE_WORDS);
const scaleSuffixes = new Map(SCALE_SUFFIXES);
const SCALE_AFTER = new RegExp(`^(?:\\s?(${SCALE_SUFFIXES.map(([word]) => word).join('|')})|\\s+(${SCALE_WORDS.map(([word]) => word).join('|')}))\\b`, 'i');
const SCALE_ONLY = new RegExp(`^\\s*(?:${[...SCALE_SUFFIXES, ...SCALE_WORDS].map(([word]) => word).join('|')})\\b`, 'i');
const EDGE_BEFORE = /^[\s"'“‘(«[]+/;
const EDGE_AFTER = /[\s.,;:!?)"'”’»\]\-–—%]+$/;

/**
 * Finds the numbers of a sentence, in digits or words, with offsets into it.
 * compromise's `.numbers()` reads the number words ("two million", "four and a half"); its offsets
 * are trimmed to the words themselves. Digits are read by a small tokenizer instead, because
 * compromise (14.17) misses hyphen-joined ranges ("1,250-2,500"), merges neighbouring amounts into
 * one match with a wrong sum ("€90bn (£79bn; $105bn)"), ignores glued scale suffixes ("£85m" → 85)
 * and keeps trailing punctuation in its offsets.
 * @example findNumbers('It cost €2.1 billion.') // [{ value: 2100000000, start: 9, end: 20, inWords: false, ordinal: false }]
 */
export function findNumbers(text: string): NumberMention[] {
  const mentions = [...readDigitNumbers(text), ...readWordNumbers(text, 0, text)];
  return mentions
    .sort((a, b) => a.start - b.start || Number(a.inWords) - Number(b.inWords))
    .filter((mention, index, all) => index === 0 || mention.start >= all[index - 1]!.end);
}

function readDigitNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const digits of text.matchAll(DIGITS)) {
    const start = digits.index;
    let end = start + digits[0].length;
    const ordinal = /^(?:st|nd|rd|th)\b/i.test(text.slice(end));
    let value = Number(digits[0].replaceAll(',', ''));
    const scale = ordinal ? null : text.slice(end).match(SCALE_AFTER);
    if (scale) {
      value *= scaleSuffixes.get((scale[1] ?? '').toLowerCase()) ?? scaleWords.get((scale[2] ?? '').toLowerCase()) ?? 1;
      end += scale[0].length;
    }
    found.push({ value: roundFloat(value), start, end, inWords: false, ordinal });
  }
  return found;
}

/**
 * A generous net for every number word compromise reads (cardinals, ordinals, scales, "a day"), by whole
 * words: a net of substrings caught "someone", "often" and "weight" and sent nearly every sentence
 * through compromise, two thirds of the whole ingest's time.
 */
const MAY_HOLD_NUMBER_WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen(?:th)?s?|twent\w*|thirt\w*|fort(?:y|ieth)\w*|fift\w*|sixt\w*|sevent\w*|eight\w*|ninet\w*|hundred\w*|thousand\w*|million\w*|billion\w*|trillion\w*|dozens?|first|second|third|fourth|ninth|tenth|eleventh|twelfth|half|halves|quarters?|couple|score)\b|\ban?\s+(?:hour|day|week|month|year|minute|decade|century)/i;

/**
 * A scale word right after digits ("$101 million", "€69.0 bn") belongs to the digits, which
 * readDigitNumbers reads; compromise's match over it gives no number word (SCALE_ONLY pieces are
 * skipped), so it is no reason to parse the stretch.
 */
const DIGITS_WITH_SCALE = new RegExp(`\\d[\\d,.]*\\s?(?:${[...SCALE_SUFFIXES, ...SCALE_WORDS].map(([word]) => word).join('|')})\\b`, 'gi');

/**
 * "first" is a rank and nothing else (no fraction, no unit, unlike "second" or "third"): compromise would
 * read it as an ordinal, which is never a figure, so it alone is no reason to parse the stretch.
 */
const RANK_ONLY = /\bfirst\b/gi;

/** Whether a stretch may hold a number word only compromise can read: the net above, digits' own scale words and "first" left out. */
export function mayHoldNumberWord(stretch: string): boolean {
  return MAY_HOLD_NUMBER_WORD.test(stretch) && MAY_HOLD_NUMBER_WORD.test(stretch.replace(DIGITS_WITH_SCALE, ' ').replace(RANK_ONLY, ' '));
}

/** Number words of a stretch of text; where compromise's match also holds digits, the stretches between them are read again. */
function readWordNumbers(text: string, offset: number, stretch: string): NumberMention[] {
  const found: NumberMention[] = [];
  // compromise is the slow part of the stage; a stretch with no trace of a number word cannot give it one.
  if (!mayHoldNumberWord(stretch)) return found;
  for (const match of nlp(stretch).numbers().json({ offset: true }) as CompromiseMatch[]) {
    const start = offset + match.offset.start;
    const raw = text.slice(start, start + match.offset.length);
    const ordinal = (match.terms ?? []).some((term) => term.tags.includes('Ordinal'));
    if (!/\d/.test(raw)) {
      const word = readWordNumber(text, start, raw, match.number?.num);
      if (word) found.push({ ...word, ordinal });
      continue;
    }
    const pieces = raw.split(/\d[\d,.]*/);
    let cursor = start;
    for (const piece of pieces) {
      const pieceStart = text.indexOf(piece, cursor);
      cursor = pieceStart + piece.length;
      if (piece.length >= raw.length) continue;
      // "101 million and two hundred": the digits' own scale word is theirs; what follows it is read again.
      const scale = piece.match(SCALE_ONLY)?.[0].length ?? 0;
      const rest = piece.slice(scale);
      if (/[a-z]{3,}/i.test(rest)) found.push(...readWordNumbers(text, pieceStart + scale, rest));
    }
  }
  return found;
}

/** Word numbers keep compromise's value; "a thousand" takes back its "a", which compromise leaves out. */
function readWordNumber(text: string, spanStart: number, raw: string, value: number | undefined): Omit<NumberMention, 'ordinal'> | null {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return null;
  const lead = raw.match(EDGE_BEFORE)?.[0].length ?? 0;
  const trail = raw.slice(lead).match(EDGE_AFTER)?.[0].length ?? 0;
  let start = spanStart + lead;
  const end = spanStart + raw.length - trail;
  if (end <= start) return null;
  if (scaleWords.has(text.slice(start, end).toLowerCase()) && /\ban?\s$/i.test(text.slice(0, start))) start -= text.slice(0, start).match(/an?\s$/i)![0].length;
  return { value, start, end, inWords: true };
}

/** compromise and float scaling give 4190000000000.0005 for "4.19 trillion". */
function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}
