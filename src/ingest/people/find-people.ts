import { KNOWN_PEOPLE, type KnownPerson } from '../known-people.ts';
import { foldName, slugify } from '../slugify.ts';
import { promoteListedNames, rawMentionsIn } from './name-mentions.ts';
import { resolveMentions } from './resolve-mentions.ts';
import type { ArticleText, KnownEntry, PeopleResult, RawMention } from './types.ts';

/** Every folded spelling of the story's people → who it names. */
export function buildGazetteer(knownPeople: readonly KnownPerson[]): Map<string, KnownEntry> {
  const byAlias = new Map<string, KnownEntry>();
  for (const person of knownPeople) {
    const entry = { id: slugify(person.name), name: person.name };
    for (const alias of [person.name, ...person.aliases]) byAlias.set(foldName(alias), entry);
  }
  return byAlias;
}

/**
 * Finds the people an article names: listed people under any alias, and new people whose names
 * have a person's shape or a role beside them; merges spellings, and keeps each outlet's
 * description of each person. Bylines, credits and captions name no one (credit-lines.ts).
 * `knownPeople` is the story's list of people and spellings; another story passes its own (or none).
 * @example findPeople([{ id: 'a', blocks: [{ type: 'paragraph', text: 'Club chairman Ben Mills said so.', start: 0, end: 32 }] }])
 */
export function findPeople(articles: readonly ArticleText[], knownPeople: readonly KnownPerson[] = KNOWN_PEOPLE): PeopleResult {
  const gazetteer = buildGazetteer(knownPeople);
  return resolveMentions(articles.flatMap((article) => nameMentionsOf(article, gazetteer)), gazetteer);
}

/**
 * The name phrases of one article, before spellings are merged across the corpus: the per-article half
 * of findPeople, which the ingest runs in parallel (resolveMentions is the half that needs every article).
 */
export function nameMentionsOf(article: ArticleText, gazetteer: Map<string, KnownEntry>): RawMention[] {
  const raw: RawMention[] = [];
  article.blocks.forEach((block, blockIndex) => {
    const found = rawMentionsIn(article.id, blockIndex, block.text, gazetteer);
    promoteListedNames(found, block.text);
    raw.push(...found.filter((mention) => !mention.plausible));
  });
  return raw;
}
