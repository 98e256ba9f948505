import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { SEARCH_OPTIONS, searchTermProcessor, spellingsOfFolds, type SearchDocument } from './app-files.ts';
import { SEARCH_SHARD_KEY_LENGTH, searchShardKeyOf, searchShardPath, type SearchManifest, type SearchShard } from './search-files.ts';
import { searchArticles } from './search-articles.ts';

export type SearchAnswer = { matches: Set<string>; terms: string[] };

/** Reads one shard file (fetch and validation are the caller's: the worker and the tests read differently). */
export type ReadShard = (path: string) => Promise<SearchShard>;

/** Words of six letters or more forgive one typo (see searchArticles, which the reader's pages use). */
const FUZZY_FROM_LENGTH = 6;

/**
 * The built-in search over its shards, with the reader's own pages in a MiniSearch of their own.
 * The rules are searchArticles' (every word must match, as a prefix, long words forgiving one typo),
 * answered from the shards of the words typed: a typo is forgiven only after a word's first two letters,
 * since a word spelt otherwise there is filed in another shard ("xremlin" does not find Kremlin).
 */
export function openShardedSearch(manifest: SearchManifest, readShard: ReadShard, readerDocuments: readonly SearchDocument[] = []) {
  const processTerm = searchTermProcessor(manifest.folds);
  const spellingsOf = spellingsOfFolds(manifest.folds);
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const shards = new Map<string, Promise<SearchableMap<number[]>>>();
  const reader = readerDocuments.length > 0 ? new MiniSearch({ ...SEARCH_OPTIONS, processTerm }) : null;
  reader?.addAll([...readerDocuments]);

  function shard(key: string): Promise<SearchableMap<number[]>> {
    let loading = shards.get(key);
    if (!loading) {
      loading = readShard(searchShardPath(key)).then((file) => SearchableMap.from(file.terms.map(([term, gaps]) => [term, fromGaps(gaps)] as [string, number[]])));
      // A failed read is forgotten, so the next keystroke tries again.
      loading.catch(() => shards.delete(key));
      shards.set(key, loading);
    }
    return loading;
  }

  /** Every indexed term the query term matches (itself, as a prefix, or one typo away), with its documents. */
  async function termsMatching(term: string): Promise<Map<string, number[]>> {
    const matched = new Map<string, number[]>();
    for (const map of await Promise.all(shardKeysFor(term, manifest.shards).map(shard))) {
      for (const [indexed, positions] of map.atPrefix(term)) matched.set(indexed, positions);
      if (term.length >= FUZZY_FROM_LENGTH) for (const [indexed, [positions]] of map.fuzzyGet(term, 1)) matched.set(indexed, positions);
    }
    return matched;
  }

  async function searchBuiltIn(q: string): Promise<SearchAnswer> {
    const queryTerms = tokenize(q).map((word) => processTerm(word)).filter((term) => term !== '');
    if (queryTerms.length === 0) return { matches: new Set(), terms: [] };
    const perTerm = await Promise.all(queryTerms.map(termsMatching));
    const documentSets = perTerm.map((matched) => new Set([...matched.values()].flat()));
    const [smallest, ...others] = [...documentSets].sort((a, b) => a.size - b.size);
    const found = [...smallest!].filter((position) => others.every((set) => set.has(position)));
    if (found.length === 0) return { matches: new Set(), terms: [] };
    const foundSet = new Set(found);
    const terms = new Set<string>();
    for (const [index, matched] of perTerm.entries()) {
      terms.add(queryTerms[index]!);
      for (const [indexed, positions] of matched) if (positions.some((position) => foundSet.has(position))) terms.add(indexed);
    }
    return { matches: new Set(found.map((position) => manifest.documents[position]!)), terms: [...terms] };
  }

  return {
    documentCount: manifest.documents.length + readerDocuments.length,
    async search(q: string): Promise<SearchAnswer> {
      const builtIn = await searchBuiltIn(q);
      const terms = new Set(builtIn.terms.flatMap(spellingsOf));
      if (!reader) return { matches: builtIn.matches, terms: [...terms] };
      const own = searchArticles({ index: reader, spellingsOf }, q);
      for (const term of own.terms) terms.add(term);
      return { matches: new Set([...builtIn.matches, ...own.matches]), terms: [...terms] };
    },
  };
}

export type ShardedSearch = ReturnType<typeof openShardedSearch>;

/**
 * The shards a term's matches can be in: its own, and for a term shorter than a shard key ("t"),
 * every shard whose key starts with it.
 */
export function shardKeysFor(term: string, keys: readonly string[]): string[] {
  if (Array.from(term).length >= SEARCH_SHARD_KEY_LENGTH) {
    const own = searchShardKeyOf(term);
    return keys.includes(own) ? [own] : [];
  }
  return keys.filter((key) => key.startsWith(term));
}

/** The inverse of toGaps (build-search-files.ts). */
export function fromGaps(gaps: readonly number[]): number[] {
  const values: number[] = [];
  let value = 0;
  for (const gap of gaps) values.push((value += gap));
  return values;
}
