import type { Block, Quote } from '../data/contract.ts';
import type { Mention } from './find-people.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { countWords, normaliseForComparison, splitSentences } from './text-lines.ts';

/** Verbs that introduce speech right before or after a quotation. */
const CUE_VERB = String.raw`(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|wrote|writes|posted|posting|saying|stating|remarking|remarked|adding|noting|writing|asked|asks|replied|insisted|insists|declared|announced|explained|argued|warned|stressed|emphasi[sz]ed|claimed|suggested|continued|recalled|acknowledged|admitted|tweeted|quipped|commented|observed|responded|answered|concluded|promised|vowed|reiterated|reaffirmed|urged|predicted|added|told\s+\w+)`;
/** Verbs that make a whole sentence reported speech, so a partial quotation later in it is the subject's words. */
const REPORTING_VERB = /\b(?:said|says|told|tells|added|stated|suggested|insisted|warned|noted|argued|claimed|stressed|announced|declared|promised|vowed|emphasi[sz]ed|explained|rejected)\b/g;
const PRONOUN_OR_ROLE = String.raw`(?:he|she|the\s+(?:[A-Z][\w.-]*\s+|[a-z-]+\s+){0,3}(?:leader|president|minister|official|spokesman|spokeswoman|aide|envoy|diplomat|chief|head|premier|chancellor))`;

const AFTER_PRONOUN = new RegExp(String.raw`^[\s,.]*${PRONOUN_OR_ROLE}\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?${CUE_VERB}\b`, 'i');
const AFTER_VERB_PRONOUN = new RegExp(String.raw`^[\s,.]*${CUE_VERB}\s+${PRONOUN_OR_ROLE}\b`, 'i');
const AFTER_VERB = new RegExp(String.raw`^[\s,.]*${CUE_VERB}\s+$`, 'i');
const VERB_AFTER_NAME = new RegExp(String.raw`^(?:,[^,“”"]{1,120},)?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+|\w+ly\s+)?${CUE_VERB}\b`, 'i');
const BEFORE_VERB = new RegExp(String.raw`\b${CUE_VERB}(?:\s+(?:[\w’']+\s+){0,2}?[\w’']+)?\s*[,:]?\s*$`, 'i');
const PRONOUN_SUBJECT = /(?:^|[\s,])(he|she|I)\s+(?:\w+\s+){0,6}?$/i;
const MIN_WORDS = 3;

interface QuoteContext {
  articleId: string;
  blocks: readonly Block[];
  /** mentions of people in this article, in reading order */
  mentions: readonly Mention[];
  headlineBlock: number | null;
}

/**
 * Finds direct quotations in an article and attributes each to the person who said or wrote it,
 * from the cue around it ("…,' he added", "Trump said: '…'", "said the American leader").
 * A quotation without a person's cue (a scare quote, what "Moscow" said) is left out: no
 * attribution beats a wrong one.
 * @example attributeQuotes({ articleId: 'a', blocks, mentions, headlineBlock: null })
 */
export function attributeQuotes(context: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const spansByBlock = context.blocks.map((block) => findQuoteSpans(block.text));
  const insideQuote = (mention: Mention) => (spansByBlock[mention.block] ?? []).some((span) => span.depth === 0 && mention.start >= span.start && mention.end <= span.end);
  // Who "he" can be: people named outside quotations, as actors (not "Putin's", not "with Trump").
  const eligible = context.mentions.filter((mention) => !mention.possessive && !mention.afterPreposition && !insideQuote(mention));
  context.blocks.forEach((block, blockIndex) => {
    const spans = spansByBlock[blockIndex]!;
    const speakers = new Map<number, string>();
    spans.forEach((span, spanIndex) => {
      const speakerId =
        span.depth === 0
          ? speakerOfTopLevel(block.text, span, blockIndex, eligible, context.mentions)
          : speakerOfNested(block.text, span, speakers.get(span.parent ?? -1) ?? null, blockIndex, context.mentions, spans[span.parent ?? -1]);
      if (!speakerId) return;
      speakers.set(spanIndex, speakerId);
      // "I said, ‘No…’" inside Trump's own quote is already part of his quote: storing it again would count it twice.
      if (span.depth > 0 && speakerId === speakers.get(span.parent ?? -1)) return;
      const trimmed = trimQuote(block.text, span);
      if (!trimmed || countWords(block.text.slice(trimmed.start, trimmed.end)) < MIN_WORDS) return;
      addQuote(quotes, seen, context.articleId, speakerId, blockIndex, block, trimmed.start, trimmed.end);
    });
    if (blockIndex === context.headlineBlock) headlineAttribution(block, blockIndex, context, quotes, seen);
  });
  return dropHeadlineRepeats(quotes, context.headlineBlock);
}

