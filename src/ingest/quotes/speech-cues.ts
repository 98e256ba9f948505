import { WEEKDAY_NAMES } from '../calendar-days.ts';
import { SPEECH_VERBS, type SpeechVerbUse } from '../lexicon/speech-verbs.ts';

function alternation(uses: readonly SpeechVerbUse[], finiteOnly = false): string {
  const words = SPEECH_VERBS.filter(([word, use]) => uses.includes(use) && !(finiteOnly && isParticiple(word))).map(([word]) => word);
  // Longest first, so "stated" is not read as "state" + "d".
  return words.sort((a, b) => b.length - a.length).join('|');
}

/** A verb that can stand beside a direct quotation: "…," she said / he added: "…". */
export const CUE_VERB = String.raw`(?:${alternation(['cue'])})`;
/** A cue verb as the main verb of a clause ("said", "told"; not "saying"): what reported speech hangs on. */
export const FINITE_CUE_VERB = String.raw`(?:${alternation(['cue'], true)})`;
/** Any verb reporting speech, including those that only frame a fragment ("called it a “farce”"). */
export const SPEECH_VERB = String.raw`(?:${alternation(['cue', 'frame'])})`;

/** Words that may sit between a subject and its verb: "Trump also said", "she has repeatedly warned". */
export const BETWEEN_SUBJECT_AND_VERB = String.raw`(?:(?:also|then|later|earlier|again|once|has|had|have|had\s+been|\p{L}+ly|(?:(?:late|early)\s+)?(?:on\s+)?(?:${WEEKDAY_NAMES.join('|')})|today|yesterday)\s+)*`;

/** The speech verbs of a stretch of text, in order, with their offsets in it. */
export function findSpeechVerbs(text: string, options: { cueOnly?: boolean } = {}): { word: string; start: number; end: number }[] {
  const pattern = new RegExp(String.raw`(?<![\p{L}’'-])${options.cueOnly ? CUE_VERB : SPEECH_VERB}(?![\p{L}’'-])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
}

/** "saying", "calling": a participle whose subject is the main clause's, not a name right before it. */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word);
}

/** "was praised as", "had been called": the person before the verb is the one spoken about, not the speaker. */
export function isPassiveBefore(textBeforeVerb: string): boolean {
  return /\b(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu.test(textBeforeVerb);
}
