import type { Block, Dataset, DataPoint, Figure } from '../data/contract.ts';
import { slugify } from './slugify.ts';
import { splitSentences } from './text-lines.ts';

const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)/gi;
const MOVEMENT_DOWN = /\b(?:fell|fall|falls|down|declined|declines|dropped|drops|tumbled|slid|slipped|lost|sank|plunged|decreased)\b/i;
const MOVEMENT_UP = /\b(?:rose|rise|rises|up|gained|gains|climbed|jumped|surged|increased|advanced|rallied)\b/i;
const MARKET_WORDS = /\b(?:shares?|stocks?|index|indices|prices?)\b/i;

/** Answer words of opinion polls and the label a chart shows for each; first match in a clause wins. */
const ANSWER_LABELS: ReadonlyArray<[RegExp, string]> = [
  [/\bno change\b/i, 'No change'],
  [/\bimprove(?:ment)?\b/i, 'Will improve'],
  [/\bworsen\b/i, 'Will worsen'],
  [/\bpositive\b/i, 'Positive'],
  [/\bnegative\b/i, 'Negative'],
  [/\bindifferent\b/i, 'Indifferent'],
  [/\b(?:unsure|uncertain|undecided|don['’]t know|not sure)\b/i, 'Unsure'],
  [/\bemotions?\b/i, 'Decides on emotion'],
  [/\brational\b/i, 'Decides rationally'],
  [/\bimpossible\b/i, 'Impossible'],
  [/\bfriendly\b/i, 'Friendly ties'],
  [/\bsupport\b/i, 'Support'],
  [/\boppose\b/i, 'Oppose'],
  [/\bapprove\b/i, 'Approve'],
  [/\bdisapprove\b/i, 'Disapprove'],
  [/\btrust\b/i, 'Trust'],
];
const TOPIC = /\b(?:opinions?|views?|attitudes?|perceptions?|expectations?)\s+(?:of|about|toward|towards|to|for|on)\s+([^,.;:()]+)|\basked about\s+(?:what\s+|their\s+)?([^,.;:()]+)/i;

interface FoundNumber {
  value: number;
  /** offsets in the block text */
  start: number;
  end: number;
}

interface SentenceFigures {
  block: number;
  blockText: string;
  sentence: string;
  sentenceStart: number;
  numbers: FoundNumber[];
}

interface Draft {
  kind: 'comparison' | 'shares' | 'movement' | 'composition';
  title: string;
  unit: string;
  points: DataPoint[];
}

/**
 * Turns the percentages an article quotes into chartable datasets: poll answers, then-and-now
 * comparisons ("from 38% to 31%", "nearly double the 10% recorded ten years ago"), market moves
 * ("fell 2.6%", "down 10.1% and 9.5%, respectively") and a total with its parts ("5% = 3.5% + 1.5%").
 * Every point keeps the block and the offsets of the number it was read from.
 */
export function extractFigures(articleId: string, blocks: readonly Block[], publishedYear: string | null): { figures: Figure[]; datasets: Dataset[] } {
  return { figures: [], datasets: extractDatasets(articleId, blocks, publishedYear) };
}

function extractDatasets(articleId: string, blocks: readonly Block[], publishedYear: string | null): Dataset[] {
  const sentences: SentenceFigures[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const span of splitSentences(block.text)) {
      const sentence = block.text.slice(span.start, span.end);
      const numbers = [...sentence.matchAll(PERCENT)].map((match) => ({ value: Number(match[1]), start: span.start + match.index!, end: span.start + match.index! + match[0].length }));
      sentences.push({ block: blockIndex, blockText: block.text, sentence, sentenceStart: span.start, numbers });
    }
  });

  const drafts: Draft[] = [];
  let open: Draft | null = null;
  const close = () => {
    if (open && open.points.length >= 2) drafts.push(open);
    open = null;
  };
  sentences.forEach((item, index) => {
    if (item.numbers.length === 0) {
      close();
      return;
    }
    const context = sentences.slice(Math.max(0, index - 3), index + 1).map((s) => s.sentence).join(' ');
    const composition = readComposition(item);
    if (composition) {
      close();
      drafts.push(composition);
      return;
    }
    const comparison = readComparison(item, context, publishedYear);
    if (comparison) {
      if (open?.kind !== 'comparison') {
        close();
        open = { kind: 'comparison', title: titleFrom(sentences, index, 'then and now'), unit: '%', points: [] };
      }
      open!.points.push(...comparison);
      return;
    }
    const movement = readMovement(item);
    if (movement) {
      if (open?.kind !== 'movement') {
        close();
        open = { kind: 'movement', title: MARKET_WORDS.test(item.sentence) ? 'Share and index moves' : 'Reported changes', unit: '% change', points: [] };
      }
      open!.points.push(...movement);
      return;
    }
    const shares = readShares(item);
    if (!shares) {
      close();
      return;
    }
    const openDraft = open as Draft | null;
    const total = (openDraft?.kind === 'shares' ? openDraft.points : []).reduce((sum, point) => sum + point.value, 0);
    const added = shares.reduce((sum, point) => sum + point.value, 0);
    if (openDraft?.kind !== 'shares' || total + added > 101) {
      close();
      open = { kind: 'shares', title: titleFrom(sentences, index, 'answers'), unit: '% of respondents', points: [] };
    }
    open!.points.push(...shares);
  });
  close();

  // Two questions under one topic ("Perception of Trump": views, then how he decides) are told apart by their answers.
  drafts.forEach((draft, index) => {
    if (drafts.slice(0, index).some((earlier) => earlier.title === draft.title)) {
      draft.title = `${draft.title}: ${[...new Set(draft.points.map((point) => point.label.toLowerCase()))].join(' or ')}`;
    }
  });
  const used = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `${articleId}-${slugify(draft.title).slice(0, 48)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { id: count > 1 ? `${base}-${count}` : base, articleId, title: draft.title, unit: draft.unit, points: draft.points };
  });

  function toPoint(item: SentenceFigures, number: FoundNumber, label: string, value = number.value, series?: string): DataPoint {
    const block = blocks[item.block]!;
    return { label, value, ...(series ? { series } : {}), block: item.block, start: block.start + number.start, end: block.start + number.end };
  }

  function readComparison(item: SentenceFigures, context: string, year: string | null): DataPoint[] | null {
    const label = answerLabel(item.sentence);
    if (!label) return null;
    const thenSeries = context.match(/\bcompared (?:to|with)\s+(\d{4})\b/i)?.[1] ?? 'Before';
    const nowSeries = year ?? 'Now';
    const fromTo = item.sentence.match(/\bfrom\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i);
    const [first, second, ...rest] = item.numbers;
    if (fromTo && first && second) {
      const points = [toPoint(item, first, label, first.value, thenSeries), toPoint(item, second, label, second.value, nowSeries)];
      for (const extra of rest) {
        const clause = clauseAround(item, extra);
        const extraLabel = answerLabel(clause);
        if (extraLabel) points.push(toPoint(item, extra, extraLabel, extra.value, nowSeries));
      }
      return points;
    }
    if (first && second && item.numbers.length === 2 && /\b(?:ago|recorded|previously|up from|down from|compared)\b/i.test(item.blockText.slice(second.end, second.end + 40) + item.blockText.slice(first.end, second.start))) {
      return [toPoint(item, second, label, second.value, thenSeries), toPoint(item, first, label, first.value, nowSeries)];
    }
    return null;
  }

  function readMovement(item: SentenceFigures): DataPoint[] | null {
    const before = item.blockText.slice(item.sentenceStart, item.numbers[0]!.start);
    const down = MOVEMENT_DOWN.test(before);
    if (!down && !MOVEMENT_UP.test(before)) return null;
    const sign = down ? -1 : 1;
    const verb = before.search(down ? MOVEMENT_DOWN : MOVEMENT_UP);
    const subject = before.slice(0, verb);
    const names = subjectNames(subject);
    const respectively = /\brespectively\b/i.test(item.sentence);
    if (respectively && names.length === item.numbers.length) {
      return item.numbers.map((number, index) => toPoint(item, number, names[index]!, sign * number.value));
    }
    if (item.numbers.length === 1 && names.length === 1) return [toPoint(item, item.numbers[0]!, names[0]!, sign * item.numbers[0]!.value)];
    return null;
  }

  function readComposition(item: SentenceFigures): Draft | null {
    if (item.numbers.length < 3) return null;
    const [total, ...parts] = item.numbers;
    const sum = parts.reduce((acc, part) => acc + part.value, 0);
    if (Math.abs(sum - total!.value) > 0.05) return null;
    const labels = parts.map((part, index) => {
      const next = parts[index + 1]?.start ?? item.sentenceStart + item.sentence.length;
      const phrase = item.blockText.slice(part.end, next).match(/^\s*(?:for|on|to|in)\s+([^,;.]+?)(?:\s+and\s*)?(?:[,.;]|$)/i)?.[1];
      return phrase ? capitalise(phrase.trim()) : null;
    });
    if (labels.some((label) => !label)) return null;
    const ofWhat = item.blockText.slice(total!.end, total!.end + 12).match(/^\s*of\s+(GDP|[A-Z]{2,})/)?.[1];
    const noun = item.blockText.slice(item.sentenceStart, total!.start).match(/((?:[a-z-]+\s+){0,3}(?:pledge|target|budget|plan|goal|commitment|increase))\s+(?:of\s+)?$/i)?.[1];
    const unit = ofWhat ? `% of ${ofWhat}` : '%';
    return {
      kind: 'composition',
      title: noun ? capitalise(noun.replace(/^(?:a|an|the|new)\s+/i, '').replace(/^new\s+/i, '')) : 'Total and its parts',
      unit,
      points: [toPoint(item, total!, 'Total'), ...parts.map((part, index) => toPoint(item, part, labels[index]!))],
    };
  }

  function readShares(item: SentenceFigures): DataPoint[] | null {
    const points: DataPoint[] = [];
    for (const number of item.numbers) {
      const label = answerLabel(clauseAround(item, number));
      if (!label) return null;
      points.push(toPoint(item, number, label));
    }
    return points;
  }
}

/** The clause a number sits in, cut at "while", "and", semicolons and sentence edges. */
function clauseAround(item: SentenceFigures, number: FoundNumber): string {
  const sentenceEnd = item.sentenceStart + item.sentence.length;
  const text = item.blockText;
  const before = text.slice(item.sentenceStart, number.start);
  const startCut = Math.max(before.lastIndexOf(', while'), before.lastIndexOf(', and'), before.lastIndexOf(';'), before.lastIndexOf(', but'));
  const after = text.slice(number.end, sentenceEnd);
  const endMatch = after.search(/,\s*(?:while|and|but)\b|;/);
  return text.slice(startCut >= 0 ? item.sentenceStart + startCut : item.sentenceStart, endMatch >= 0 ? number.end + endMatch : sentenceEnd);
}

function answerLabel(clause: string): string | null {
  for (const [pattern, label] of ANSWER_LABELS) if (pattern.test(clause)) return label;
  return null;
}

/** "Shares in Italian defense firm Leonardo and Germany's Hensoldt" → ["Leonardo", "Hensoldt"]. */
function subjectNames(subject: string): string[] {
  return subject
    .split(/\s+and\s+|,\s*/)
    .map((part) => part.trim().match(/((?:[A-Z][\w&.-]*|&)(?:\s+(?:[A-Z][\w&.-]*|&))*)\s*(?:also|were|was|have|has|had)?\s*$/)?.[1])
    .filter((name): name is string => Boolean(name) && !/^(?:The|Shares?|Stocks?)$/.test(name!))
    .map((name) => name.replace(/^The\s+/, ''));
}

function titleFrom(sentences: readonly SentenceFigures[], index: number, fallback: string): string {
  for (let cursor = index; cursor >= Math.max(0, index - 4); cursor--) {
    const match = sentences[cursor]!.sentence.match(TOPIC);
    // "opinions of the US have improved" → "the US"; "asked about what direction Russia should take" keeps its verb.
    const topic = match?.[1]?.split(/\s+(?:have|has|had|is|are|was|were|remain|remains|could|would|will|should)\b/)[0]?.trim() ?? match?.[2]?.trim();
    if (topic) {
      const kind = match![0].split(/\s+/)[0]!.toLowerCase();
      const head = kind === 'asked' ? '' : `${capitalise(kind)} ${match![0].split(/\s+/)[1]} `;
      return capitalise(`${head}${topic}`.trim()) + (fallback === 'then and now' ? ': then and now' : '');
    }
  }
  return capitalise(fallback);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
