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

/**
 * For every quote grouped with quotes of other articles, the ids of those other articles (sorted,
 * distinct). Quotes in no group are absent from the map. Runs in time near-linear in the total
 * number of words: candidates are found through shared runs of words, not by comparing every pair.
 */
export function findSameWords(quotes: readonly Quote[]): Map<string, string[]> {
  const candidates = quotes
    .filter((quote) => quote.kind !== 'indirect')
    .map((quote) => ({ quote, words: sameWordsKey(quote.text) }))
    .filter(({ words }) => words.length >= MIN_GROUPED_WORDS);
  const parent = candidates.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Equal texts.
  const byText = new Map<string, number>();
  candidates.forEach(({ words }, index) => {
    const key = words.join(' ');
    const first = byText.get(key);
    if (first === undefined) byText.set(key, index);
    else join(first, index);
  });

  // Containment: a long quote's first run of MIN_CONTAINED_WORDS words must appear among the runs of the longer one.
  const runsOf = new Map<string, number[]>();
  candidates.forEach(({ words }, index) => {
    for (let at = 0; at + MIN_CONTAINED_WORDS <= words.length; at++) {
      const run = words.slice(at, at + MIN_CONTAINED_WORDS).join(' ');
      const holders = runsOf.get(run);
      if (!holders) runsOf.set(run, [index]);
      else if (holders.at(-1) !== index) holders.push(index);
    }
  });
  candidates.forEach(({ words }, index) => {
    if (words.length < MIN_CONTAINED_WORDS) return;
    const text = ` ${words.join(' ')} `;
    for (const holder of runsOf.get(words.slice(0, MIN_CONTAINED_WORDS).join(' ')) ?? []) {
      if (holder === index) continue;
      const other = candidates[holder]!.words;
      if (other.length >= words.length && ` ${other.join(' ')} `.includes(text)) join(index, holder);
    }
  });

  const articlesByGroup = new Map<number, Set<string>>();
  candidates.forEach(({ quote }, index) => {
    const group = root(index);
    const articles = articlesByGroup.get(group) ?? new Set<string>();
    articles.add(quote.articleId);
    articlesByGroup.set(group, articles);
  });
  const sameWords = new Map<string, string[]>();
  candidates.forEach(({ quote }, index) => {
    const others = [...articlesByGroup.get(root(index))!].filter((id) => id !== quote.articleId).sort();
    if (others.length > 0) sameWords.set(quote.id, others);
  });
  return sameWords;
}
