import type { SearchIndex } from './app-files.ts';

/**
 * Every word must match; words may be prefixes ("russ" finds Russia). Only words of six letters or more
 * forgive a typo, and only one: a looser match turned "sanction" into Sánchez. Spellings the story lists
 * as one (Kyiv, Kiev) are one term already, folded by the index's term processing.
 * Returns the matching ids and the indexed terms they matched, for highlighting.
 */
export function searchArticles({ index, spellingsOf }: SearchIndex, q: string): { matches: Set<string>; terms: string[] } {
  const results = index.search(q, { prefix: true, fuzzy: (term) => (term.length >= 6 ? 1 : false), maxFuzzy: 1, combineWith: 'AND' });
  const terms = new Set<string>();
  for (const result of results) for (const term of [...result.terms, ...result.queryTerms]) for (const spelling of spellingsOf(term)) terms.add(spelling);
  return { matches: new Set(results.map((result) => String(result.id))), terms: [...terms] };
}
