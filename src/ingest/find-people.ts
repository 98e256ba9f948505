import type { Block, Descriptor, Person } from '../data/contract.ts';
import { isCommonWord, isPlaceName, isPlaceOrOrganisation, looksLikePersonName } from './name-lexicon.ts';
import { KNOWN_PEOPLE, NON_PERSON_FINAL_WORDS, ROLE_WORDS, TITLE_WORDS } from './known-people.ts';
import { foldName, slugify } from './slugify.ts';

/** A person named in a block; start/end are offsets into the block's text. */
export interface Mention {
  personId: string;
  block: number;
  start: number;
  end: number;
  /** "Putin's": the person owns something in this clause rather than acting in it */
  possessive: boolean;
  /** the word before the name phrase is a preposition ("with Trump"): the person is not the subject */
  afterPreposition: boolean;
}

export interface ArticleText {
  id: string;
  blocks: readonly Block[];
}

export interface PeopleResult {
  people: Person[];
  mentions: Map<string, Mention[]>;
}

const NAME_RUN = /(?<![\p{L}\p{N}])[A-Z][\p{L}’'.-]*(?:\s+(?:(?:von|van|der|den|de|da|al|bin|le|la|du)\s+)*[A-Z][\p{L}’'.-]*)*/gu;
const FUNCTION_WORDS = new Set(
  ('a an the and but or nor so yet for of in on at to from by with about as into onto over under after before during since until ' +
    'while when whenever where why what who whom whose how which that this these those it its he she they we i you his her their our ' +
    'my your him them us me if then although though unless despite amid among against between both all many some most other another ' +
    'each every any no not also even just only nearly still now here there meanwhile however moreover furthermore earlier later today ' +
    'yesterday tomorrow asked according sources reports shares analysts officials critics respondents many several such than thus hence ' +
    'instead indeed perhaps maybe last next first second third new one two three four five six seven eight nine ten just').split(' '),
);
const PREPOSITIONS = /\b(?:with|to|for|of|by|about|at|from|against|toward|towards|between|on|than|like|under|beside|behind|including)\s*$/i;
const LOCATIVE_BEFORE = /\b(?:at|in|from|into|across)\s+(?:the\s+)?$/i;

interface KnownEntry {
  id: string;
  name: string;
}

function buildGazetteer(): Map<string, KnownEntry> {
  const byAlias = new Map<string, KnownEntry>();
  for (const person of KNOWN_PEOPLE) {
    const entry = { id: slugify(person.name), name: person.name };
    for (const alias of [person.name, ...person.aliases]) byAlias.set(foldName(alias), entry);
  }
  return byAlias;
}

interface NameToken {
  text: string;
  start: number;
  end: number;
}

function tokensOf(run: string, offset: number): NameToken[] {
  const tokens: NameToken[] = [];
  for (const match of run.matchAll(/\S+/g)) tokens.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  return tokens;
}

