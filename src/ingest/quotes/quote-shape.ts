import { countWords, type Span } from '../text-lines.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { nlp } from '../nlp.ts';
import { CUE_VERB } from './speech-cues.ts';

const LEAD_INTRODUCES = new RegExp(String.raw`(?:^\s*|[,:]\s*|\bthat\s*|\b${CUE_VERB}\s*)$`, 'iu');
/** Words a one-word quotation may be followed by and still be the speaker's word, not a label ("‘unfriendly’ nations"). */
const FUNCTION_WORD_AFTER = /^\s*(?:[,.;:!?)—–-]|$|(?:the|a|an|to|of|in|on|at|for|and|or|but|with|by|about|as|from|that|this|those|these|it|its|their|his|her|our|into|over|after|before|if|when)\b)/iu;

/**
 * Direct when the quotation is the speaker's sentence or clause: it opens its sentence or follows a
 * cue ("said:", "told reporters that"), and ends the sentence or is followed by the cue. Partial when
 * it is a fragment woven into the reporter's words (he called the ruling “a disgrace” and left).
 * @example quoteKind('He said “we won” twice.', span, { start: 0, end: 23 }, false) // 'partial'
 */
export function quoteKind(text: string, span: QuoteSpan, sentence: Span, cuedAfter: boolean): 'direct' | 'partial' {
  const lead = text.slice(sentence.start, span.open);
  const rest = text.slice(span.close + 1, sentence.end);
  const endsSentence = cuedAfter || /^[\s,.!?;]*$/.test(rest);
  return LEAD_INTRODUCES.test(lead) && endsSentence ? 'direct' : 'partial';
}

/**
 * Enough words to be a quotation rather than a term: two for a direct quote with a cue ("Of course."),
 * three for one that only continues the previous speaker, and one for a fragment unless it labels the
 * noun after it ("the ‘unfriendly’ countries" is a name for them, not anybody's word).
 * @example wordsAreEnough('She called it “historic” again.', span, 'partial', false) // true
 */
export function wordsAreEnough(text: string, span: QuoteSpan, kind: 'direct' | 'partial', continued: boolean): boolean {
  const words = countWords(text.slice(span.start, span.end));
  if (continued) return words >= 3;
  if (kind === 'direct') return words >= 2;
  if (words <= SHORT_TERM_WORDS && isTermInQuotes(text, span)) return false;
  // "“dictator,” Trump argued": the clause's comma is inside the closing mark, as American style sets it.
  return words >= 2 || FUNCTION_WORD_AFTER.test(text.slice(span.close + 1)) || /[,.;:!?]$/.test(text.slice(span.start, span.end).trimEnd());
}

const SHORT_TERM_WORDS = 3;
/** The word right after a closing mark, when nothing but a space stands between them. */
const WORD_AFTER = /^\s(\p{Ll}[\p{L}-]*)/u;

/**
 * A short quotation is a term, not anybody's words, when the reporter marks it as one ("the
 * so-called “truce”") or uses it to modify the word after it ("swap “all for all” wounded
 * prisoners"), with no speech or framing verb before it. "called it a “disaster”" and "must keep a
 * “strong army”" stay the speaker's words.
 */
function isTermInQuotes(text: string, span: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, span.open - 60), span.open);
  if (/\bso-called\s*$/i.test(before)) return true;
  // "violated the “Easter truce”", "joined the “Coalition of the Willing”": a capitalised name after "the" names a thing.
  if (/\bthe\s*$/i.test(before) && /^\p{Lu}\p{Ll}/u.test(text.slice(span.start, span.end).trimStart())) return true;
  if (/[,.;:!?]\s*$/.test(text.slice(span.start, span.end))) return false;
  const next = text.slice(span.close + 1).match(WORD_AFTER)?.[1];
  if (!next || FUNCTION_WORD_AFTER.test(` ${next}`)) return false;
  const tags = nlp(next).json() as Array<{ terms: Array<{ tags: string[] }> }>;
  const nextTags = tags[0]?.terms[0]?.tags ?? [];
  // A noun or an adverb right after the marks: the quotation modifies it ("“all or nothing” penalty rules").
  return nextTags.includes('Noun') || nextTags.includes('Adverb');
}

/**
 * The words of a quotation without the comma or full stop that English puts inside the closing mark.
 * @example trimQuote('“We won,” he said', span) // the offsets of "We won"
 */
export function trimQuote(text: string, span: QuoteSpan): Span | null {
  let end = span.end;
  while (end > span.start && /[\s,;:]/.test(text[end - 1]!)) end--;
  // The full stop belongs to the sentence, not the words; "U.S." keeps its own.
  if (end > span.start + 1 && text[end - 1] === '.' && /[\p{Ll}\d)\]]/u.test(text[end - 2]!)) end--;
  let start = span.start;
  while (start < end && /\s/.test(text[start]!)) start++;
  return end > start ? { start, end } : null;
}
