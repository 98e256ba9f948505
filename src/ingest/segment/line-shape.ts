import { eng as ENGLISH_STOPWORDS } from 'stopword';
import { countWords } from '../text-lines.ts';

const STOPWORDS: ReadonlySet<string> = new Set(ENGLISH_STOPWORDS);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Share of a line's words that are function words ("the", "of", "was"). Running text is dense
 * with them (jusText uses the same cue); menus, names and credits are not.
 * @example stopwordShare('The talks began on Monday') // 0.4
 */
export function stopwordShare(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  return words.filter((word) => STOPWORDS.has(word.toLowerCase())).length / words.length;
}

/** Ends as a sentence does: a full stop, question or exclamation mark, or a closing quote after one. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim()) || /,["”’]$/.test(text.trim());
}

/** Short and without a sentence's final full stop: a headline, subheading or teaser link. */
export function isHeadlineShaped(text: string): boolean {
  const words = countWords(text);
  return words <= 25 && text.length <= 200 && !/[.;,]["'”’)]*$/.test(text);
}

/** A line of running text: long enough, sentence-shaped, and dense with function words. */
export function isProseShaped(text: string): boolean {
  const words = countWords(text);
  if (words >= 20) return stopwordShare(text) >= 0.15;
  return words >= 6 && endsLikeSentence(text) && stopwordShare(text) >= 0.15;
}

/** Every letter is a capital ("THE DAILY NEWS"): the shape of a site name or a label, rarely a headline. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && letters.every((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase());
}

/** "inTELEGRAM", "exchangeUkrainian": words a flattened page glued together, split again for reading cues. */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/** Share of a text's letters written in Latin script. */
export function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 1;
  return (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters;
}
