import { BYLINE_PATTERNS, CREDIT_PATTERNS, JOURNALIST_ROLES } from '../lexicon/chrome-cues.ts';
import { CREDIT_LINE_WORDS } from '../lexicon/credit-words.ts';
import { NAME_PARTICLES } from '../lexicon/name-particles.ts';
import { isCommonWord } from '../name-lexicon.ts';
import { NAME_RUN, isTitleWord, tokensOf } from './name-shape.ts';

/** A stretch of a block's text, as offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

const ROLE_PREFIXES = JOURNALIST_ROLES.flatMap((role) => role.split(' '));
const FILLER = new Set([...CREDIT_LINE_WORDS, ...NAME_PARTICLES, ...ROLE_PREFIXES]);
// A credit is short; a body sentence that merely opens with "By" ("By Friday, …") goes on past this.
const MAX_CREDIT_WORDS = 24;
const MAX_NAME_LINE_WORDS = 12;

/** Every lowercase word is a joiner or a journalist's title ("editorand": text glued by the scrape counts too). */
function hasOnlyCreditWords(text: string): boolean {
  const lowercase = text.match(/(?<![\p{L}\p{M}’'-])\p{Ll}[\p{L}\p{M}’'-]*/gu) ?? [];
  return lowercase.every((word) => FILLER.has(word) || ROLE_PREFIXES.some((role) => word.startsWith(role)));
}

/** Capitalised words that are names or titles, not a headline's verbs ("Minister Resigns"). */
function hasOnlyNameRuns(text: string): boolean {
  const runs = [...text.matchAll(NAME_RUN)];
  if (runs.length === 0 || runs.length > 4) return false;
  return runs.every((run) => {
    const words = tokensOf(run[0], 0).map((token) => token.text.replace(/[.,;:]$/u, ''));
    const nameWords = words.filter((word) => !isTitleWord(word));
    return nameWords.length >= 1 && nameWords.length <= 4 && nameWords.every((word) => !isCommonWord(word));
  });
}

/**
 * A sentence that says who wrote, reported or photographed the page ("By Ada Okafor", "Photo by Ada
 * Okafor/Agency via Getty Images", "Ada Okafor contributed to this report", "Editor: Ada Okafor").
 * The cues are the segmenter's (lexicon/chrome-cues.ts); a cue at the line start must be followed
 * by names only, so "By Friday, the striker had signed" stays a body sentence.
 */
export function isCreditSentence(sentence: string): boolean {
  const text = sentence.trim().replace(/^[\s|•·–—-]+/u, '');
  if (!text || text.split(/\s+/).length > MAX_CREDIT_WORDS) return false;
  if (CREDIT_PATTERNS.some((pattern) => pattern.test(text))) return true;
  return BYLINE_PATTERNS.some((pattern) => pattern.test(text)) && (hasOnlyCreditWords(text) || /contributed|can be reached/i.test(text));
}

/**
 * A short line made of names alone, or names with a journalist's title: an author line above the
 * body ("Ada Okafor", "Ada Okafor, senior correspondent") or a caption naming who is pictured.
 */
export function isNameOnlyLine(line: string): boolean {
  const text = line.trim().replace(/^[\s|•·–—-]+/u, '');
  if (!text || /[.!?:"“”]$/u.test(text) || text.split(/\s+/).length > MAX_NAME_LINE_WORDS) return false;
  return hasOnlyCreditWords(text) && hasOnlyNameRuns(text);
}

// A sentence ends at . ! ? before a capital, unless the full stop closes an initial or "U.S.".
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?]+\s+(?=[\p{Lu}“"‘'(])/gu;

function sentencesOf(line: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  let start = 0;
  for (const end of line.matchAll(SENTENCE_END)) {
    sentences.push({ text: line.slice(start, end.index + end[0].length), start });
    start = end.index + end[0].length;
  }
  if (start < line.length) sentences.push({ text: line.slice(start), start });
  return sentences;
}

/**
 * The parts of a block that are bylines, credits or captions: no person is taken from them.
 * A safety net behind the segmenter, which cuts most such lines as chrome before this stage.
 * @example creditSpans('By Ada Okafor\nThe striker signed.') // [{ start: 0, end: 13 }]
 */
export function creditSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (isNameOnlyLine(line[0])) {
      spans.push({ start: line.index, end: line.index + line[0].length });
      continue;
    }
    for (const sentence of sentencesOf(line[0])) {
      const start = line.index + sentence.start;
      if (isCreditSentence(sentence.text)) spans.push({ start, end: start + sentence.text.length });
    }
  }
  return spans;
}
