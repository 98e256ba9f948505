import { NON_PERSON_NAME_ENDINGS } from '../lexicon/non-person-name-endings.ts';
import { ROLE_WORDS, ROLES_ALSO_OF_BODIES } from '../lexicon/person-roles.ts';
import { PERSONAL_TITLES } from '../lexicon/person-titles.ts';
import { isCommonWord, isPlaceName, isPlaceOrOrganisation, looksLikePersonName } from '../name-lexicon.ts';
import { foldName } from '../slugify.ts';
import { creditSpans } from './credit-lines.ts';
import { descriptorAfter, descriptorBefore, isRoleWord } from './describe-person.ts';
import { NAME_RUN, NAME_TOKEN, isTitleLike, isTitleWord, segmentsOf, stripPossessive, tokensOf, type NameToken } from './name-shape.ts';
import type { KnownEntry, RawMention } from './types.ts';

const NON_PERSON_ENDINGS = new Set(NON_PERSON_NAME_ENDINGS);
const PERSON_TITLES = new Set(PERSONAL_TITLES);
const PERSON_ONLY_ROLES = new Set(ROLE_WORDS.filter((role) => !ROLES_ALSO_OF_BODIES.includes(role)));
const PREPOSITIONS = /\b(?:with|to|for|of|by|about|at|from|against|toward|towards|between|on|than|like|under|beside|behind|including)\s*$/i;
const LOCATIVE_BEFORE = /\b(?:at|in|from|into|across)\s+(?:the\s+)?$/i;
const SPEECH_AFTER = /^(?:,\s*\d{1,3},|\s+(?:also\s+)?(?:said|says|told|tells|added|wrote|writes|explained|noted|stated|argued|claimed|insisted|warned|announced)\b)/;
const LOWERCASE_TITLE_BEFORE = /(\p{Ll}[\p{Ll}-]*)\s+$/u;
/**
 * A romanised East Asian name: a short family name, then a given name of two hyphen-joined syllables
 * ("Kim Min-Woo", "Leung Kwok-hung", "Kim Jong-un"). The shape is a person's whatever the given name,
 * which no lexicon of given names lists.
 */
const FAMILY_THEN_HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{0,5}$/u;

/**
 * The name phrases of one block, each with the evidence that it is a person's. Names inside a byline,
 * credit or caption are skipped (credit-lines.ts).
 * @example rawMentionsIn('a', 0, 'Coach Ada Okafor said so.', new Map()) // one candidate, "Ada Okafor"
 */
export function rawMentionsIn(articleId: string, block: number, text: string, gazetteer: Map<string, KnownEntry>): RawMention[] {
  const credits = creditSpans(text);
  const inCredit = (offset: number) => credits.some((span) => offset >= span.start && offset < span.end);
  const found: RawMention[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    if (inCredit(match.index)) continue;
    for (const segment of segmentsOf(tokensOf(match[0], match.index))) {
      const mention = mentionIn(articleId, block, text, segment, gazetteer);
      if (mention) found.push(mention);
    }
  }
  return found;
}

/** Where the name starts in a stretch with no listed person: after titles, openers and a title inside ("US Treasury Secretary Ada Okafor"). */
function firstNameIndex(tokens: NameToken[]): number {
  let first = 0;
  // A compound with a lowercase second part ("Ex-champion", "Pro-reform") describes the person who follows.
  // So does a role noun opening a sentence ("Striker Ada Okafor", "Councillors Ada Okafor and …") when a name of two words follows.
  const describes = (word: string) => /-\p{Ll}/u.test(word) || isRoleWord(word);
  while (first < tokens.length && (isTitleLike(tokens[first]!.text) || (tokens.length - first > 2 && describes(tokens[first]!.text)))) first++;
  // A title, or the last word of a body's name of two words or more, ends what comes before the person: "Refugee Council Ada Okafor", not "Bill Van Dyke".
  for (let index = tokens.length - 2; index >= first; index--) {
    const endsBody = index > first && tokens.length - index > 2 && NON_PERSON_ENDINGS.has(tokens[index]!.text.toLowerCase());
    if (isTitleWord(tokens[index]!.text) || endsBody) {
      first = index + 1;
      break;
    }
  }
  // Then unknown leading words and places go until the rest looks like a name ("Undecided Ada Okafor", "Governor of Texas Ada Okafor").
  const nameFrom = (index: number) => looksLikePersonName(tokens.slice(index).map((token) => token.text).join(' '));
  // A place goes only when a person's name follows it ("Texas Ada Okafor", not "Kansas City Chiefs").
  const leadsIn = (index: number) => isCommonWord(tokens[index]!.text) || (isPlaceName(tokens[index]!.text) && nameFrom(index + 1));
  while (tokens.length - first > 2 && leadsIn(first) && !nameFrom(first)) first++;
  return first;
}

/** "former President Okafor", "Judge Mills": a title that names a person stands right before the name. */
function hasPersonalTitleBefore(tokens: NameToken[], firstName: number, before: string): boolean {
  const title = firstName > 0 ? tokens[firstName - 1]!.text : (before.match(LOWERCASE_TITLE_BEFORE)?.[1] ?? '');
  return PERSON_TITLES.has(title.replace(/\.$/, '').toLowerCase());
}

