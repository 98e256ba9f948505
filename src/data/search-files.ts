import * as z from 'zod/mini';
import { SCHEMA_VERSION } from './contract.ts';
import { toSourceKey } from './app-files.ts';
import { loadJson } from './load-data.ts';

/**
 * The prebuilt search comes in shards by the first letters of each term (issue 8): a search fetches
 * search.json (the documents' ids and the shard list) and only the shards its words start with.
 * Two letters keep the largest shard near 100 kB at 10,000 pages; one letter would make it a tenth of
 * the whole. Characters are counted as code points, so an accented or non-Latin start stays whole.
 */
export const SEARCH_SHARD_KEY_LENGTH = 2;

/** The shard a (processed) term is filed in: its first letters. */
export function searchShardKeyOf(term: string): string {
  return Array.from(term).slice(0, SEARCH_SHARD_KEY_LENGTH).join('');
}

/** Where a shard is: its key made safe for file names and URLs the way source names are. */
export function searchShardPath(key: string): string {
  return `search/${toSourceKey(key)}.json`;
}

export const searchManifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** spelling → the word it is filed under (see searchTermProcessor) */
  folds: z.record(z.string(), z.string()),
  /** article ids; a shard's postings are positions in this list */
  documents: z.array(z.string()),
  /** the shard keys that exist, sorted */
  shards: z.array(z.string()),
});

export const searchShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** [term, positions in `documents`, ascending, each written as its distance from the one before] */
  terms: z.array(z.tuple([z.string(), z.array(z.int().check(z.nonnegative()))])),
});

export type SearchManifest = z.infer<typeof searchManifestSchema>;
export type SearchShard = z.infer<typeof searchShardSchema>;

/** The search's ids and shard list: fetched with the first search (or a focus of the search box), never with the first view. */
export function loadSearchManifest(signal?: AbortSignal): Promise<SearchManifest> {
  return loadJson('search.json', searchManifestSchema, signal);
}

/** One shard of the search, by the path searchShardPath gives. */
export function loadSearchShard(path: string, signal?: AbortSignal): Promise<SearchShard> {
  return loadJson(path, searchShardSchema, signal);
}
