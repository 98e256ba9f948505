import type { Person } from '../../data/contract.ts';
import type { Mention } from '../find-people.ts';
import { ROLE_WORDS as ROLE_WORD_LIST } from '../lexicon/person-roles.ts';
import { TITLE_WORDS as TITLE_WORD_LIST } from '../lexicon/person-titles.ts';
import { readRolePhrase, resolveRole } from './resolve-role.ts';
import { BETWEEN_SUBJECT_AND_VERB } from './speech-cues.ts';

/** What a speaker can be found among: one block of an article, and the article's people. */
export interface SpeakerScope {
  articleId: string;
  blockIndex: number;
  text: string;
  /** every mention of a person in the article, in reading order */
  mentions: readonly Mention[];
  /** mentions that can be the subject "he" points back to: not possessive, not an object, not quoted */
  eligible: readonly Mention[];
  /** eligible mentions that open their sentence or clause ("Trump said", "In Riga, Ruiz said"): whom a later "he" is about */
  subjects: readonly Mention[];
  people: readonly Person[];
}

/** A speaker and where the words naming them start in the block ("the Turkish president", "he", "Mr. Trump"). */
export interface Speaker {
  personId: string;
  start: number;
}

const ROLE_WORDS = new Set(ROLE_WORD_LIST);
const TITLE_WORDS = new Set(TITLE_WORD_LIST);
/** How far back (in blocks) "he" may point. */
const PRONOUN_REACH = 2;
const AUX_TAIL = new RegExp(String.raw`,?\s*${BETWEEN_SUBJECT_AND_VERB}$`, 'iu');
const APPOSITIVE_TAIL = new RegExp(String.raw`\s*(?:,[^,“”"‘;]{1,120},|[–—][^–—“”"‘;]{1,120}[–—])\s*${BETWEEN_SUBJECT_AND_VERB}$`, 'iu');
const ROLE_TAIL = /(?<![\p{L}])the\s+(?:[\p{L}’'.-]+\s+){0,2}[\p{L}-]+$/iu;

/**
 * The subject of a verb at `position`: a name, "he"/"she", or a role noun right before it, past
 * auxiliaries, adverbs and an appositive ("Craig Cameron, head of equities at a fund, told …").
 * @example subjectEndingAt(scope, text.indexOf('said')) // { personId: 'donald-trump', start: 0 } for "Trump also said"
 */
export function subjectEndingAt(scope: SpeakerScope, position: number, floor = 0): Speaker | null {
  const before = scope.text.slice(floor, position);
  for (const tail of [AUX_TAIL, APPOSITIVE_TAIL]) {
    const match = before.match(tail);
    if (!match) continue;
    const found = subjectEndingExactly(scope, floor, floor + match.index!);
    if (found) return found;
  }
  return null;
}

function subjectEndingExactly(scope: SpeakerScope, floor: number, end: number): Speaker | null {
  const named = scope.mentions.find((mention) => mention.block === scope.blockIndex && mention.end === end && mention.start >= floor);
  if (named) return named.possessive || named.afterPreposition ? null : { personId: named.personId, start: named.start };
  const head = scope.text.slice(floor, end);
  const pronoun = head.match(/(?<![\p{L}])(?:he|she)$/iu);
  if (pronoun) {
    const start = floor + pronoun.index!;
    const personId = previousSubject(scope, start);
    return personId ? { personId, start } : null;
  }
  const role = head.match(ROLE_TAIL);
  const phrase = role ? readRolePhrase(role[0]) : null;
  if (role && phrase) {
    const start = floor + role.index!;
    const personId = resolveRole(phrase, scope.mentions, scope.people, scope.articleId, scope.blockIndex, start);
    return personId ? { personId, start } : null;
  }
  return null;
}

/**
 * The speaker named right after a verb at `position`: "said ministry spokesperson Ana Ruiz",
 * "said the Turkish president", "said he". Only title words may come between verb and name.
 * @example subjectStartingAt(scope, text.indexOf('said') + 4) // "…,” said Foreign Minister Ana Ruiz."
 */
export function subjectStartingAt(scope: SpeakerScope, position: number): Speaker | null {
  const after = scope.text.slice(position);
  const named = scope.mentions.find((mention) => mention.block === scope.blockIndex && mention.start >= position && mention.start - position <= 80 && onlyTitleWords(scope.text.slice(position, mention.start)));
  if (named && !named.possessive) return { personId: named.personId, start: named.start };
  const pronoun = after.match(/^\s+(he|she)(?![\p{L}])/iu);
  if (pronoun) {
    const personId = previousSubject(scope, position);
    return personId ? { personId, start: position + pronoun[0].length - pronoun[1]!.length } : null;
  }
  const role = after.match(/^\s+(the\s+(?:[\p{L}’'.-]+\s+){0,2}[\p{L}-]+)(?![\p{L}])(?!\s+of\b)/iu);
  const phrase = role ? readRolePhrase(role[1]!) : null;
  if (role && phrase) {
    const start = position + role[0].length - role[1]!.length;
    const personId = resolveRole(phrase, scope.mentions, scope.people, scope.articleId, scope.blockIndex, start);
    return personId ? { personId, start } : null;
  }
  return null;
}

/** Words that may stand between a verb and a name, or open a sentence before its subject: "US Treasury Secretary". */
export function onlyTitleWords(between: string): boolean {
  if (!/^\s*(?:[\p{L}.’'-]+\s+){0,6}$/u.test(between)) return false;
  return between
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => /^\p{Lu}/u.test(word) || /^(?:of|for)$/i.test(word) || TITLE_WORDS.has(word.toLowerCase()) || ROLE_WORDS.has(word.toLowerCase()));
}

/**
 * Who "he" is at a position: the last person named as the subject of a sentence or clause before
 * it ("Trump told Putin …. He said" is Trump), else the last person named as a possible subject, in
 * this block or the two before.
 * @example previousSubject(scope, 0) // 'donald-trump' after "Trump spoke on the radio."
 */
export function previousSubject(scope: SpeakerScope, position: number): string | null {
  const isBefore = (mention: Mention) => mention.block < scope.blockIndex || (mention.block === scope.blockIndex && mention.end <= position);
  const within = (mention: Mention | undefined) => (mention && scope.blockIndex - mention.block <= PRONOUN_REACH ? mention.personId : null);
  return within(scope.subjects.filter(isBefore).pop()) ?? within(scope.eligible.filter(isBefore).pop());
}

/**
 * Whether a mention opens its sentence or clause, after title words only: "US President Donald
 * Trump said", "At the hearing, Judge Ana Ruiz ruled".
 * @example opensClause('In Riga, Ruiz said', 9) // true
 */
export function opensClause(text: string, sentenceStart: number, mentionStart: number): boolean {
  const before = text.slice(sentenceStart, mentionStart);
  const clause = before.slice(Math.max(before.lastIndexOf(',') + 1, 0)).replace(/[“”"‘’]/g, '');
  // "Calling Ruiz a “cheat”, …": a capitalised participle opens the clause, so Ruiz is its object.
  return onlyTitleWords(clause) && !/\p{L}ing\b/iu.test(clause);
}
