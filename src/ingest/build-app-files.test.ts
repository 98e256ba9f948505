import { expect, test } from 'vitest';
import { FIRST_SCREEN_ARTICLES, articleFileSchema, datasetsFileSchema, quotesFileSchema, indexFileSchema, indexPartSchema, indexStoriesSchema, personFileSchema, type PersonFile } from '../data/app-files.ts';
import { corpusSchema, type Article, type Corpus, type Quote } from '../data/contract.ts';
import { assignSourceKeys, buildAppFiles } from './build-app-files.ts';

// The quotes sit after the lead paragraph, so the index's snippet cannot carry their text.
const SOURCE = 'Talks in Istanbul\nDelegations met on Monday.\nPeskov said: "The talks were useful." Lavrov said: "We will not accept ultimatums."\nTurnout was 38%, up from 31%.';

function article(id: string, publishedOn: string | null, personIds: string[]): Article {
  const lines = SOURCE.split('\n');
  let offset = 0;
  const blocks = lines.map((text) => {
    const block = { type: 'paragraph' as const, text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return block;
  });
  return {
    id, sourceFile: `${id}.txt`, parentId: null, title: lines[0]!, titleDerived: false, titleBlock: 0, publisher: 'RT', url: null,
    publishedOn, dateBasis: publishedOn ? 'stated' : 'no date found', dateSource: publishedOn ? 'stated' : 'unknown', blocks, cuts: [], personIds,
  };
}

function quote(id: string, articleId: string, speakerId: string | null, text: string): Quote {
  const start = SOURCE.indexOf(text);
  return { id, articleId, speakerId, text, kind: 'direct', block: 2, start, end: start + text.length };
}

const corpus: Corpus = {
  schemaVersion: 1,
  articles: [article('talks-a', '2025-06-02', ['dmitry-peskov', 'sergey-lavrov']), article('talks-b', '2025-06-02', ['dmitry-peskov']), article('talks-c', null, ['yury-ushakov'])],
  people: [
    { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Peskov'], descriptors: [{ text: 'Kremlin spokesman', articleId: 'talks-a' }] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], descriptors: [] },
    { id: 'yury-ushakov', name: 'Yury Ushakov', aliases: [], descriptors: [] },
  ],
  quotes: [
    quote('talks-a-q1', 'talks-a', 'dmitry-peskov', 'The talks were useful.'),
    quote('talks-a-q2', 'talks-a', 'sergey-lavrov', 'We will not accept ultimatums.'),
    quote('talks-b-q1', 'talks-b', 'dmitry-peskov', 'The talks were useful.'),
    quote('talks-c-q1', 'talks-c', null, 'We will not accept ultimatums.'),
  ],
  datasets: [
    {
      id: 'turnout', articleId: 'talks-a', title: 'Turnout', unit: '%',
      points: [{ label: 'Now', value: 38, block: 3, start: SOURCE.indexOf('38%'), end: SOURCE.indexOf('38%') + 3 }],
    },
  ],
  figures: [{ id: 'talks-a-f1', articleId: 'talks-a', value: 38, unit: '%', label: 'Turnout', block: 3, start: SOURCE.indexOf('38%'), end: SOURCE.indexOf('38%') + 2 }],
  problems: [{ sourceFile: 'empty.txt', severity: 'error', message: 'The file is empty.' }],
  anchorEvents: [{ id: 'istanbul-talks', label: 'Istanbul talks', start: '2025-06-02', end: '2025-06-02', source: 'test' }],
};

const sources = new Map(corpus.articles.map((a) => [a.sourceFile, SOURCE]));
const files = buildAppFiles(corpus, sources);
const read = (path: string): unknown => JSON.parse(files.get(path) ?? 'null');
const personFiles = (): PersonFile[] => [...files.keys()].filter((path) => path.startsWith('people/')).map((path) => personFileSchema.parse(read(path)));

test('the fixture is a valid corpus', () => {
  expect(corpusSchema.safeParse(corpus).success).toBe(true);
});

test('keeps corpus.json, the contract, whole', () => {
  expect(read('corpus.json')).toEqual(corpus);
});

test('the index validates and holds no quote texts and no datasets', () => {
  const index = indexFileSchema.parse(read('index.json'));
  expect(Object.keys(index).sort()).toEqual(['anchorEvents', 'articles', 'people', 'problems', 'schemaVersion', 'stories']);
  const json = files.get('index.json')!;
  for (const { id, text } of corpus.quotes) {
    expect(json).not.toContain(text);
    expect(json).not.toContain(id);
  }
  expect(json).not.toContain('"points"');
  expect(index.anchorEvents).toEqual(corpus.anchorEvents);
  expect(index.problems).toEqual(corpus.problems);
});

test('the index counts quotes per article and per person, so charts need no quote file', () => {
  const index = indexFileSchema.parse(read('index.json'));
  expect(index.articles.map((a) => [a.id, a.quoteCount])).toEqual([['talks-a', 2], ['talks-b', 1], ['talks-c', 1]]);
  expect(index.people.map((p) => [p.id, p.quoteCount, p.articleCount])).toEqual([['dmitry-peskov', 2, 2], ['sergey-lavrov', 1, 1], ['yury-ushakov', 0, 1]]);
});

test('every quote with a speaker is in exactly one person file, its speaker’s', () => {
  const placed = personFiles().flatMap((file) => file.quotes.map((q) => ({ file: file.personId, q })));
  for (const q of corpus.quotes.filter((candidate) => candidate.speakerId !== null)) {
    expect(placed.filter((entry) => entry.q.id === q.id)).toEqual([{ file: q.speakerId, q: { ...q, sameWordsIn: expect.any(Array), moreUnnamedCarriers: 0 } }]);
  }
  expect(placed).toHaveLength(corpus.quotes.filter((q) => q.speakerId !== null).length);
});

test('descriptors leave the index for the person files; the index keeps the most used texts', () => {
  const index = indexFileSchema.parse(read('index.json'));
  expect(files.get('index.json')).not.toContain('"descriptors"');
  expect(index.people.map((p) => p.topDescriptors)).toEqual([['Kremlin spokesman'], [], []]);
  expect(personFiles().map((file) => file.descriptors)).toEqual(corpus.people.map((p) => p.descriptors));
});

test('every person has a file, an empty one when they have no quotes', () => {
  expect(personFiles().map((file) => file.personId)).toEqual(corpus.people.map((p) => p.id));
  expect(personFiles().find((file) => file.personId === 'yury-ushakov')?.quotes).toEqual([]);
});

test('every quote, attributed or not, is in its article file', () => {
  for (const a of corpus.articles) {
    const file = articleFileSchema.parse(read(`articles/${a.id}.json`));
    expect(file.quotes).toEqual(corpus.quotes.filter((q) => q.articleId === a.id).map((q) => ({ ...q, sameWordsIn: expect.any(Array), moreUnnamedCarriers: 0 })));
  }
});

test('the quotes file holds every quote once, each with the other articles that carry its words', () => {
  const file = quotesFileSchema.parse(read('quotes.json'));
  expect(file.quotes.map(({ sameWordsIn, moreUnnamedCarriers, ...quote }) => (void sameWordsIn, void moreUnnamedCarriers, quote))).toEqual(corpus.quotes);
  for (const quote of file.quotes) expect(quote.sameWordsIn).not.toContain(quote.articleId);
});

test('the datasets file holds every dataset', () => {
  expect(datasetsFileSchema.parse(read('datasets.json')).datasets).toEqual(corpus.datasets);
});

test('the output is the same, byte for byte, on a second run', () => {
  const again = buildAppFiles(structuredClone(corpus), new Map(sources));
  expect([...again.keys()]).toEqual([...files.keys()]);
  for (const [path, content] of files) expect(again.get(path)).toBe(content);
});

test('gives "my page.txt" and "my_page.txt" their own source files, and so names that differ only in case', () => {
  const names = ['my page.txt', 'my_page.txt', 'My_page.txt', 'my~20page.txt', 'Łódź budget.txt'];
  const keys = assignSourceKeys(names);
  expect(new Set(keys.values()).size).toBe(names.length);
  expect(new Set([...keys.values()].map((key) => key.toLowerCase())).size).toBe(names.length);
  expect(keys.get('my_page.txt')).toBe('my_page.txt');
  for (const key of keys.values()) expect(key).toMatch(/^[A-Za-z0-9._~-]+$/);
});

test('keeps over-long names distinct and short enough for a file name', () => {
  const long = 'a'.repeat(240);
  const names = [`${long}1.txt`, `${long}2.txt`, 'x'.repeat(200)];
  const keys = assignSourceKeys(names);
  expect(new Set(keys.values()).size).toBe(3);
  for (const key of keys.values()) expect(`sources/${key}.json`.length).toBeLessThan(255);
});

test('the search comes as search.json, with the schema version, and shards by first letters that hold every term', async () => {
  const { searchManifestSchema, searchShardSchema, searchShardPath } = await import('../data/search-files.ts');
  const files = buildAppFiles(corpus, new Map());
  const manifest = searchManifestSchema.parse(JSON.parse(files.get('search.json')!));
  expect(manifest.documents).toEqual(corpus.articles.map((one) => one.id));
  expect(manifest.shards).toContain('ul');
  const shard = searchShardSchema.parse(JSON.parse(files.get(searchShardPath('ul'))!));
  expect(shard.terms.map(([term]) => term)).toContain('ultimatums');
  // No file is left out of the list, none listed is missing.
  expect([...files.keys()].filter((path) => path.startsWith('search/')).sort()).toEqual(manifest.shards.map(searchShardPath).sort());
  expect(buildAppFiles(corpus, new Map(), {}, { search: false }).has('search.json')).toBe(false);
});

test('search folds the spellings the story lists as one, and accents, the same way at index and query time', async () => {
  const { searchFoldsOf } = await import('../data/app-files.ts');
  const { searchManifestSchema, searchShardSchema } = await import('../data/search-files.ts');
  const { openShardedSearch } = await import('../data/search-shards.ts');
  const folds = searchFoldsOf([['Kyiv', 'Kiev'], ['Zelensky', 'Zelenskyy']]);
  expect(folds).toEqual({ kiev: 'kyiv', zelenskyy: 'zelensky' });
  const article = corpus.articles[0]!;
  const spelled = { ...corpus, articles: [{ ...article, blocks: [...article.blocks, { type: 'paragraph' as const, text: 'Talks in Kiev with Pedro Sánchez.', start: 0, end: 0 }] }] };
  const files = buildAppFiles(spelled, new Map(), folds);
  const search = openShardedSearch(searchManifestSchema.parse(JSON.parse(files.get('search.json')!)), async (path) => searchShardSchema.parse(JSON.parse(files.get(path)!)));
  expect((await search.search('kyiv')).terms.sort()).toEqual(['kiev', 'kyiv']);
  for (const word of ['Kyiv', 'kiev', 'KIEV', 'sanchez', 'Sánchez']) expect([...(await search.search(word)).matches]).toEqual([article.id]);
});

test('a collection larger than one screen keeps its newest articles in index.json and the rest in parts that add up to the whole', () => {
  const count = FIRST_SCREEN_ARTICLES + 2 * 7 + 3;
  const days = ['2025-06-01', '2025-06-03', null, '2025-05-30'];
  const large: Corpus = { ...corpus, quotes: [], articles: Array.from({ length: count }, (_, n) => ({ ...article(`page-${n}`, days[n % days.length]!, n % 2 ? ['dmitry-peskov'] : []), publisher: n % 3 ? 'RT' : 'TASS' })) };
  const whole = indexFileSchema.parse(JSON.parse(buildAppFiles(large, new Map()).get('index.json')!));
  const files = buildAppFiles(large, new Map(), {}, { partSize: 7 });
  const head = indexFileSchema.parse(JSON.parse(files.get('index.json')!));

  expect(whole.articleParts).toBeUndefined();
  // The first screen does not group by story: the stories travel with the parts.
  expect(head.stories).toEqual([]);
  expect(indexStoriesSchema.parse(JSON.parse(files.get(head.storiesPart!)!)).stories).toEqual(whole.stories);
  expect(head.articles).toHaveLength(FIRST_SCREEN_ARTICLES);
  expect(head.articleParts).toHaveLength(3);
  const parts = head.articleParts!.map((path) => indexPartSchema.parse(JSON.parse(files.get(path)!)).articles);
  expect(parts.map((part) => part.length)).toEqual([7, 7, 3]);
  // In order, the head and its parts are the single file's list: newest first, undated last.
  expect([...head.articles, ...parts.flat()]).toEqual(whole.articles);
  expect(whole.articles[0]!.publishedOn).toBe('2025-06-03');
  expect(whole.articles.at(-1)!.publishedOn).toBeNull();
  expect(head.facets).toEqual({
    articleCount: count,
    publishers: ['RT', 'TASS'],
    publishedDays: [['2025-05-30', 54], ['2025-06-01', 55], ['2025-06-03', 54]],
  });
});
