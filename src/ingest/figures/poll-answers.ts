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
  [/\bdisapprove\b/i, 'Disapprove'],
  [/\bapprove\b/i, 'Approve'],
  [/\bsupport\b/i, 'Support'],
  [/\boppose\b/i, 'Oppose'],
  [/\btrust\b/i, 'Trust'],
];
const TOPIC = /\b(?:opinions?|views?|attitudes?|perceptions?|expectations?)\s+(?:of|about|toward|towards|to|for|on)\s+([^,.;:()]+)|\basked about\s+(?:what\s+|their\s+)?([^,.;:()]+)/i;

/** A number inside a sentence: offsets into the text the sentence was cut from. */
export interface NumberSpan {
  start: number;
  end: number;
}

/**
 * The answer a poll share stands for, read from its own stretch of the sentence: first the words
 * after it up to the next number ("52% said they support the plan, "), then the words before it.
 * Reading the whole sentence gave every share the first answer word of the sentence.
 * @example answerFor('52% support it, 30% oppose it.', [{ start: 0, end: 3 }, { start: 16, end: 19 }], 1, 0, 30) // 'Oppose'
 */
export function answerFor(text: string, numbers: readonly NumberSpan[], index: number, sentenceStart: number, sentenceEnd: number): string | null {
  const number = numbers[index]!;
  const after = text.slice(number.end, numbers[index + 1]?.start ?? sentenceEnd);
  const before = text.slice(numbers[index - 1]?.end ?? sentenceStart, number.start);
  return answerLabel(after) ?? answerLabel(before);
}

export function answerLabel(clause: string): string | null {
  for (const [pattern, label] of ANSWER_LABELS) if (pattern.test(clause)) return label;
  return null;
}

/** "Shares in Italian defense firm Leonardo and Germany's Hensoldt" → ["Leonardo", "Hensoldt"]. */
export function subjectNames(subject: string): string[] {
  return subject
    .split(/\s+and\s+|,\s*/)
    .map((part) => part.trim().match(/((?:[A-Z][\w&.-]*|&)(?:\s+(?:[A-Z][\w&.-]*|&))*)\s*(?:also|were|was|have|has|had)?\s*$/)?.[1])
    .filter((name): name is string => Boolean(name) && !/^(?:The|Shares?|Stocks?)$/.test(name!))
    .map((name) => name.replace(/^The\s+/, ''));
}

/**
 * The question a run of poll answers belongs to, from the nearest sentence that names it
 * ("opinions of the US have improved" → "Opinions of the US").
 * @example pollTitle(['Attitudes toward Canada have improved.'], 0, 'answers') // 'Attitudes toward Canada'
 */
export function pollTitle(sentences: readonly string[], index: number, fallback: string): string {
  for (let cursor = index; cursor >= Math.max(0, index - 4); cursor--) {
    const match = sentences[cursor]!.match(TOPIC);
    // "asked about what direction Russia should take" keeps its verb.
    const topic = match?.[1]?.split(/\s+(?:have|has|had|is|are|was|were|remain|remains|could|would|will|should)\b/)[0]?.trim() ?? match?.[2]?.trim();
    if (topic) {
      const kind = match![0].split(/\s+/)[0]!.toLowerCase();
      const head = kind === 'asked' ? '' : `${capitalise(kind)} ${match![0].split(/\s+/)[1]} `;
      return capitalise(`${head}${topic}`.trim()) + (fallback === 'then and now' ? ': then and now' : '');
    }
  }
  return capitalise(fallback);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
