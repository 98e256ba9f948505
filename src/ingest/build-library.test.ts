import { expect, test } from 'vitest';
import { articleFileSchema, indexFileSchema, quotesFileSchema, sourceFileSchema } from '../data/app-files.ts';
import { MY_ARTICLE_PREFIX, MY_SOURCE_KEY_PREFIX } from '../data/library.ts';
import { buildLibrary } from './build-library.ts';
import { collectInputs, type PickedFile } from './collect-inputs.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const picked = (name: string, text: string): PickedFile => ({ name, size: encode(text).length, read: async () => encode(text) });

// An invented page of another story entirely: the pipeline must not need this story's knowledge.
const PAGE = [
  'Harbour reopens after the winter storm',
  'The harbour of Porto Seco reopened on Monday after three weeks of repairs.',
  '“We lost nineteen days of trade, but the quay is stronger now,” harbour master Ana Ruiz said on Monday.',
  'Repairs cost €2.1 million, the port authority said.',
].join('\n');

test('every picked file ends as an input or a named problem', async () => {
  const { inputs, problems } = await collectInputs([
    picked('harbour.txt', PAGE),
    picked('harbour.txt.meta.json', '{"url":"https://herald.example/harbour","publisher":"The Coast Herald"}'),
    picked('lost.txt.meta.json', '{}'),
    picked('.DS_Store', 'x'),
    { name: 'huge.txt', size: 50 * 1024 * 1024, read: async () => { throw new Error('a file too large must not be read'); } },
  ]);
  expect(inputs.map((input) => [input.sourceFile, input.sidecarText !== undefined])).toEqual([['harbour.txt', true]]);
  expect(problems.map((problem) => [problem.sourceFile, problem.severity])).toEqual([
    ['.DS_Store', 'warning'],
    ['huge.txt', 'error'],
    ['lost.txt.meta.json', 'warning'],
  ]);
});

test('a reader’s pages become app files whose ids and source keys cannot meet the built-in ones', async () => {
  const { inputs, problems } = await collectInputs([picked('harbour.txt', PAGE), picked('empty.txt', '')]);
  const build = buildLibrary(inputs, problems, new Map([['harbour.txt', '2026-12-03T09:00:00.000Z']]));
  const index = indexFileSchema.parse(JSON.parse(build.files['index.json']!));
  expect(index.articles).toHaveLength(1);
  const [article] = index.articles;
  expect(article!.id.startsWith(MY_ARTICLE_PREFIX)).toBe(true);
  expect(article!.sourceKey.startsWith(MY_SOURCE_KEY_PREFIX)).toBe(true);
  expect(article!.title).toBe('Harbour reopens after the winter storm');
  const file = articleFileSchema.parse(JSON.parse(build.files[`articles/${article!.id}.json`]!));
  const source = sourceFileSchema.parse(JSON.parse(build.files[`sources/${article!.sourceKey}.json`]!));
  for (const block of file.article.blocks) expect(source.text.slice(block.start, block.end)).toBe(block.text);
  const quotes = quotesFileSchema.parse(JSON.parse(build.files['quotes.json']!)).quotes;
  expect(quotes.map((quote) => [quote.text.slice(0, 24), quote.articleId === article!.id, quote.id.startsWith(MY_ARTICLE_PREFIX)])).toEqual([['We lost nineteen days of', true, true]]);
  expect(build.searchDocuments.map((document) => document.id)).toEqual([article!.id]);
  expect(build.problems.map((problem) => problem.sourceFile)).toEqual(['empty.txt']);
  expect(build.pages).toEqual([
    { sourceFile: 'empty.txt', bytes: 0, addedAt: '', articleIds: [] },
    { sourceFile: 'harbour.txt', bytes: encode(PAGE).length, addedAt: '2026-12-03T09:00:00.000Z', articleIds: [article!.id] },
  ]);
});
