import type { SpeakerScope } from './find-speaker.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { CUE_VERB } from './speech-cues.ts';

const FIRST_PERSON_CUE = new RegExp(String.raw`\bI\s+${CUE_VERB}\b[^.!?]*$`);
const THIRD_PERSON_CUE = new RegExp(String.raw`\b(?:he|she)\s+${CUE_VERB}\b[^.!?]*$`, 'i');

/**
 * Inside “Ana called me. She said, ‘Can you help?’ I said, ‘No,’” (the coach's quote): "I" is the
 * outer speaker, "she" the last other person named inside the outer quotation; anything else, nobody.
 * @example speakerOfNested(scope, inner, 'pep-ruiz', outer)
 */
export function speakerOfNested(scope: SpeakerScope, span: QuoteSpan, outerSpeaker: string | null, parent: QuoteSpan | undefined): string | null {
  if (!outerSpeaker || !parent) return null;
  const lead = scope.text.slice(Math.max(parent.start, span.open - 40), span.open);
  if (FIRST_PERSON_CUE.test(lead)) return outerSpeaker;
  if (THIRD_PERSON_CUE.test(lead)) {
    const inside = scope.mentions.filter((mention) => mention.block === scope.blockIndex && mention.start >= parent.start && mention.end <= span.open && mention.personId !== outerSpeaker);
    return inside[inside.length - 1]?.personId ?? null;
  }
  return null;
}
