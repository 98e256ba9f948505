import { SPEECH_NOUNS } from '../lexicon/speech-verbs.ts';
import type { Span } from '../text-lines.ts';
import { previousSubject, subjectEndingAt, subjectStartingAt, type Speaker, type SpeakerScope } from './find-speaker.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { sentenceSubject, trailingSpeaker } from './sentence-speaker.ts';
import { findSpeechVerbs, isParticiple, isPassiveBefore } from './speech-cues.ts';

/** A speaker found for a quotation, and whether the cue came after it ("…,” she said). */
export interface QuoteCue {
  speaker: Speaker;
  cuedAfter: boolean;
}

const SPEECH_NOUN_COLON = new RegExp(String.raw`\b(?:a|an|the|his|her|their|this)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${SPEECH_NOUNS.join('|')})\s*:\s*$`, 'u');
const ONLY_PUNCTUATION = /^[\s,.!?;:—–-]*$/;
/** Between a closing mark and its speaker's name: punctuation and a few describing words ("Ukraine's economy minister"). */
const DESCRIBING_WORDS = /^[\s,.!?;:—–-]*(?:[\p{L}.’'-]+\s+){0,5}$/u;

/**
 * The person whose words a top-level quotation is, from the cues of its own sentence:
 * "“…,” Trump said", "“…,” said the Turkish president", "Peskov said: “…”", "according to Ruiz, …",
 * "the coach called the referee “a disgrace”", "calling it “historic”, she argued …". Null when no
 * person's cue is there: a scare quote, a term, what an institution said.
 * @example speakerOfQuote(scope, span, { start: 0, end: text.length })
 */
export function speakerOfQuote(scope: SpeakerScope, span: QuoteSpan, sentence: Span): QuoteCue | null {
  const after = cueAfter(scope, span, sentence);
  if (after) return { speaker: after, cuedAfter: true };
  const trailing = trailingSpeaker(scope, sentence);
  if (trailing && trailing.start > span.close) return { speaker: trailing, cuedAfter: false };
  const lead = cueBefore(scope, span, sentence);
  return lead ? { speaker: lead, cuedAfter: false } : null;
}

/** "…,” Trump said" / "…,” said Trump" / "…,” he added": the cue right after the closing mark. */
function cueAfter(scope: SpeakerScope, span: QuoteSpan, sentence: Span): Speaker | null {
  const from = span.close + 1;
  const after = scope.text.slice(from, Math.max(from, sentence.end));
  const verb = findSpeechVerbs(after, { cueOnly: true })[0];
  if (!verb || /[“”"‘]/.test(after.slice(0, verb.start))) return null;
  const verbAt = from + verb.start;
  if (ONLY_PUNCTUATION.test(after.slice(0, verb.start))) return subjectStartingAt(scope, verbAt + verb.word.length);
  const subject = subjectEndingAt(scope, verbAt, from);
  return subject && DESCRIBING_WORDS.test(scope.text.slice(from, subject.start)) ? subject : null;
}

/** "Peskov said: “…”", "she told the court that “…”", "according to him, …", "praising the striker as “…”". */
function cueBefore(scope: SpeakerScope, span: QuoteSpan, sentence: Span): Speaker | null {
  const lead = scope.text.slice(sentence.start, span.open);
  const according = lead.match(/\baccording to\s+(him|her|[^,]{2,80}?),/iu);
  if (according) {
    const at = sentence.start + according.index! + according[0].length - 1;
    if (/^(?:him|her)$/i.test(according[1]!)) {
      const personId = previousSubject(scope, sentence.start);
      return personId ? { personId, start: at } : null;
    }
    const named = scope.mentions.find((mention) => mention.block === scope.blockIndex && mention.end === at);
    if (named) return { personId: named.personId, start: named.start };
  }
  // "Putin ended the talks with a pointed suggestion: “…”": a speech noun and a colon introduce the subject's words.
  if (SPEECH_NOUN_COLON.test(lead) && !/[“”"]/.test(lead)) {
    const subject = sentenceSubject(scope, sentence.start, span.open);
    if (subject) return subject;
  }
  const verb = findSpeechVerbs(lead).pop();
  if (!verb || isPassiveBefore(lead.slice(0, verb.start))) return null;
  const verbAt = sentence.start + verb.start;
  if (!isParticiple(verb.word)) {
    // "Ruiz, speaking after the game, thanked the fans and said, “…”": the subject of both verbs.
    const coordinated = /\band\s+$/i.test(lead.slice(0, verb.start)) && !/[“”"]/.test(lead.slice(0, verb.start));
    return subjectEndingAt(scope, verbAt, sentence.start) ?? (coordinated ? sentenceSubject(scope, sentence.start, verbAt) : null);
  }
  // "with Trump praising the striker as “…”": a name right before the participle is its subject.
  const adjacent = scope.mentions.find((mention) => mention.block === scope.blockIndex && !mention.possessive && mention.start >= sentence.start && /^\s+$/.test(scope.text.slice(mention.end, verbAt)));
  if (adjacent) return { personId: adjacent.personId, start: adjacent.start };
  // "“…,” Trump said, calling the offer “…”", "The president said …, saying …": the participle hangs off the clause's finite cue verb.
  const finite = findSpeechVerbs(lead.slice(0, verb.start), { cueOnly: true }).filter((candidate) => !isParticiple(candidate.word)).pop();
  if (finite) {
    const finiteAt = sentence.start + finite.start;
    const between = lead.slice(finite.end, verb.start);
    if (!/[“”"]/.test(between) && !/[.;]/.test(between)) {
      const main = subjectEndingAt(scope, finiteAt, sentence.start) ?? (/^[\s,]*$/.test(lead.slice(0, finite.start).replace(/^.*[”"]/s, '')) ? subjectStartingAt(scope, finiteAt + finite.word.length) : null);
      if (main) return main;
    }
  }
  return sentenceSubject(scope, sentence.start, verbAt);
}
