import type { Span } from '../text-lines.ts';
import { onlyTitleWords, previousSubject, subjectEndingAt, type Speaker, type SpeakerScope } from './find-speaker.ts';
import { findSpeechVerbs } from './speech-cues.ts';

/**
 * The speaker a sentence closes on: "Moscow would respond, Kremlin aide Ivan Petrov said on Friday."
 * Every quotation in such a sentence is that speaker's, whoever else it names.
 * @example trailingSpeaker(scope, { start: 0, end: text.length })
 */
export function trailingSpeaker(scope: SpeakerScope, sentence: Span): Speaker | null {
  const body = scope.text.slice(sentence.start, sentence.end);
  const verb = findSpeechVerbs(body, { cueOnly: true }).pop();
  if (!verb || !/^[^,;“”"‘’]{0,50}$/.test(body.slice(verb.end))) return null;
  const comma = body.lastIndexOf(',', verb.start);
  if (comma < 0) return null;
  const subject = subjectEndingAt(scope, sentence.start + verb.start, sentence.start + comma + 1);
  if (!subject || !onlyTitleWords(scope.text.slice(sentence.start + comma + 1, subject.start))) return null;
  return subject;
}

/**
 * The subject of a sentence's main clause, for a participle that hangs off it ("Trump lashed out at
 * the press, calling it …"): a name that opens the sentence after title words only, or "he"/"she".
 * @example sentenceSubject(scope, 0, text.indexOf('calling'))
 */
export function sentenceSubject(scope: SpeakerScope, sentenceStart: number, limit: number): Speaker | null {
  const opening = scope.text.slice(sentenceStart, limit);
  // "He refused …" or "During the flight, he refused …"
  const pronoun = opening.match(/^(?:[^,“”"]{0,80},)?\s*(?:he|she)(?![\p{L}])/iu);
  if (pronoun) {
    const personId = previousSubject(scope, sentenceStart);
    return personId ? { personId, start: sentenceStart } : null;
  }
  // "Speaking before journalists, Trump discussed …": an opening phrase set off by a comma is not the subject.
  const intro = opening.match(/^[^,“”"‘]{1,80},\s*/u)?.[0].length ?? 0;
  const first = scope.eligible.find((mention) => mention.block === scope.blockIndex && mention.start >= sentenceStart && mention.end <= limit);
  if (!first) return null;
  if (!onlyTitleWords(scope.text.slice(sentenceStart, first.start))) {
    const afterIntro = scope.eligible.find((mention) => mention.block === scope.blockIndex && mention.start >= sentenceStart + intro && mention.end <= limit);
    if (!intro || !afterIntro || !onlyTitleWords(scope.text.slice(sentenceStart + intro, afterIntro.start))) return null;
    return { personId: afterIntro.personId, start: afterIntro.start };
  }
  return { personId: first.personId, start: first.start };
}