function addQuote(quotes: Quote[], seen: Set<string>, articleId: string, speakerId: string, blockIndex: number, block: Block, start: number, end: number): void {
  const text = block.text.slice(start, end);
  // A headline may repeat a body quote; dropHeadlineRepeats settles that once the body is read.
  const key = `${block.type === 'heading' ? `h${blockIndex}` : 'body'}|${speakerId}|${normaliseForComparison(text)}`;
  if (seen.has(key)) return;
  seen.add(key);
  quotes.push({ id: `${articleId}-q${quotes.length + 1}`, articleId, speakerId, text, kind: 'direct', block: blockIndex, start: block.start + start, end: block.start + end });
}

/** The words of a quotation without the comma or full stop that English puts inside the closing mark. */
function trimQuote(text: string, span: QuoteSpan): { start: number; end: number } | null {
  let end = span.end;
  while (end > span.start && /[\s,;:]/.test(text[end - 1]!)) end--;
  // The full stop English puts inside the closing mark belongs to the sentence, not the words; "U.S." keeps its own.
  if (end > span.start + 1 && text[end - 1] === '.' && /[\p{Ll}\d)\]]/u.test(text[end - 2]!)) end--;
  let start = span.start;
  while (start < end && /\s/.test(text[start]!)) start++;
  return end > start ? { start, end } : null;
}

