import type { GoldPerson } from './read-conllu.ts';

/** A gold person after unifying entities the annotators split, with the strings a system may call them by. */
export interface GoldIndividual {
  /** the Wikipedia identity, or `#<entity id>` within its document */
  key: string;
  /** a readable name for reports: the longest proper name of two words or more, else the identity, else a name or the first mention */
  label: string;
  /**
   * named by a proper name in the text: a name of two words or more, or one word the Wikipedia identity
   * confirms ("Halston"); a title alone ("the High Commissioner", identity Filippo_Grandi) is not a name
   */
  named: boolean;
  /** normalised mention strings and names, pronouns left out */
  matchKeys: Set<string>;
  /** normalised mentions that are nothing but the person's name ("Eastman", "Cres Eastman's") */
  bareNames: Set<string>;
}

const PRONOUNS = new Set(
  'i me my mine myself you your yours yourself he him his himself she her hers herself it its we us our ours ourselves they them their theirs themselves who whom whose one someone anyone no one everyone'.split(' '),
);

/**
 * The comparable form of a name: case, curly quotes, a leading "the", a possessive and spacing don't count.
 * @example normaliseName("The  President’s") // 'president'
 */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .replace(/^["']|["',.]$/g, '')
    .trim();
}

/**
 * Turns a document's person entities into individuals. GUM sometimes splits one person into two
 * entities (a second "Warhol" chain, an unlinked "Devocht"); they are joined when they share an identity,
 * or share a name and no identity tells them apart, so a system that joins them is not charged a merge.
 */
export function toGoldIndividuals(people: readonly GoldPerson[]): GoldIndividual[] {
  const parent = people.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const names = people.map((person) => new Set(person.names.map(normaliseName)));
  people.forEach((person, a) => {
    for (let b = 0; b < a; b++) {
      const other = people[b]!;
      const sameIdentity = person.identity !== null && person.identity === other.identity;
      const compatible = person.identity === null || other.identity === null;
      const sharesName = [...names[a]!].some((name) => names[b]!.has(name));
      if (sameIdentity || (compatible && sharesName)) parent[find(a)] = find(b);
    }
  });
  const groups = new Map<number, GoldPerson[]>();
  people.forEach((person, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), person]));
  return [...groups.values()].map(toIndividual);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[\s_]+/).filter(Boolean);
}

function toIndividual(group: readonly GoldPerson[]): GoldIndividual {
  const identity = group.find((person) => person.identity !== null)?.identity ?? null;
  const names = group.flatMap((person) => person.names);
  const mentions = group.flatMap((person) => person.mentions);
  const longestName = [...names].sort((a, b) => wordsOf(b).length - wordsOf(a).length || b.length - a.length)[0];
  const identityName = identity?.replace(/_/g, ' ').replace(/ \(.*\)$/, '');
  const normalisedNames = new Set(names.map(normaliseName));
  const matchKeys = new Set([...mentions, ...names].map(normaliseName).filter((key) => key !== '' && !PRONOUNS.has(key)));
  return {
    key: identity ?? `#${group[0]!.entityId}`,
    label: (longestName && wordsOf(longestName).length >= 2 ? longestName : identityName) ?? longestName ?? mentions[0] ?? group[0]!.entityId,
    named: names.some((name) => wordsOf(name).length >= 2 || (identity !== null && wordsOf(identity).some((word) => wordsOf(name).includes(word)))),
    matchKeys,
    bareNames: new Set(mentions.map(normaliseName).filter((mention) => normalisedNames.has(mention))),
  };
}
