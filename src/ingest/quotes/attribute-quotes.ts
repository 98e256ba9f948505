import type { Block, Person, Quote } from '../../data/contract.ts';
import type { Mention } from '../find-people.ts';
import { splitSentences, type Span } from '../text-lines.ts';
import { opensClause, type SpeakerScope } from './find-speaker.ts';
import { continuedSpeaker, speakerIntroducedAtEnd, type Attributed, type PreviousParagraph } from './continue-speaker.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { speakerOfNested } from './speaker-of-nested.ts';
import { speakerOfQuote } from './speaker-of-quote.ts';
import { quoteKind, trimQuote, wordsAreEnough } from './quote-shape.ts';

export interface QuoteContext {
  articleId: string;
  blocks: readonly Block[];
  /** mentions of people in this article, in reading order */
  mentions: readonly Mention[];
  /** the corpus's people, whose descriptors tell who "the Turkish president" is */
  people: readonly Person[];
  headlineBlock: number | null;
}

/**
 * Finds quotations in an article and attributes each to the person who said or wrote it: direct
 * quotes from a cue around them ("…,' he added", "Trump said: '…'", "said the American leader"),
 * partial ones from the reporter's sentence (she called the ruling “a travesty”), and uncued
 * quotes that carry on the previous speaker's words. Headlines and subheads are left out, and so is
 * any quotation with no person's cue (a scare quote, what "the Kremlin" said): none beats a wrong one.
 * @example attributeQuotes({ articleId: 'a', blocks, mentions, people, headlineBlock: 0 })
 */
export function attributeQuotes(context: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  // The next paragraph opening with a quotation mark is how a quotation runs on across paragraphs.
  const opensWithMark = (block: Block | undefined) => block !== undefined && block.type !== 'heading' && /^[“„"]/u.test(block.text);
  const spansByBlock = context.blocks.map((block, index) => findQuoteSpans(block.text, { runsOn: opensWithMark(context.blocks[index + 1]) }));
  const insideQuote = (mention: Mention) => (spansByBlock[mention.block] ?? []).some((span) => span.depth === 0 && mention.start >= span.start && mention.end <= span.end);
  // Who "he" can be: people named outside quotations, as actors (not "Putin's", not "with Trump").
  const eligible = context.mentions.filter((mention) => !mention.possessive && !mention.afterPreposition && !insideQuote(mention));
  const subjects = eligible.filter((mention) => {
    const text = context.blocks[mention.block]?.text ?? '';
    const sentence = sentenceAround(splitSentences(text), mention.start, text.length);
    return opensClause(text, sentence.start, mention.start);
  });
  let previousBlock: PreviousParagraph = { attributed: [], introduces: null };
  context.blocks.forEach((block, blockIndex) => {
    if (block.type === 'heading' || blockIndex === context.headlineBlock) {
      previousBlock = { attributed: [], introduces: null };
      return;
    }
    const scope: SpeakerScope = { articleId: context.articleId, blockIndex, text: block.text, mentions: context.mentions, eligible, subjects, people: context.people };
    const sentences = splitSentences(block.text);
    const spans = spansByBlock[blockIndex]!;
    const attributed: Attributed[] = [];
    const speakers = new Map<number, string>();
    spans.forEach((span, spanIndex) => {
      // A quotation of several sentences: its lead is in the sentence where it opens, its cue where it closes.
      const sentence = { start: sentenceAround(sentences, span.open, block.text.length).start, end: sentenceAround(sentences, span.close, block.text.length).end };
      const found = span.depth === 0 ? attributeTopLevel(scope, span, sentence, attributed, previousBlock, sentences) : nestedAttribution(scope, span, spans, speakers);
      if (!found) return;
      speakers.set(spanIndex, found.speakerId);
      if (span.depth === 0) attributed.push({ span, speakerId: found.speakerId });
      // "I said, ‘No…’" inside the coach's own quote is already part of his quote: storing it again would count it twice.
      if (span.depth > 0 && found.speakerId === speakers.get(span.parent ?? -1)) return;
      const trimmed = trimQuote(block.text, span);
      if (!trimmed || !wordsAreEnough(block.text, span, found.kind, found.continued)) return;
      addQuote(quotes, seen, context.articleId, found.speakerId, found.kind, blockIndex, block, trimmed);
    });
    previousBlock = { attributed, introduces: speakerIntroducedAtEnd(scope, sentences) };
  });
  return quotes;
}

interface Attribution {
  speakerId: string;
  kind: 'direct' | 'partial';
  continued: boolean;
}

function attributeTopLevel(scope: SpeakerScope, span: QuoteSpan, sentence: Span, earlier: readonly Attributed[], previousBlock: PreviousParagraph, sentences: readonly Span[]): Attribution | null {
  const cue = speakerOfQuote(scope, span, sentence);
  if (cue) return { speakerId: cue.speaker.personId, kind: quoteKind(scope.text, span, sentence, cue.cuedAfter), continued: false };
  const continued = continuedSpeaker(scope, span, sentence, earlier, previousBlock, sentences);
  return continued ? { speakerId: continued, kind: 'direct', continued: true } : null;
}

function nestedAttribution(scope: SpeakerScope, span: QuoteSpan, spans: readonly QuoteSpan[], speakers: ReadonlyMap<number, string>): Attribution | null {
  const parent = span.parent === null ? undefined : spans[span.parent];
  const speakerId = speakerOfNested(scope, span, span.parent === null ? null : (speakers.get(span.parent) ?? null), parent);
  return speakerId ? { speakerId, kind: 'direct', continued: false } : null;
}

function sentenceAround(sentences: readonly Span[], position: number, length: number): Span {
  return sentences.find((sentence) => sentence.start <= position && position < sentence.end) ?? { start: 0, end: length };
}

function addQuote(quotes: Quote[], seen: Set<string>, articleId: string, speakerId: string, kind: Quote['kind'], blockIndex: number, block: Block, span: Span): void {
  const text = block.text.slice(span.start, span.end);
  const key = `${speakerId}|${text.toLowerCase().replace(/\s+/g, ' ')}`;
  if (seen.has(key)) return;
  seen.add(key);
  quotes.push({ id: `${articleId}-q${quotes.length + 1}`, articleId, speakerId, text, kind, block: blockIndex, start: block.start + span.start, end: block.start + span.end });
}
