import type { Quote } from '../../data/contract.ts';

/**
 * Quotes that carry the same words in different articles ("also quoted by 3 outlets").
 *
 * Two quotes share their words when their folded word sequences are equal, or when one of at
 * least MIN_CONTAINED_WORDS words appears whole inside the other: outlets trim a statement
 * differently, but a run of eight identical words is the same statement, not a coincidence.
 * Folding drops case, accents, punctuation and the kind of quotation and apostrophe marks, so
 * “We will win” and "we will win." match. Indirect speech is the reporter's wording, not the
 * speaker's, so it is never grouped.
 */
export const MIN_CONTAINED_WORDS = 8;
/** Shorter quotes ("Of course.", "No comment") are said by many about many things: equal text is not the same statement. */
export const MIN_GROUPED_WORDS = 4;

/** The words of a quote as compared: lowercase, no accents, no punctuation. */
export function sameWordsKey(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Quotes grouped by their words: each grouped quote's group, and each group's articles (sorted, distinct). */
export interface SameWordsGroups {
  groupOf: Map<string, number>;
  articles: string[][];
}

/**
 * Groups the quotes that carry the same words, across articles. Near-linear in the total number of
 * words: equal texts are joined by their key, and the containment test runs over distinct texts only,
 * through shared runs of words, so a statement carried by thousands of articles costs one comparison
 * per distinct wording, not one per pair of copies.
 */
export function findSameWordGroups(quotes: readonly Quote[]): SameWordsGroups {
  const candidates = quotes
    .filter((quote) => quote.kind !== 'indirect')
    .map((quote) => ({ quote, key: sameWordsKey(quote.text).join(' ') }))
    .filter(({ key }) => key.split(' ').length >= MIN_GROUPED_WORDS);
  // Distinct wordings; each candidate points at its wording (equal texts are one statement).
  const wordingIndex = new Map<string, number>();
  const wordings: string[][] = [];
  const wordingOf = candidates.map(({ key }) => {
    let index = wordingIndex.get(key);
    if (index === undefined) {
      index = wordings.push(key.split(' ')) - 1;
      wordingIndex.set(key, index);
    }
    return index;
  });
  const parent = wordings.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Containment: a wording's first run of MIN_CONTAINED_WORDS words must appear among the runs of the longer one.
  const runsOf = new Map<string, number[]>();
  wordings.forEach((words, index) => {
    for (let at = 0; at + MIN_CONTAINED_WORDS <= words.length; at++) {
      const run = words.slice(at, at + MIN_CONTAINED_WORDS).join(' ');
      const holders = runsOf.get(run);
      if (!holders) runsOf.set(run, [index]);
      else if (holders.at(-1) !== index) holders.push(index);
    }
  });
  wordings.forEach((words, index) => {
    if (words.length < MIN_CONTAINED_WORDS) return;
    const text = ` ${words.join(' ')} `;
    for (const holder of runsOf.get(words.slice(0, MIN_CONTAINED_WORDS).join(' ')) ?? []) {
      if (holder === index) continue;
      const other = wordings[holder]!;
      if (other.length >= words.length && ` ${other.join(' ')} `.includes(text)) join(index, holder);
    }
  });

  const groupOfRoot = new Map<number, number>();
  const articleSets: Set<string>[] = [];
  const groupOfCandidate = candidates.map(({ quote }, index) => {
    const top = root(wordingOf[index]!);
    let group = groupOfRoot.get(top);
    if (group === undefined) {
      group = articleSets.push(new Set()) - 1;
      groupOfRoot.set(top, group);
    }
    articleSets[group]!.add(quote.articleId);
    return group;
  });
  const groupOf = new Map<string, number>();
  candidates.forEach(({ quote }, index) => {
    // A group within one article is no echo: only groups that reach another article count.
    if (articleSets[groupOfCandidate[index]!]!.size > 1) groupOf.set(quote.id, groupOfCandidate[index]!);
  });
  return { groupOf, articles: articleSets.map((set) => [...set].sort()) };
}

/**
 * For every quote grouped with quotes of other articles, the ids of those other articles (sorted,
 * distinct). Quotes in no group are absent from the map. The lists are as long as the groups, so
 * for a large collection use findSameWordGroups, which lists each group once.
 */
export function findSameWords(quotes: readonly Quote[]): Map<string, string[]> {
  const { groupOf, articles } = findSameWordGroups(quotes);
  const byArticle = new Map(quotes.map((quote) => [quote.id, quote.articleId]));
  return new Map([...groupOf].map(([quoteId, group]) => [quoteId, articles[group]!.filter((id) => id !== byArticle.get(quoteId))]));
}
