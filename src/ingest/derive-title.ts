import type { Block } from '../data/contract.ts';
import { splitSentences } from './text-lines.ts';

const MAX_WORDS = 12;

/**
 * A short title for a page without a headline, from its lead sentence, cut at a word boundary.
 * @example deriveTitle([{ type: 'paragraph', text: 'Trump said on Tuesday that Putin had called him to offer help.', start: 0, end: 63 }])
 * // 'Trump said on Tuesday that Putin had called him to offer help'
 */
export function deriveTitle(blocks: readonly Block[]): string {
  const lead = blocks.find((block) => block.type === 'paragraph') ?? blocks[0];
  if (!lead) return 'Untitled page';
  const firstSentence = splitSentences(lead.text)[0];
  const sentence = firstSentence ? lead.text.slice(firstSentence.start, firstSentence.end) : lead.text;
  // Drop a trailing clause after the main statement when the sentence is long ("…, but he redirected …").
  const mainClause = sentence.split(/,\s+(?:but|while|as|and|which|who)\s+/)[0] ?? sentence;
  const words = mainClause.replace(/[\s.!?]+$/, '').split(/\s+/);
  return words.length <= MAX_WORDS ? words.join(' ') : `${words.slice(0, MAX_WORDS).join(' ')}…`;
}