function stripPossessive(token: NameToken): { token: NameToken; possessive: boolean } {
  const match = token.text.match(/^(.*?)(?:['’]s?|\.)$/u);
  if (match && match[1] && /['’]/.test(token.text.slice(match[1].length))) {
    return { token: { ...token, text: match[1], end: token.start + match[1].length }, possessive: true };
  }
  if (token.text.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(token.text)) {
    return { token: { ...token, text: token.text.slice(0, -1), end: token.end - 1 }, possessive: false };
  }
  return { token, possessive: false };
}

interface RawMention {
  articleId: string;
  block: number;
  start: number;
  end: number;
  tokens: string[];
  possessive: boolean;
  afterPreposition: boolean;
  descriptorBefore: string | null;
  descriptorAfter: string | null;
  knownId: string | null;
  candidate: boolean;
  /** shaped like a name but without evidence yet; a list it shares with a person makes it one (promoteListedNames) */
  plausible: boolean;
}

/**
 * Finds the people an article names: listed people under any alias, and new people whose names
 * have a person's shape; merges spellings, and keeps each outlet's description of each person.
 * @example findPeople([{ id: 'a', blocks: [{ type: 'paragraph', text: 'Kremlin spokesman Dmitry Peskov said so.', start: 0, end: 41 }] }])
 */
export function findPeople(articles: readonly ArticleText[]): PeopleResult {
  const gazetteer = buildGazetteer();
  const raw: RawMention[] = [];
  for (const article of articles) {
    article.blocks.forEach((block, blockIndex) => {
      const found = rawMentionsIn(article.id, blockIndex, block.text, gazetteer);
      promoteListedNames(found, block.text);
      raw.push(...found.filter((mention) => !mention.plausible));
    });
  }
  return resolveMentions(raw, gazetteer);
}

const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*\([^)]{1,30}\)\s*(?:,\s*)?(?:and\s+)?)$/;

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": names listed with a person are people too,
 * even when no lexicon knows their given names. Spreads along the list in both directions.
 */
function promoteListedNames(mentions: RawMention[], text: string): void {
  const isPerson = (mention: RawMention) => mention.knownId !== null || mention.candidate;
  for (let changed = true; changed; ) {
    changed = false;
    mentions.forEach((mention, index) => {
      if (!mention.plausible) return;
      const neighbours = [mentions[index - 1], mentions[index + 1]];
      const listed = neighbours.some((other) => {
        if (!other || !isPerson(other) || other.tokens.length < 2) return false;
        const between = other.start < mention.start ? text.slice(other.end, mention.start) : text.slice(mention.end, other.start);
        return LIST_JOINER.test(between);
      });
      if (listed) {
        mention.plausible = false;
        mention.candidate = true;
        changed = true;
      }
    });
  }
}

const ABBREVIATION_TOKEN = /^(?:[A-Z]\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Jr|Sr|Lt|Col|Prof)\.$/;
const SPEECH_AFTER = /^(?:,\s*\d{1,3},|\s+(?:also\s+)?(?:said|says|told|tells|added|wrote|writes|explained|noted|stated|argued|claimed|insisted|warned|announced)\b)/;

/**
 * Splits a capitalised run into the stretches that can each hold one name: a full stop ends a
 * sentence ("…by Marc Headley. Image…") and a possessive ends its owner's name ("DAB's Ben Chan").
 */
function segmentsOf(tokens: NameToken[]): NameToken[][] {
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

function isTitleLike(word: string): boolean {
  const bare = word.replace(/['’]s?$/u, '');
  const lower = bare.toLowerCase();
  return TITLE_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || /^[A-Z]{3,}$/.test(bare);
}

const NAME_TOKEN = /^(?:[A-Z][\p{Ll}’'-]+(?:-[\p{L}]+)*|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2}|Mc[A-Z][\p{Ll}]+|Mac[A-Z][\p{Ll}]+|(?:von|van|der|den|de|da|al|bin|le|la|du)|O['’][A-Z][\p{Ll}]+)$/u;

function rawMentionsIn(articleId: string, block: number, text: string, gazetteer: Map<string, KnownEntry>): RawMention[] {
  const found: RawMention[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    for (const segment of segmentsOf(tokensOf(match[0], match.index))) {
      const mention = mentionIn(articleId, block, text, segment, gazetteer);
      if (mention) found.push(mention);
    }
  }
  return found;
}

function mentionIn(articleId: string, block: number, text: string, segment: NameToken[], gazetteer: Map<string, KnownEntry>): RawMention | null {
  const last = stripPossessive(segment[segment.length - 1]!);
  const tokens = [...segment.slice(0, -1), last.token];
  const segmentStart = tokens[0]!.start;
  // A listed person under any alias, at the end of the stretch ("Russian President Vladimir Putin").
  let firstName = tokens.findIndex((_, index) => gazetteer.has(foldName(text.slice(tokens[index]!.start, last.token.end))));
  const known = firstName >= 0 ? gazetteer.get(foldName(text.slice(tokens[firstName]!.start, last.token.end)))! : null;
  if (!known) {
    // Titles, sentence-initial words and acronyms stand only before a name ("NASA Administrator Charles Bolden").
    firstName = 0;
    while (firstName < tokens.length && isTitleLike(tokens[firstName]!.text)) firstName++;
    // Then unknown leading words go until the rest looks like a name ("Nonpartisan Paul Tse").
    while (tokens.length - firstName > 2 && isCommonWord(tokens[firstName]!.text) && !looksLikePersonName(tokens.slice(firstName).map((token) => token.text).join(' '))) firstName++;
  }
  const parts = tokens.slice(firstName);
  if (parts.length === 0 || parts.length > 4) return null;
  const start = parts[0]!.start;
  const end = last.token.end;
  const name = text.slice(start, end);
  const words = parts.map((part) => part.text);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const describedBefore = descriptorBefore(text, segmentStart, tokens.slice(0, firstName));
  const describedAfter = last.possessive ? null : descriptorAfter(text.slice(end));
  // Evidence a name is a person's: a description or speech. (An owner, "Microsoft's Internet Explorer", is not: products have owners too.)
  const personContext = describedBefore !== null || describedAfter !== null || SPEECH_AFTER.test(after);
  const shapedLikeName =
    !known &&
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => NAME_TOKEN.test(word)) &&
    !NON_PERSON_FINAL_WORDS.has(words[words.length - 1]!.toLowerCase()) &&
    !(firstName === 0 && LOCATIVE_BEFORE.test(before)) &&
    !isPlaceOrOrganisation(name);
  const candidate = shapedLikeName && (looksLikePersonName(name) || personContext);
  if (!known && !candidate && !shapedLikeName && words.length >= 2) return null;
  if (!known && words.length === 1 && !NAME_TOKEN.test(words[0]!)) return null;
  return {
    articleId,
    block,
    start,
    end,
    tokens: words,
    possessive: last.possessive,
    afterPreposition: start === segmentStart && PREPOSITIONS.test(before),
    descriptorBefore: describedBefore,
    descriptorAfter: describedAfter,
    knownId: known?.id ?? null,
    candidate,
    plausible: shapedLikeName && !candidate,
  };
}

const MODIFIERS = new Set(['key', 'special', 'top', 'senior', 'former', 'deputy', 'foreign', 'investment', 'defense', 'defence', 'press', 'national', 'security', 'prime', 'vice', 'chief', 'general', 'close', 'longtime', 'first', 'new', 'economic', 'presidential', 'state', 'of', 'the', 'his', 'her', 'their']);

/**
 * The words before a name that say who the person is: "Russian Foreign Minister", "Putin's key aide".
 * It walks back over titles, role words, acronyms and places, and stops at another name, so
 * "Putin and US President Donald Trump" describes Trump as "US President" only.
 */
function descriptorBefore(text: string, runStart: number, titleTokens: NameToken[]): string | null {
  const kept = (word: string) => /^[A-Z]{2,}$|^U\.S\.$/.test(word) || TITLE_WORDS.has(word.toLowerCase()) || isPlaceName(word);
  const words: string[] = titleTokens.map((token) => token.text).filter((word) => kept(word) && word.toLowerCase() !== 'the');
  // A description sits right before the name: look back a short window, not the whole block.
  let prefix = text.slice(Math.max(0, runStart - 120), runStart);
  const comma = prefix.match(/,\s*$/);
  if (comma && words.length === 0) prefix = prefix.slice(0, -comma[0].length);
  const candidates = prefix.trim().split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  if (titleTokens.length === 0 || words.length === titleTokens.length) {
    for (let index = candidates.length - 1; index >= 0; index--) {
      const word = candidates[index]!;
      if (/[.,;:]$/.test(word) || !/^[\p{L}.'’-]+$/u.test(word)) break;
      const lower = word.toLowerCase();
      if (/['’]s$/u.test(word) && /^[A-Z]/.test(word)) {
        taken.unshift(word);
        break;
      }
      const accepted = /^[A-Z]/.test(word) ? kept(word) : ROLE_WORDS.has(lower) || MODIFIERS.has(lower);
      if (!accepted) break;
      taken.unshift(word);
    }
  }
  while (taken.length > 0 && /^(?:of|the|his|her|their)$/i.test(taken[0]!)) taken.shift();
  const phrase = [...taken, ...words].join(' ').trim();
  if (!phrase) return null;
  const hasRole = phrase.split(/\s+/).some((word) => ROLE_WORDS.has(word.toLowerCase()));
  return hasRole ? phrase : null;
}

const APPOSITIVE = /^,\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:head|chief|spokesman|spokeswoman|spokesperson|envoy|aide|adviser|advisor|leader|president|minister|secretary|director|ambassador|founder|ceo|chairman|commissioner|analyst|economist|strategist)\b[^,.;:()“”"]{0,90}?),/u;

function descriptorAfter(rest: string): string | null {
  return rest.match(APPOSITIVE)?.[1]?.trim() ?? null;
}

function resolveMentions(raw: RawMention[], gazetteer: Map<string, KnownEntry>): PeopleResult {
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
      // Across articles, a lone surname is trusted only for listed people: "Lee" in one story is not Stan Lee of another.
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
