import { ROLE_MODIFIERS, ROLE_WORDS } from '../lexicon/person-roles.ts';
import { isPlaceName, looksLikePersonName } from '../name-lexicon.ts';
import { NAME_RUN, isTitleWord, type NameToken } from './name-shape.ts';

const ROLES = new Set(ROLE_WORDS);
const MODIFIERS = new Set(ROLE_MODIFIERS);

/** A role noun, singular or plural, in any case: "striker", "Councillors". */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLES.has(lower) || (lower.endsWith('s') && ROLES.has(lower.slice(0, -1)));
}

const isDescriptiveCapital = (word: string) => /^\p{Lu}{2,}$|^U\.S\.$/u.test(word) || isTitleWord(word) || isPlaceName(word) || isRoleWord(word);

/**
 * The words before a name that say who the person is: "Lithuanian Foreign Minister", "the club's new striker".
 * It walks back over titles, role words, acronyms and places, and stops at another name, so
 * "Okafor and club chairman Ben Mills" describes Mills as "club chairman" only.
 * @example descriptorBefore('Club chairman Ben Mills', 14, []) // 'Club chairman'
 */
export function descriptorBefore(text: string, runStart: number, titleTokens: NameToken[]): string | null {
  const words: string[] = titleTokens.map((token) => token.text).filter((word) => isDescriptiveCapital(word) && word.toLowerCase() !== 'the');
  // A description sits right before the name: look back a short window, not the whole block.
  let prefix = text.slice(Math.max(0, runStart - 120), runStart);
  const comma = prefix.match(/,\s*$/);
  // "the chairman of the NRC (Northern Rail Council), Ada Okafor": the spelled-out name in brackets is not the description.
  if (comma && words.length === 0) prefix = prefix.slice(0, -comma[0].length).replace(/\s*\([^()]{1,60}\)$/u, '');
  const candidates = prefix.trim().split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  if (titleTokens.length === 0 || words.length === titleTokens.length) {
    for (let index = candidates.length - 1; index >= 0; index--) {
      const word = candidates[index]!;
      if (/[.,;:]$/.test(word) || !/^[\p{L}\p{M}.'’-]+$/u.test(word)) break;
      if (/['’]s$/u.test(word) && /^\p{Lu}/u.test(word)) {
        taken.unshift(word);
        break;
      }
      const lower = word.toLowerCase();
      const accepted = /^\p{Lu}/u.test(word) ? isDescriptiveCapital(word) : ROLES.has(lower) || MODIFIERS.has(lower);
      if (!accepted) break;
      taken.unshift(word);
    }
  }
  while (taken.length > 0 && /^(?:of|the|his|her|their)$/i.test(taken[0]!)) taken.shift();
  const phrase = [...taken, ...words].join(' ').trim();
  if (!phrase) return null;
  const hasRole = phrase.split(/\s+/).some((word) => ROLES.has(word.toLowerCase()));
  return hasRole ? phrase : null;
}

// "Ada Okafor, the club's new striker, …", "…, head of research at Northgate": a role noun within a few
// words of the comma. Capitalised roles count too ("…, Chief Constable of the County Police").
const roleAlternation = [...ROLES].sort((a, b) => b.length - a.length).map((role) => `[${role[0]!.toUpperCase()}${role[0]}]${role.slice(1)}`).join('|');
const APPOSITIVE = new RegExp(String.raw`^,\s+((?:the\s+|a\s+|an\s+)?(?:[\p{Ll}’'-]+\s+|\p{Lu}[\p{L}’'-]*['’]s\s+){0,3}?(?:${roleAlternation})(?!\p{L})[^,.;:()“”"\n]{0,90}?)(?=[,.;:()“”"\n]|$)`, 'u');

/**
 * The appositive after a name that says who the person is.
 * @example descriptorAfter(', an analyst at Northgate Capital, said') // 'an analyst at Northgate Capital'
 */
export function descriptorAfter(rest: string): string | null {
  const phrase = rest.match(APPOSITIVE)?.[1]?.trim() ?? null;
  // "Ada Okafor, club chairman Ben Mills and …" lists a second person: the role is his, not hers.
  return phrase !== null && namesTitledPerson(phrase) ? null : phrase;
}

/** A name right after a role or inside a title ("chairman Ben Mills", "Secretary of Sport Ben Mills"), not a firm ("at Northgate Capital"). */
function namesTitledPerson(phrase: string): boolean {
  return [...phrase.matchAll(NAME_RUN)].some((run) => {
    const words = run[0].split(/\s+/);
    const previous = phrase.slice(0, run.index).trim().split(/\s+/).pop() ?? '';
    const titled = ROLES.has(previous.toLowerCase()) || isTitleWord(words[0]!);
    const name = words.filter((word) => !isTitleWord(word));
    return titled && name.length >= 2 && looksLikePersonName(name.join(' '));
  });
}