function speakerOfTopLevel(text: string, span: QuoteSpan, blockIndex: number, eligible: readonly Mention[], all: readonly Mention[]): string | null {
  const after = text.slice(span.close + 1, span.close + 160);
  const inBlock = (mention: Mention) => mention.block === blockIndex;
  // "…,' Craig Cameron, head of …, told the FT" / "…,” Trump said"
  const named = all.find((mention) => inBlock(mention) && mention.start > span.close && mention.start - span.close <= 40 && /^[\s,.]*(?:[A-Za-z’'.-]+\s+){0,5}$/u.test(text.slice(span.close + 1, mention.start)) && !/[.!?]\s/.test(text.slice(span.close + 1, mention.start)) && VERB_AFTER_NAME.test(text.slice(mention.end)));
  if (named) return named.personId;
  if (AFTER_PRONOUN.test(after) || AFTER_VERB_PRONOUN.test(after)) return previousSubject(eligible, blockIndex, span.open);
  // "…,” said Trump"
  const saidName = all.find((mention) => inBlock(mention) && mention.start > span.close && AFTER_VERB.test(text.slice(span.close + 1, mention.start)));
  if (saidName) return saidName.personId;

  const sentenceStart = startOfSentence(text, span.open);
  const lead = text.slice(sentenceStart, span.open);
  // "Trump said: '…'" / "spokesman Dmitry Peskov stating, “…”" / "…, saying, “…”"
  const verb = lead.match(BEFORE_VERB);
  if (verb) {
    return subjectOf(lead.slice(0, verb.index), sentenceStart, blockIndex, eligible, all);
  }
  // "According to Trump, the dialogue covers “…”"
  const according = lead.match(/\baccording to\s+(?:[\p{L}’'.-]+\s+){0,4}?$/iu);
  const accordingMention = all.find((mention) => inBlock(mention) && mention.start >= sentenceStart && mention.end <= span.open && /according to\s+(?:[\p{L}’'.-]+\s+){0,4}$/iu.test(text.slice(sentenceStart, mention.start)));
  if (accordingMention && !according) return accordingMention.personId;
  // "Slutsky … suggested that preparations were at “an advanced stage”": a partial quotation in reported speech.
  const reporting = [...lead.matchAll(REPORTING_VERB)].pop();
  if (reporting) {
    const between = all.filter((mention) => inBlock(mention) && !mention.afterPreposition && mention.start > sentenceStart + reporting.index! && mention.end <= span.open);
    if (between.length === 0) return subjectOf(lead.slice(0, reporting.index), sentenceStart, blockIndex, eligible, all);
  }
  return null;
}

/** The person a clause is about: a name right before the verb, else its first name that is not an object, else a pronoun's antecedent. */
function subjectOf(clause: string, clauseStart: number, blockIndex: number, eligible: readonly Mention[], all: readonly Mention[]): string | null {
  const clauseEnd = clauseStart + clause.length;
  const inClause = eligible.filter((mention) => mention.block === blockIndex && mention.start >= clauseStart && mention.end <= clauseEnd);
  const adjacent = all.find((mention) => mention.block === blockIndex && mention.start >= clauseStart && /^\s*(?:,|\s)?\s*(?:also\s+|\w+ly\s+)?$/.test(clause.slice(mention.end - clauseStart)));
  if (adjacent && !adjacent.possessive && !adjacent.afterPreposition) return adjacent.personId;
  if (inClause[0]) return inClause[0].personId;
  if (PRONOUN_SUBJECT.test(clause) || /^\s*(?:he|she)\b/i.test(clause) || /\b(?:he|she)\s+\w+/i.test(clause)) {
    return previousSubject(eligible, blockIndex, clauseStart);
  }
  return null;
}

/** The last person named as a possible subject before a position: who "he" or "the American leader" is. */
function previousSubject(eligible: readonly Mention[], blockIndex: number, position: number): string | null {
  const before = eligible.filter((mention) => mention.block < blockIndex || (mention.block === blockIndex && mention.end <= position));
  const last = before[before.length - 1];
  if (!last || blockIndex - last.block > 2) return null;
  return last.personId;
}

/** Inside "Trump: “Vladimir … He said, ‘Can I help?’ I said, ‘No …’”": "I" is the outer speaker, "he" the last person named inside. */
function speakerOfNested(text: string, span: QuoteSpan, outerSpeaker: string | null, blockIndex: number, mentions: readonly Mention[], parent: QuoteSpan | undefined): string | null {
  if (!outerSpeaker || !parent) return null;
  const lead = text.slice(Math.max(parent.start, span.open - 40), span.open);
  if (/\bI\s+(?:said|told|asked|replied|answered|say)\b[^.!?]*$/.test(lead)) return outerSpeaker;
  if (/\b(?:he|she)\s+(?:said|told|asked|replied|answered|says)\b[^.!?]*$/i.test(lead)) {
    const inside = mentions.filter((mention) => mention.block === blockIndex && mention.start >= parent.start && mention.end <= span.open && mention.personId !== outerSpeaker);
    return inside[inside.length - 1]?.personId ?? null;
  }
  return null;
}

function startOfSentence(text: string, position: number): number {
  let start = 0;
  for (const sentence of splitSentences(text)) {
    if (sentence.start <= position) start = sentence.start;
  }
  return start;
}

/** "He (Putin) wants to see people stop dying – Donald Trump": a headline attributed by a trailing name. */
function headlineAttribution(block: Block, blockIndex: number, context: QuoteContext, quotes: Quote[], seen: Set<string>): void {
  const match = block.text.match(/^(.+?)\s+[–—-]\s+([^–—-]+)$/);
  if (!match) return;
  const nameStart = block.text.length - match[2]!.length;
  const speaker = context.mentions.find((mention) => mention.block === blockIndex && mention.start === nameStart && mention.end === block.text.length);
  if (!speaker || countWords(match[1]!) < MIN_WORDS) return;
  addQuote(quotes, seen, context.articleId, speaker.personId, blockIndex, block, 0, match[1]!.length);
}

/** A headline that repeats a quotation of the body is the same utterance: keep the body's, which has context. */
function dropHeadlineRepeats(quotes: Quote[], headlineBlock: number | null): Quote[] {
  if (headlineBlock === null) return quotes;
  const bodyKeys = new Set(quotes.filter((quote) => quote.block !== headlineBlock).map((quote) => `${quote.speakerId}|${normaliseForComparison(quote.text)}`));
  return quotes.filter((quote) => quote.block !== headlineBlock || !bodyKeys.has(`${quote.speakerId}|${normaliseForComparison(quote.text)}`));
}
