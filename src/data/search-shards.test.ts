import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { buildSearchFiles, toGaps } from '../ingest/build-search-files.ts';
import { SEARCH_OPTIONS, searchFoldsOf, searchTermProcessor, spellingsOfFolds, type SearchDocument } from './app-files.ts';
import { searchManifestSchema, searchShardSchema } from './search-files.ts';
import { searchArticles } from './search-articles.ts';
import { fromGaps, openShardedSearch, shardKeysFor } from './search-shards.ts';

const folds = searchFoldsOf([['Kyiv', 'Kiev'], ['Zelensky', 'Zelenskyy']]);

// Written for the test: words that share first letters, accents, numbers, and a spelling the folds join.
const documents: SearchDocument[] = [
  { id: 'a', title: 'Sanctions on Russian oil', body: 'Ministers met in Kiev on Monday. Turnout was 38%.', people: 'Volodymyr Zelenskyy', publisher: 'Reuters' },
  { id: 'b', title: 'Russia answers the sanctions', body: 'The Kremlin said the talks in Istanbul were useful; €10 billion is at stake.', people: 'Dmitry Peskov', publisher: 'TASS' },
  { id: 'c', title: 'Pedro Sánchez in Brussels', body: 'Spain will not spend 5% on defence, Sánchez said.', people: 'Pedro Sánchez', publisher: 'El País' },
  { id: 'd', title: 'Trump and Putin to meet in Alaska', body: 'The summit in Anchorage follows months of talks about Ukraine.', people: 'Donald Trump Vladimir Putin', publisher: 'AP' },
  { id: 'e', title: 'Kyiv under attack', body: 'Drones struck Kyiv overnight, officials said. Trumpets played at a funeral.', people: '', publisher: 'Kyiv Independent' },
];

function shardedOver(docs: readonly SearchDocument[], readerDocuments: SearchDocument[] = []) {
  const files = buildSearchFiles(docs, folds, 1);
  const read: string[] = [];
  const search = openShardedSearch(searchManifestSchema.parse(JSON.parse(files.get('search.json')!)), async (path) => {
    read.push(path);
    return searchShardSchema.parse(JSON.parse(files.get(path)!));
  }, readerDocuments);
  return { search, read, files };
}

function reference(docs: readonly SearchDocument[]) {
  const index = new MiniSearch({ ...SEARCH_OPTIONS, processTerm: searchTermProcessor(folds) });
  index.addAll([...docs]);
  return { index, spellingsOf: spellingsOfFolds(folds) };
}

describe('the sharded search', () => {
  test('answers as one MiniSearch index over every document does, matches and marked terms alike', async () => {
    const { search } = shardedOver(documents);
    const whole = reference(documents);
    const queries = ['sanctions', 'sanc', 's', 'k', 'russia', 'russ oil', 'kiev', 'KYIV', 'zelensky', 'sanchez', 'Sánchez said', 'trump', 'trump putin', 'kremlinn', 'sanctoins', '38', '€10', 'talks in', 'nothing-here', '', '  ', 'the'];
    for (const q of queries) {
      const expected = searchArticles(whole, q);
      const answer = await search.search(q);
      expect([...answer.matches].sort(), q).toEqual([...expected.matches].sort());
      expect([...answer.terms].sort(), q).toEqual([...expected.terms].sort());
    }
  });

  test('reads only the shards of the words typed, each once', async () => {
    const { search, read } = shardedOver(documents);
    await search.search('trump');
    expect(read).toEqual(['search/tr.json']);
    await search.search('trumpet');
    await search.search('russia trump');
    expect(read).toEqual(['search/tr.json', 'search/ru.json']);
    read.length = 0;
    // A single letter can be the start of any word filed under it.
    await search.search('k');
    expect(read.sort()).toEqual(['search/kr.json', 'search/ky.json']);
  });

  test('forgives a typo after the first two letters only, the shard a word is filed in', async () => {
    const { search } = shardedOver(documents);
    expect([...(await search.search('kremlim')).matches]).toEqual(['b']);
    expect([...(await search.search('xremlin')).matches]).toEqual([]);
  });

  test('a shard that failed to load is asked again on the next search', async () => {
    const files = buildSearchFiles(documents, folds, 1);
    let failures = 1;
    const search = openShardedSearch(searchManifestSchema.parse(JSON.parse(files.get('search.json')!)), async (path) => {
      if (failures-- > 0) throw new Error('offline');
      return searchShardSchema.parse(JSON.parse(files.get(path)!));
    });
    await expect(search.search('putin')).rejects.toThrow('offline');
    expect([...(await search.search('putin')).matches]).toEqual(['d']);
  });

  test("the reader's own pages answer with the built-in ones, folded the same way", async () => {
    const own: SearchDocument = { id: 'my:1', title: 'Notes from Kiev', body: 'Putin and the sanctions.', people: '', publisher: '' };
    const { search } = shardedOver(documents, [own]);
    expect([...(await search.search('putin')).matches].sort()).toEqual(['d', 'my:1']);
    expect([...(await search.search('kyiv')).matches].sort()).toEqual(['a', 'e', 'my:1']);
    expect(search.documentCount).toBe(documents.length + 1);
  });
});

test('the shards a term needs: its own, or for a term shorter than a key every key it starts', () => {
  const keys = ['ka', 'ki', 'ky', 'k', 'ru', 'ł', 'łu'];
  expect(shardKeysFor('kyiv', keys)).toEqual(['ky']);
  expect(shardKeysFor('k', keys)).toEqual(['ka', 'ki', 'ky', 'k']);
  expect(shardKeysFor('łuck', keys)).toEqual(['łu']);
  expect(shardKeysFor('zz', keys)).toEqual([]);
});

test('postings written as gaps read back as written', () => {
  for (const values of [[], [0], [3, 4, 9, 200], [0, 1, 2]]) expect(fromGaps(toGaps(values))).toEqual(values);
});
