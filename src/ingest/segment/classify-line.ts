import * as chrono from 'chrono-node';
import {
  BYLINE_PATTERNS,
  CAPTION_PATTERNS,
  CALL_TO_ACTION_VERBS,
  CREDIT_PATTERNS,
  INTERFACE_LINES,
  INTERFACE_WORDS,
  LINK_PREFIXES,
  NOTICE_PHRASES,
  normaliseChromeKey,
} from '../lexicon/chrome-cues.ts';
import { countWords } from '../text-lines.ts';
import { endsLikeSentence, latinShare, stopwordShare, unglue, wordsOf } from './line-shape.ts';

export interface PageTraits {
  /** most of the page's letters are Latin: a line in another script is a language menu or an app prompt */
  latinPage: boolean;
}

const AGE_PHRASE = /^(?:an?|one|\d+|a few|several)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b/i;
/** "5 min", "· 3 mins read", "Reading time: 4 minutes": how long the site says the article takes. */
const READING_TIME = /(?:^|[·|•]\s*)\d+\s*(?:min|mins|minutes?)\b(?:\s*read)?\s*$|^reading time\b/i;
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b/gi;
const NUMERIC_DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/g;
const TIME_WORDS = /\b(?:published|updated|posted|modified|last|on|at|am|pm|utc|gmt|cet|cest|est|edt|pst|pdt|ist|msk|eet|eest|bst|ago|time|date|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\butc\s*[+-]\s*\d+\b/gi;

const INTERFACE_WORD_PATTERNS = INTERFACE_WORDS.map((word) => new RegExp(`(?:^|[^\\p{L}])${word.replace(/ /g, '\\s+')}(?:$|[^\\p{L}])`, 'u'));

function hasInterfaceWord(lower: string): boolean {
  return INTERFACE_WORD_PATTERNS.some((pattern) => pattern.test(lower));
}

/** "Oct 3, 2031 |", "Published Thu, Mar 6, 2031 · 11:05 AM", "09:30 UTC+2, 2031-04-07": a line that is only a time. */
export function isTimeLine(text: string): boolean {
  // A time line always has a digit; chrono is the costly part, so lines without one never reach it.
  if (countWords(text) > 14 || !/\d/.test(text)) return false;
  let rest = text;
  for (const result of chrono.parse(text)) rest = rest.replace(result.text, ' ');
  rest = rest.replace(NUMERIC_DATE, ' ').replace(CLOCK_TIME, ' ').replace(TIME_WORDS, ' ');
  if (rest === text) return false;
  // What is left once dates and times are gone may be a name or an agency ("Reuters28-07-2025"), never a clause.
  const leftover = wordsOf(rest).filter((word) => !/^\d+$/.test(word));
  const nameLike = leftover.every((word) => /^\p{Lu}/u.test(word));
  return /\d/.test(text) && (leftover.length === 0 || (leftover.length <= 2 && nameLike));
}

function isCallToAction(text: string, lower: string, words: number): boolean {
  if (words > 25) return false;
  const first = wordsOf(lower)[0] ?? '';
  const addressesReader = /\b(?:you|your|us)\b/.test(lower);
  const label = lower.match(/^([\p{L} ]+):/u)?.[1];
  if (label && INTERFACE_WORDS.includes(label.trim())) return true;
  if (hasInterfaceWord(lower) && (words <= 8 || addressesReader || !endsLikeSentence(text))) return true;
  // "Try our AI features", "Explore what X can do for you": an imperative addressed to the reader, in the site's voice.
  if (!CALL_TO_ACTION_VERBS.includes(first)) return false;
  return ((addressesReader || /\bour\b/.test(lower)) && words <= 12) || (/!\s*$/.test(text) && words <= 8);
}

function isByline(line: string, words: number): boolean {
  // "(Reporting by … in Moscow and … in Washington; Editing by …)": wire footers come in brackets and run longer.
  const text = line.replace(/^[([]\s*/, '');
  if (/^(?:additional )?(?:reporting|writing|editing) by\b/i.test(text) && words <= 30) return true;
  if (words > 12) return false;
  if (/^source\s*:/i.test(text) && words > 6) return false;
  return BYLINE_PATTERNS.some((pattern) => pattern.test(text));
}

/** One lowercase word or a bare number alone on a line ("logo", "topic", "0"): a widget label. */
function isStrayLabel(text: string): boolean {
  return /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(text) || /^\d+$/.test(text);
}

/** A word printed twice without a space ("RussiaRussia"): a tag cloud flattened into text. */
function isGluedTag(text: string): boolean {
  const match = text.match(/^(\p{Lu}\p{Ll}+)\1$/u);
  return match !== null;
}

/**
 * Why a line, taken on its own, is site chrome rather than article text, or null when nothing in
 * the line itself says so (its neighbours may still decide: see page-zones.ts).
 * @example chromeReasonOf('Photo: Jane Roe/AFP', { latinPage: true }) // 'photo caption or credit'
 */
export function chromeReasonOf(text: string, traits: PageTraits): string | null {
  const lower = normaliseChromeKey(unglue(text));
  const words = countWords(text);
  if (!/[\p{L}\p{N}]/u.test(text)) return 'stray punctuation';
  if (INTERFACE_LINES.includes(lower)) return 'site interface text';
  if (LINK_PREFIXES.some((prefix) => lower.startsWith(prefix))) return 'link or promotion';
  if (NOTICE_PHRASES.some((phrase) => lower.includes(phrase)) && words <= 30) return "the site's notice about its text";
  if (isByline(text, words)) return 'byline or source line';
  if (CREDIT_PATTERNS.some((pattern) => pattern.test(text)) && words <= 100) return 'photo caption or credit';
  if (CAPTION_PATTERNS.some((pattern) => pattern.test(text)) && words <= 30 && !/[“”"]/.test(text)) return 'photo caption or credit';
  if (AGE_PHRASE.test(text) && words <= 5) return 'time label';
  if (READING_TIME.test(text) && words <= 8) return "the site's notice about its text";
  if (isTimeLine(text)) return 'publication time line';
  if (isCallToAction(text, lower, words)) return 'call to action or interface prompt';
  if (traits.latinPage && latinShare(text) < 0.5) return 'text in another script (a language menu or prompt)';
  if (isStrayLabel(text)) return 'widget label';
  if (isGluedTag(text)) return 'tag label';
  if (/^\|/.test(text) || /\|\s*$/.test(text)) return words <= 6 ? 'separator line of the page header' : null;
  if (words <= 4 && /\s[/|>»]\s/.test(text) && stopwordShare(text) < 0.5) return 'breadcrumb menu';
  return null;
}
