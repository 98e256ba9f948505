import { FUNCTION_WORDS } from '../lexicon/function-words.ts';
import { NAME_PARTICLES } from '../lexicon/name-particles.ts';
import { TITLE_WORDS } from '../lexicon/person-titles.ts';

/** A word of a capitalised run and its offsets in the block. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

const PARTICLE = NAME_PARTICLES.join('|');
const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*`;
/**
 * Runs of capitalised words on one line, with surname particles inside ("Ursula von der Leyen").
 * \p{Lu}, not [A-Z]: names open with Ł, Š or Ö as often as with L, S or O.
 */
const NAME_WORD = String.raw`(?:${CAPITALISED_WORD}|(?:${PARTICLE})-${CAPITALISED_WORD})`;
/** "I'm", "It's", "We're": a pronoun with its verb is never the first word of a name. */
const CONTRACTION = String.raw`(?!(?:I|It|He|She|We|They|You|That|There)['’](?:m|ll|ve|d|s|re)(?![\p{L}]))`;
export const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${CONTRACTION}${CAPITALISED_WORD}(?:[ \t\u00a0]+(?:(?:${PARTICLE})[ \t\u00a0]+)*${NAME_WORD})*`, 'gu');

/** One word of a person's name: "Nausėda", "O'Neill", "McAllister", "al-Rashid", an initial "J.", "JD", a particle. */
export const NAME_TOKEN = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Ll}\p{M}’'-]+(?:-\p{L}+)*|(?:\p{Lu}\.)+|\p{Lu}{2}|Ma?c\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+|(?:${PARTICLE})(?:-\p{Lu}\p{Ll}+)?)$`,
  'u',
);

const TITLES = new Set(TITLE_WORDS);
const OPENERS = new Set(FUNCTION_WORDS);
const ABBREVIATION_TOKEN = /^(?:\p{Lu}\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Jr|Sr|Lt|Col|Prof)\.$/u;

export function tokensOf(run: string, offset: number): NameToken[] {
  return [...run.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length }));
}

/** "Okafor's" → "Okafor", possessive; "Okafor." → "Okafor". */
export function stripPossessive(token: NameToken): { token: NameToken; possessive: boolean } {
  const match = token.text.match(/^(.*?)(?:['’]s?|\.)$/u);
  if (match && match[1] && /['’]/.test(token.text.slice(match[1].length))) {
    return { token: { ...token, text: match[1], end: token.start + match[1].length }, possessive: true };
  }
  if (token.text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(token.text)) {
    return { token: { ...token, text: token.text.slice(0, -1), end: token.end - 1 }, possessive: false };
  }
  return { token, possessive: false };
}

/**
 * Splits a capitalised run into the stretches that can each hold one name: a full stop ends a
 * sentence ("…signed by Ada Okafor. Critics…") and a possessive ends its owner's name ("the club's Ada Okafor").
 * @example segmentsOf(tokensOf('Ada Okafor. Critics', 0)) // [[Ada, Okafor], [Critics]]
 */
export function segmentsOf(tokens: NameToken[]): NameToken[][] {
  const segments: NameToken[][] = [];
  let current: NameToken[] = [];
  for (const token of tokens) {
    if (token.text.endsWith('.') && !ABBREVIATION_TOKEN.test(token.text)) {
      current.push({ ...token, text: token.text.slice(0, -1), end: token.end - 1 });
      segments.push(current);
      current = [];
    } else if (/['’]s?$/u.test(token.text)) {
      current.push(token);
      segments.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length > 0) segments.push(current);
  return segments.filter((segment) => segment.length > 0 && segment.some((token) => /\p{L}/u.test(token.text)));
}

const bareLower = (word: string) => word.replace(/['’]s?$/u, '').toLowerCase();

/** A word of a title ("Minister"), not of a name. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(bareLower(word));
}

/** A title, a sentence opener or an acronym: it stands before a name, never inside one. */
export function isTitleLike(word: string): boolean {
  const bare = word.replace(/['’]s?$/u, '');
  return isTitleWord(word) || OPENERS.has(bare.toLowerCase()) || /^\p{Lu}{3,}$/u.test(bare);
}
