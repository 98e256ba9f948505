import type { Span } from '../text-lines.ts';
import { subjectEndingAt, type SpeakerScope } from './find-speaker.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { trailingSpeaker } from './sentence-speaker.ts';
import { CUE_VERB } from './speech-cues.ts';

/** A top-level quotation already given a speaker. */
export interface Attributed {
  span: QuoteSpan;
  speakerId: string;
}

/** What a paragraph leaves for the next one: its attributed quotations, and a speaker it ends by introducing ("Ruiz said:"). */
export interface PreviousParagraph {
  attributed: readonly Attributed[];
  introduces: string | null;
}

const ENDS_ON_CUE = new RegExp(String.raw`(?<![\p{L}])${CUE_VERB}\s*[,:]\s*$`, 'iu');

/**
 * The speaker a paragraph ends by introducing, when the quotation was set as the next paragraph:
 * "In a statement, the judge said:" then "“The appeal is dismissed.”".
 * @example speakerIntroducedAtEnd(scope, sentences) // 'ana-ruiz' for "Ana Ruiz said:"
 */
export function speakerIntroducedAtEnd(scope: SpeakerScope, sentences: readonly Span[]): string | null {
  const cue = scope.text.match(ENDS_ON_CUE);
  const last = sentences[sentences.length - 1];
  if (!cue || !last) return null;
  return subjectEndingAt(scope, cue.index!, last.start)?.personId ?? null;
}

/**
 * The speaker an uncued quotation carries on from, when it is a sentence of its own:
 * "“We were unlucky,” the coach said. “The second half was ours.”" (the quote before it in the
 * paragraph, with no one else named in between); "…, he added. “…”" (a sentence closing on a cue);
 * or the paragraph opens with it right after a paragraph that introduced a speaker or whose last
 * quotation was attributed.
 * @example continuedSpeaker(scope, span, sentence, [{ span: first, speakerId: 'pep-ruiz' }], { attributed: [], introduces: null }, sentences)
 */
export function continuedSpeaker(scope: SpeakerScope, span: QuoteSpan, sentence: Span, earlier: readonly Attributed[], previousBlock: PreviousParagraph, sentences: readonly Span[]): string | null {
  const standsAlone = /^\s*$/.test(scope.text.slice(sentence.start, span.open)) && /^[\s,.!?;]*$/.test(scope.text.slice(span.close + 1, sentence.end));
  if (!standsAlone) return null;
  const last = earlier[earlier.length - 1];
  if (last) {
    if (/[“”"]/.test(scope.text.slice(last.span.close + 1, span.open))) return null;
    // Right after the sentence that attributed the last quotation, whoever that sentence names as an object.
    const follows = !sentences.some((candidate) => candidate.start > last.span.close && candidate.end <= sentence.start);
    return follows || !someoneElseNamed(scope, last.span.close + 1, span.open, last.speakerId) ? last.speakerId : null;
  }
  const previous = sentences.filter((candidate) => candidate.end <= sentence.start).pop();
  if (previous) {
    const cue = trailingSpeaker(scope, previous);
    if (!cue || someoneElseNamed(scope, previous.end, span.open, cue.personId)) return null;
    return /[“”"‘]/.test(scope.text.slice(previous.start, previous.end)) ? null : cue.personId;
  }
  return previousBlock.introduces ?? previousBlock.attributed[previousBlock.attributed.length - 1]?.speakerId ?? null;
}

function someoneElseNamed(scope: SpeakerScope, from: number, to: number, speakerId: string): boolean {
  return scope.mentions.some((mention) => mention.block === scope.blockIndex && mention.start >= from && mention.end <= to && mention.personId !== speakerId);
}
