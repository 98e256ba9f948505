import type { Block, Quote } from '../../data/contract.ts';
import type { Mention } from '../find-people.ts';
import { splitSentences } from '../text-lines.ts';
import { FINITE_CUE_VERB } from './speech-cues.ts';

/** "<person> [has] [adverb] said|told <someone> [when] that <clause>" */
const REPORTING = new RegExp(String.raw`^(?:,\s*(?:however|too|also|meanwhile)\s*,)?\s+(?:also\s+|has\s+|had\s+|have\s+|later\s+|earlier\s+|\w+ly\s+)*${FINITE_CUE_VERB}\b((?:\s+(?!(?:he|she|it|they|I|we|you)\b)[^\s.;:,“”"‘’']+){0,10}?)\s+that\s+`);

/**
 * Reported speech with a named speaker: "Zelensky told reporters on Monday that he is ready …"
 * becomes an indirect quote of the clause after "that". Only the person right before the verb
 * counts as speaker, and sentences that carry a direct quote are left to the direct quote.
 * @example findIndirectSpeech('a', blocks, mentions, []) // [{ kind: 'indirect', text: 'he is ready for a meeting', … }]
 */
export function findIndirectSpeech(articleId: string, blocks: readonly Block[], mentions: readonly Mention[], direct: readonly Quote[]): Quote[] {
  const quotes: Quote[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const sentence of splitSentences(block.text)) {
      const absoluteStart = block.start + sentence.start;
      const absoluteEnd = block.start + sentence.end;
      if (direct.some((quote) => quote.start < absoluteEnd && quote.end > absoluteStart)) continue;
      const speakers = mentions.filter((mention) => mention.block === blockIndex && mention.start >= sentence.start && mention.end <= sentence.end && !mention.possessive);
      const trailing = trailingAttribution(block.text, sentence.start, sentence.end, speakers);
      if (trailing) {
        quotes.push({ id: `${articleId}-i${quotes.length + 1}`, articleId, speakerId: trailing.personId, text: block.text.slice(trailing.start, trailing.end), kind: 'indirect', block: blockIndex, start: block.start + trailing.start, end: block.start + trailing.end });
        continue;
      }
      for (const speaker of speakers) {
        const rest = block.text.slice(speaker.end, sentence.end);
        const match = rest.match(REPORTING);
        if (!match) continue;
        const clauseStart = speaker.end + match[0].length;
        // The attribution of the report itself ("…, according to the New York Post") is not the speaker's words.
        const according = block.text.slice(clauseStart, sentence.end).search(/,\s+(?:according to|as reported by|reports said|sources said)\b/);
        let clauseEnd = according >= 0 ? clauseStart + according : sentence.end;
        while (clauseEnd > clauseStart && /[\s.!?,]/.test(block.text[clauseEnd - 1]!)) clauseEnd--;
        if (clauseEnd - clauseStart < 12) break;
        quotes.push({
          id: `${articleId}-i${quotes.length + 1}`,
          articleId,
          speakerId: speaker.personId,
          text: block.text.slice(clauseStart, clauseEnd),
          kind: 'indirect',
          block: blockIndex,
          start: block.start + clauseStart,
          end: block.start + clauseEnd,
        });
        break;
      }
    }
  });
  return quotes;
}

const CUE_AFTER_NAME = new RegExp(String.raw`^\s+(?:has\s+|had\s+|also\s+)?(?:told\s+\w+|${FINITE_CUE_VERB})(?:,\s*(?:as reported by\s+[^,.]{1,40}|[^,.]{1,40}\s+reports?|according to\s+[^,.]{1,40}))?\s*[.!]?\s*$`);

/**
 * "Russia is ready to raise the status of the talks, Foreign Minister Sergey Lavrov has announced."
 * The reported clause comes first; the speaker (with an optional description) closes the sentence.
 */
function trailingAttribution(text: string, sentenceStart: number, sentenceEnd: number, speakers: readonly Mention[]): { personId: string; start: number; end: number } | null {
  for (const speaker of speakers) {
    if (!CUE_AFTER_NAME.test(text.slice(speaker.end, sentenceEnd))) continue;
    const before = text.slice(sentenceStart, speaker.start);
    // The clause ends at the last comma before the speaker and the words that describe them.
    const comma = before.search(/,\s*(?:[\p{L}’'.-]+\s+){0,6}$/u);
    if (comma < 0) continue;
    const end = sentenceStart + comma;
    if (end - sentenceStart < 20) continue;
    return { personId: speaker.personId, start: sentenceStart, end };
  }
  return null;
}
