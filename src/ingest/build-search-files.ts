import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, searchTermProcessor, type SearchDocument, type SearchFolds } from '../data/app-files.ts';
import { searchShardKeyOf, searchShardPath, type SearchManifest, type SearchShard } from '../data/search-files.ts';

/** The term list of MiniSearch's JSON: term → field id → document short id → count. */
type MiniSearchTerms = [string, Record<string, Record<string, number>>][];

/**
 * The search files: search.json (ids and shard keys) and one shard per first letters of a term.
 * MiniSearch reads the documents, so words are cut and folded exactly as the app folds what is typed;
 * its term list is then filed by shard with, per term, the documents holding it in any field. The app
 * only asks which articles match (the list has its own orders), so counts and field lengths are dropped.
 */
export function buildSearchFiles(documents: readonly SearchDocument[], folds: SearchFolds, schemaVersion: SearchManifest['schemaVersion']): Map<string, string> {
  const search = new MiniSearch({ ...SEARCH_OPTIONS, processTerm: searchTermProcessor(folds) });
  search.addAll(documents);
  const json = search.toJSON() as unknown as { documentIds: Record<string, string>; index: MiniSearchTerms };
  // Short ids are given in the order documents were added; positions are renumbered from them all the same.
  const shortIds = Object.keys(json.documentIds).map(Number).sort((a, b) => a - b);
  const positionOf = new Map(shortIds.map((shortId, position) => [shortId, position]));

  const shards = new Map<string, SearchShard['terms']>();
  for (const [term, fields] of [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const positions = new Set<number>();
    for (const counts of Object.values(fields)) for (const shortId of Object.keys(counts)) positions.add(positionOf.get(Number(shortId))!);
    const key = searchShardKeyOf(term);
    const terms = shards.get(key) ?? [];
    terms.push([term, toGaps([...positions].sort((a, b) => a - b))]);
    shards.set(key, terms);
  }

  const files = new Map<string, string>();
  const keys = [...shards.keys()].sort();
  const manifest: SearchManifest = { schemaVersion, folds: { ...folds }, documents: shortIds.map((shortId) => json.documentIds[shortId]!), shards: keys };
  files.set('search.json', JSON.stringify(manifest));
  for (const key of keys) {
    const shard: SearchShard = { schemaVersion, terms: shards.get(key)! };
    files.set(searchShardPath(key), JSON.stringify(shard));
  }
  return files;
}

/** Ascending numbers as the first and then each one's distance from the one before: shorter to write. */
export function toGaps(ascending: readonly number[]): number[] {
  return ascending.map((value, index) => (index === 0 ? value : value - ascending[index - 1]!));
}
