import { nlp } from '../nlp.ts';
import { MOVEMENT_DOWN_VERBS, MOVEMENT_UP_VERBS } from '../lexicon/units.ts';
import type { UnitReading } from './read-unit.ts';

/** Which way a figure moves when its clause says so ("Acme fell 2%"), with the words before the verb. */
export interface Movement {
  direction: 'fall' | 'rise';
  subject: string;
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|some|about|nearly|almost|around|over|more than|at least|another|new|fresh)\s+/i;
const CLAUSE_START = /(?:^|[,;:(—–]\s*|\b(?:while|and|but|with|as|after|which|that|who)\s+)(?=[^,;:(—–]*$)/i;
const STOP_WORDS = /^(?:of|in|on|at|to|for|from|by|with|and|or|but|than|that|which|who|were|was|are|is|have|has|had|will|would|could|said|says|after|before|since|as)$/i;
const MOVE_AFTER = new RegExp(`^\\s+(${[...MOVEMENT_DOWN_VERBS, ...MOVEMENT_UP_VERBS].join('|')})\\b`, 'i');
const MOVE_BEFORE = new RegExp(`\\b(${[...MOVEMENT_DOWN_VERBS, ...MOVEMENT_UP_VERBS].join('|')})\\s+(?:by\\s+|about\\s+|nearly\\s+|almost\\s+|some\\s+)?$`, 'i');
const down = new Set(MOVEMENT_DOWN_VERBS);

/**
 * The direction of a share or price move a number states, read from the verb right before or after it.
 * @example readMovement('Shares in Acme fell 2.5%', 20, 24) // { direction: 'fall', subject: 'Shares in Acme' }
 */
export function readMovement(text: string, start: number, end: number): Movement | null {
  const before = text.slice(0, start);
  const verbBefore = before.match(MOVE_BEFORE);
  const verbAfter = text.slice(end).match(MOVE_AFTER);
  const verb = (verbBefore?.[1] ?? verbAfter?.[1])?.toLowerCase();
  if (!verb) return null;
  const clause = before.slice(0, verbBefore ? verbBefore.index : before.length);
  const subject = lastWords(clauseOf(clause), 5).replace(/^(?:with|while|and|but|as|which|that|whereas)\s+/i, '').replace(/\s+(?:was|were|is|are|has|had|have)$/i, '');
  return { direction: down.has(verb) ? 'fall' : 'rise', subject };
}

/**
 * A short readable label for a figure, from the words of its own sentence: what is counted, the
 * noun a number modifies ("30-day ceasefire"), the "of" phrase ("56% of respondents"), or the
 * clause's subject; a move adds "fall" or "rise".
 * @example labelFigure('Rheinmetall fell 4.6%.', { unit: '%', start: 17, end: 21, kind: 'percent' }) // 'Rheinmetall fall'
 */
export function labelFigure(text: string, reading: UnitReading): string {
  const movement = reading.kind === 'percent' || reading.kind === 'money' ? readMovement(text, reading.start, reading.end) : null;
  if (movement && isReadableLabel(movement.subject, reading.unit)) return capitalise(`${movement.subject} ${movement.direction}`);
  const after = text.slice(reading.end);
  const phrase = reading.noun
    ? text.slice(reading.noun.start, reading.noun.end) + prepositionalTail(text.slice(reading.noun.end))
    : (after.match(/^\s+of\s+([^,;:.()—–]+)/i)?.[1]?.split(/\s+/).filter((_, index, words) => index < 5 && !words.slice(0, index + 1).some((word, at) => at > 0 && STOP_WORDS.test(word))).join(' ') ??
      nounAfter(after) ??
      after.match(/^\s+(?:in|among|for|on)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)/)?.[1] ??
      before(text, reading.start));
  const label = (phrase || reading.unit).replace(/[“”"‘’]/g, '').replace(DETERMINER, '').replace(DETERMINER, '').trim();
  return capitalise(isReadableLabel(label, reading.unit) ? label : contextLabel(text, reading.start, reading.end));
}

const FUNCTION_WORD = /^(?:they|them|it|its|he|she|him|her|we|us|you|i|which|that|this|these|those|who|what|there|here|next|same|such|the|a|an|of|in|on|at|to|for|by|with|and|or|but|while|as|is|was|were|be|been|had|has|have|are|will|would|can|could)$/i;

/** A label a reader can use names a thing: not a pronoun, a stray letter, the unit again or a clause cut mid-way ("Deadline he"). */
function isReadableLabel(label: string, unit: string): boolean {
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length === 0 || label.replace(/[^\p{L}]/gu, '').length < 3 || label === unit) return false;
  if (FUNCTION_WORD.test(words[0]!) && words.length <= 3) return false;
  return !FUNCTION_WORD.test(words[words.length - 1]!) || words[words.length - 1]!.length > 4;
}

/** When no phrase names what is counted, the words around the number, within its clause, say it best. */
function contextLabel(text: string, start: number, end: number): string {
  const head = clauseOf(text.slice(0, start)).split(/\s+/).filter(Boolean).slice(-4);
  const tail = (text.slice(end).match(/^[^,;:.()—–]*/)?.[0] ?? '').split(/\s+/).filter(Boolean).slice(0, 3);
  while (head.length > 0 && FUNCTION_WORD.test(head[0]!)) head.shift();
  while (head.length > 0 && FUNCTION_WORD.test(head[head.length - 1]!) && head.length > 1 && /^(?:had|has|have|is|was|are|were)$/i.test(head[0]!)) head.shift();
  while (tail.length > 0 && FUNCTION_WORD.test(tail[tail.length - 1]!)) tail.pop();
  return [...head, text.slice(start, end), ...tail].join(' ').replace(/[“”"‘’]/g, '').trim();
}

function prepositionalTail(rest: string): string {
  const tail = rest.match(/^\s+(?:of|from|per|in|on|for)\s+[A-Za-z’'-]+(?:\s+(?:of|from|each|war|the|[a-z]+))?/)?.[0] ?? '';
  // "killed in combat during 2024": the tail stops before a preposition that would lead nowhere.
  return tail.split(/\s+/).slice(0, 5).join(' ').replace(/\s+(?:the|of|from|in|on|for|during|at|by|with|to|over|after|before|since|until|and|or)$/i, '');
}

/** The noun a number modifies: "a 30-day ceasefire", "a €800bn plan", "a fresh 25% tariff". */
function nounAfter(after: string): string | null {
  const words = after.match(/^(?:-|\s+)((?:[“"]?[a-z][a-z’'-]*[”"]?\s*){1,3})/)?.[1]?.trim().split(/\s+/) ?? [];
  const kept: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.test(word.replace(/[“”"]/g, ''))) break;
    kept.push(word);
  }
  const phrase = kept.join(' ');
  if (!phrase) return null;
  const tags = (nlp(phrase).json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap((sentence) => sentence.terms).map((term) => term.tags);
  return tags.some((set) => set.includes('Noun')) && !tags[0]?.includes('Verb') ? phrase : null;
}

/** The noun before "of" ("a shortfall of 2.7 billion"), else the last noun phrase of the clause, else the sentence's first. */
function before(text: string, start: number): string {
  const head = text.slice(0, start);
  const ofNoun = head.match(/([A-Za-z’'-]+(?:\s+[A-Za-z’'-]+)?)\s+of\s+(?:about\s+|nearly\s+|some\s+|around\s+|almost\s+|over\s+)?$/)?.[1];
  if (ofNoun && !STOP_WORDS.test(ofNoun.split(/\s+/).pop()!)) return ofNoun;
  const clauseNouns = nlp(clauseOf(head)).nouns().out('array') as string[];
  const noun = clauseNouns.pop() ?? (nlp(text).nouns().out('array') as string[])[0];
  return lastWords((noun ?? '').replace(/[,.;:]+$/, ''), 5);
}

function clauseOf(before: string): string {
  const match = before.match(CLAUSE_START);
  return (match ? before.slice((match.index ?? 0) + match[0].length) : before).trim();
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(-count).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
