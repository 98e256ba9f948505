import type { Descriptor, Person } from '../../data/contract.ts';
import { foldName, slugify } from '../slugify.ts';
import type { KnownEntry, Mention, PeopleResult, RawMention } from './types.ts';

/**
 * Merges the raw mentions of a corpus into people: listed people by id, discovered people grouped
 * by folded surname and first initial ("Yury"/"Yuri Ushakov"); a lone surname goes to the full name
 * of its own article, or to a listed person.
 * @example resolveMentions(rawMentionsIn('a', 0, 'Ada Okafor said. Okafor left.', gazetteer), gazetteer)
 */
export function resolveMentions(raw: RawMention[], gazetteer: Map<string, KnownEntry>): PeopleResult {
  // Discovered people: group spellings by folded surname and first initial ("Yury"/"Yuri Ushakov").
  const discovered = new Map<string, { names: Map<string, number> }>();
  const groupKey = (tokens: string[]) => `${foldName(tokens[tokens.length - 1]!)}|${foldName(tokens[0]!).charAt(0)}`;
  for (const mention of raw) {
    if (!mention.candidate) continue;
    const key = groupKey(mention.tokens);
    const group = discovered.get(key) ?? { names: new Map() };
    const name = mention.tokens.join(' ');
    group.names.set(name, (group.names.get(name) ?? 0) + 1);
    discovered.set(key, group);
  }
  const discoveredIds = new Map<string, KnownEntry>();
  for (const [key, group] of discovered) {
    const name = [...group.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
    discoveredIds.set(key, { id: slugify(name), name });
  }

  const knownIds = new Set([...gazetteer.values()].map((entry) => entry.id));
  const people = new Map<string, { name: string; aliases: Set<string>; descriptors: Descriptor[] }>();
  const mentions = new Map<string, Mention[]>();
  const surnameOwners = new Map<string, Set<string>>();
  const record = (entry: KnownEntry, alias: string) => {
    const person = people.get(entry.id) ?? { name: entry.name, aliases: new Set<string>(), descriptors: [] };
    if (alias !== entry.name) person.aliases.add(alias);
    people.set(entry.id, person);
    const surname = foldName(entry.name.split(' ').pop() ?? '');
    surnameOwners.set(surname, (surnameOwners.get(surname) ?? new Set()).add(entry.id));
  };
  const fullNameEntry = (mention: RawMention): KnownEntry | null => {
    if (mention.knownId) return gazetteer.get(foldName(mention.tokens.join(' '))) ?? null;
    if (mention.candidate) return discoveredIds.get(groupKey(mention.tokens)) ?? null;
    return null;
  };
  for (const mention of raw) {
    const entry = fullNameEntry(mention);
    if (entry && mention.tokens.length >= 2) record(entry, mention.tokens.join(' '));
  }

  // Full-name mentions by article, so a lone surname looks only at its own article (linear in the corpus).
  const fullNamesByArticle = new Map<string, RawMention[]>();
  for (const mention of raw) {
    if (mention.tokens.length < 2) continue;
    const list = fullNamesByArticle.get(mention.articleId) ?? [];
    list.push(mention);
    fullNamesByArticle.set(mention.articleId, list);
  }
  for (const mention of raw) {
    let entry = fullNameEntry(mention);
    if (mention.tokens.length === 1) {
      const surname = foldName(mention.tokens[0]!);
      const fullNames = fullNamesByArticle.get(mention.articleId) ?? [];
      const inArticle = fullNames.filter((other) => foldName(other.tokens[other.tokens.length - 1]!) === surname);
      const local = new Set(inArticle.map((other) => fullNameEntry(other)?.id).filter(Boolean));
      if (local.size === 0) {
        // A first name alone ("Vladimir called me up") names someone only when one person in the article has it.
        const byFirstName = fullNames.filter((other) => foldName(other.tokens[0]!) === surname);
        const firstNameOwners = new Set(byFirstName.map((other) => fullNameEntry(other)?.id).filter(Boolean));
        if (firstNameOwners.size === 1) for (const id of firstNameOwners) local.add(id);
      }
      const owners = surnameOwners.get(surname);
      if (local.size === 1) entry = people.has([...local][0]!) ? { id: [...local][0]!, name: people.get([...local][0]!)!.name } : null;
      // Across articles, a lone surname is trusted only for listed people: "Mills" in a football story is not the Mills of a court case.
      else if (!entry && owners?.size === 1 && knownIds.has([...owners][0]!)) entry = { id: [...owners][0]!, name: people.get([...owners][0]!)!.name };
      if (entry) record(entry, mention.tokens[0]!);
    }
    if (!entry) continue;
    const person = people.get(entry.id)!;
    for (const text of [mention.descriptorBefore, mention.descriptorAfter]) {
      if (text && !person.descriptors.some((d) => d.text === text && d.articleId === mention.articleId)) {
        person.descriptors.push({ text, articleId: mention.articleId });
      }
    }
    const list = mentions.get(mention.articleId) ?? [];
    list.push({ personId: entry.id, block: mention.block, start: mention.start, end: mention.end, possessive: mention.possessive, afterPreposition: mention.afterPreposition });
    mentions.set(mention.articleId, list);
  }

  const mentioned = new Set([...mentions.values()].flatMap((list) => list.map((mention) => mention.personId)));
  const result: Person[] = [...people]
    .filter(([id]) => mentioned.has(id))
    .map(([id, person]) => ({ id, name: person.name, aliases: [...person.aliases].sort(), descriptors: person.descriptors }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { people: result, mentions };
}
