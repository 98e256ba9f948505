import type MiniSearch from 'minisearch';

/**
 * Every word must match; words may be prefixes ("russ" finds Russia) and long words forgive a typo.
 * Returns the matching ids and the indexed terms they matched, for highlighting.
 */
export function searchArticles(index: MiniSearch, q: string): { matches: Set<string>; terms: string[] } {
  const results = index.search(q, { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' });
  const terms = new Set<string>();
  for (const result of results) for (const term of [...result.terms, ...result.queryTerms]) terms.add(term);
  return { matches: new Set(results.map((result) => String(result.id))), terms: [...terms] };
}