function mentionIn(articleId: string, block: number, text: string, segment: NameToken[], gazetteer: Map<string, KnownEntry>): RawMention | null {
  const last = stripPossessive(segment[segment.length - 1]!);
  const tokens = [...segment.slice(0, -1), last.token];
  const segmentStart = tokens[0]!.start;
  // A listed person under any alias, at the end of the stretch ("Russian President Vladimir Putin").
  let firstName = tokens.findIndex((_, index) => gazetteer.has(foldName(text.slice(tokens[index]!.start, last.token.end))));
  const known = firstName >= 0 ? gazetteer.get(foldName(text.slice(tokens[firstName]!.start, last.token.end)))! : null;
  if (!known) firstName = firstNameIndex(tokens);
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
  // Evidence a name is a person's: a description or speech. (An owner is not: products and clubs have owners too.)
  const personContext = describedBefore !== null || describedAfter !== null || SPEECH_AFTER.test(after);
  const finalWord = words[words.length - 1]!.toLowerCase();
  const roleRightBefore = firstName === 0 && PERSON_ONLY_ROLES.has(before.match(LOWERCASE_TITLE_BEFORE)?.[1] ?? '');
  // A surname that is also a place ("Hill", "Salem") after a given name and a person's role: "professor Ada Lamont Hill".
  const placeSurname = words.length >= 2 && roleRightBefore && looksLikePersonName(words[0]!) && !isPlaceName(words[0]!);
  const notAPlaceOrBody = !NON_PERSON_ENDINGS.has(finalWord) && (placeSurname || !isPlaceOrOrganisation(name));
  const nameShaped = !known && words.length >= 2 && words.length <= 3 && words.every((word) => NAME_TOKEN.test(word)) && notAPlaceOrBody;
  // "at Northgate Capital" is a place or a firm, unless a role says otherwise ("a call from Ada Okafor, the club's coach")
  // or the name owns what follows ("a header from Ada Okafor's cross": the cross is where it came from).
  const locative = firstName === 0 && LOCATIVE_BEFORE.test(before) && describedAfter === null && !last.possessive;
  const shapedLikeName = nameShaped && !locative;
  // A surname alone after a title that names a person: "former President Okafor" (not "General Staff": a dictionary word).
  const titledSurname =
    !known && words.length === 1 && NAME_TOKEN.test(words[0]!) && !isTitleWord(words[0]!) && !isCommonWord(words[0]!) && notAPlaceOrBody && hasPersonalTitleBefore(tokens, firstName, before);
  // Neither part a dictionary word ("Booker Prize-winner"), nor an Arabic article before the hyphen ("Al-Haram").
  const givenStart = words[1]?.split('-')[0] ?? '';
  const asianNameShape =
    shapedLikeName && words.length === 2 && !isCommonWord(words[0]!) && !isCommonWord(givenStart) && !/^(?:al|el|ul|ad|ash|as|az)$/i.test(givenStart) && FAMILY_THEN_HYPHENATED_GIVEN.test(words.join(' '));
  // A single name between a person's role and a description or speech: "fashion designer Okafor, a former resident of …".
  // Both sides, since a role noun alone stands before brands too ("designer Prada handbags").
  const describedSingleName =
    !known &&
    words.length === 1 &&
    NAME_TOKEN.test(words[0]!) &&
    !isTitleWord(words[0]!) &&
    !isCommonWord(words[0]!) &&
    notAPlaceOrBody &&
    roleRightBefore &&
    (describedAfter !== null || SPEECH_AFTER.test(after));
  const candidate = titledSurname || describedSingleName || (shapedLikeName && (looksLikePersonName(name) || personContext || asianNameShape));
  if (!known && !candidate && !nameShaped && words.length >= 2) return null;
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
    // A name after "from" or "at" may still be a person when it stands in a list of people (promoteListedNames).
    plausible: nameShaped && !candidate,
  };
}

const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*\([^)]{1,30}\)\s*(?:,\s*)?(?:and\s+)?)$/;

/**
 * "Ada Okafor, Ben Mills and Cleo Brandt": names listed with a person are people too, even when
 * no lexicon knows their given names. Spreads along the list in both directions. A name that opens
 * with a dictionary word needs two people listed beside it on one side ("of People Power, and Ada
 * Okafor" joins a body to a person; "Ada Okafor, Ben Mills and Grant Ulver" lists three people).
 */
export function promoteListedNames(mentions: RawMention[], text: string): void {
  const isPerson = (mention: RawMention | undefined): mention is RawMention => mention !== undefined && (mention.knownId !== null || mention.candidate) && mention.tokens.length >= 2;
  const joined = (a: RawMention, b: RawMention) => LIST_JOINER.test(a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
  for (let changed = true; changed; ) {
    changed = false;
    mentions.forEach((mention, index) => {
      if (!mention.plausible) return;
      // "Ada Okafor of People Power, and Ben Mills": the name after a person's "of" is where the person belongs.
      const previous = mentions[index - 1];
      if (isPerson(previous) && /^\s+of\s+(?:the\s+)?$/.test(text.slice(previous.end, mention.start))) return;
      const people = isCommonWord(mention.tokens[0]!) ? 2 : 1;
      // The people listed on one side, each joined to the name before it.
      const listed = [-1, 1].some((step) => {
        let last = mention;
        for (let count = 1; count <= people; count++) {
          const other = mentions[index + step * count];
          if (!isPerson(other) || !joined(last, other)) return false;
          last = other;
        }
        return true;
      });
      if (listed) {
        mention.plausible = false;
        mention.candidate = true;
        changed = true;
      }
    });
  }
}
