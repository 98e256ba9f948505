import type { Person } from '../../data/contract.ts';
import type { Mention } from '../find-people.ts';
import { ROLE_WORDS as ROLE_WORD_LIST } from '../lexicon/person-roles.ts';

const ROLE_WORDS = new Set(ROLE_WORD_LIST);

/**
 * Role nouns that name no office of their own: "the Ukrainian leader" fits a president. Not "the
 * official": reporters use it for the anonymous source they just introduced ("a senior official,
 * who asked not to be named, …"), so it fits only a person described as an official.
 */
const GENERIC_ROLES = new Set(['leader']);
/** How far back (in blocks) "the official" may point. */
const ROLE_REACH = 4;

export interface RolePhrase {
  /** the role noun: "president" in "the Turkish president" */
  head: string;
  /** the words before it: ["turkish"] */
  modifiers: string[];
}

/**
 * Reads "the Turkish president" / "the Kremlin aide" / "the official" as a role phrase; null for
 * anything else (a role qualified by "of …" names a post the descriptors rarely spell out).
 * @example readRolePhrase('the Kremlin aide') // { head: 'aide', modifiers: ['kremlin'] }
 */
export function readRolePhrase(phrase: string): RolePhrase | null {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length < 2 || words.length > 4) return null;
  const head = words[words.length - 1]!;
  if (!ROLE_WORDS.has(head)) return null;
  return { head, modifiers: words.slice(1, -1).map((word) => word.replace(/[’']s$/, '')) };
}

/**
 * The person a role phrase stands for: the nearest earlier person of the article whose descriptors
 * fit it ("Turkish President" fits "the Turkish president"; a president fits "the leader"). Nobody
 * when no one fits: a role noun is not enough evidence to guess.
 * @example resolveRole({ head: 'aide', modifiers: ['kremlin'] }, mentions, people, 'a1', 3, 0)
 */
export function resolveRole(role: RolePhrase, mentions: readonly Mention[], people: readonly Person[], articleId: string, blockIndex: number, position: number): string | null {
  const before = mentions.filter((mention) => mention.block < blockIndex || (mention.block === blockIndex && mention.end <= position));
  const tried = new Set<string>();
  for (let index = before.length - 1; index >= 0; index--) {
    const mention = before[index]!;
    if (blockIndex - mention.block > ROLE_REACH) break;
    if (tried.has(mention.personId)) continue;
    tried.add(mention.personId);
    const person = people.find((candidate) => candidate.id === mention.personId);
    const descriptors = (person?.descriptors ?? []).filter((descriptor) => descriptor.articleId === articleId).map((descriptor) => descriptor.text);
    if (descriptors.some((descriptor) => roleFits(role, descriptor))) return mention.personId;
  }
  return null;
}

function roleFits(role: RolePhrase, descriptor: string): boolean {
  const words = new Set(descriptor.toLowerCase().replace(/[’']s\b/g, '').split(/[\s-]+/));
  const headFits = words.has(role.head) || (GENERIC_ROLES.has(role.head) && [...words].some((word) => ROLE_WORDS.has(word)));
  return headFits && role.modifiers.every((modifier) => words.has(modifier));
}
