import { expect, test } from 'vitest';
import { fixtureArticles, fixtureIndex, fixturePersonFile, fixtureQuotesFile } from '#src/testing/fixture-corpus.ts';
import type { IndexFile } from './app-files.ts';
import { mergeIndex, mergePersonFiles, mergeQuotes } from './merge-library.ts';

const trump = fixtureIndex.people.find((person) => person.id === 'donald-trump')!;
const myArticle = { ...fixtureIndex.articles[0]!, id: '~mine-talks', title: 'My own page', publisher: 'The Coast Herald' };
const mine: IndexFile = {
  schemaVersion: 1,
  articles: [myArticle],
  people: [
    { ...trump, aliases: ['Mr Trump'], quoteCount: 2, articleCount: 1, topDescriptors: ['the president'] },
    { id: 'ana-ruiz', name: 'Ana Ruiz', aliases: [], quoteCount: 1, articleCount: 1, topDescriptors: [] },
  ],
  anchorEvents: [],
  problems: [{ sourceFile: 'empty.txt', severity: 'error', message: 'The file is empty.' }],
  stories: [],
};

test('one index: every article, people merged by id with their counts summed, problems of both', () => {
  const merged = mergeIndex(fixtureIndex, mine);
  expect(merged.articles.map((article) => article.id)).toEqual([...fixtureIndex.articles.map((article) => article.id), '~mine-talks']);
  const mergedTrump = merged.people.find((person) => person.id === 'donald-trump')!;
  expect(mergedTrump).toMatchObject({ aliases: ['Trump', 'Mr Trump'], quoteCount: trump.quoteCount + 2, articleCount: trump.articleCount + 1 });
  expect(merged.people.map((person) => person.id)).toContain('ana-ruiz');
  expect(merged.problems).toEqual(mine.problems);
});

test('a person only the reader’s pages know has a file; a person of both has the quotes of both', () => {
  const base = fixturePersonFile('donald-trump')!;
  expect(mergePersonFiles('ana-ruiz', null, { schemaVersion: 1, personId: 'ana-ruiz', descriptors: [], quotes: [] })?.personId).toBe('ana-ruiz');
  const extra = { ...base.quotes[0]!, id: '~mine-q1', articleId: '~mine-talks' };
  expect(mergePersonFiles('donald-trump', base, { ...base, descriptors: [], quotes: [extra] })!.quotes).toHaveLength(base.quotes.length + 1);
});

test('the same words are found again across built-in quotes and the reader’s', () => {
  const q1 = fixtureQuotesFile.quotes.find((quote) => quote.id === 'q1')!;
  const echo = { ...q1, id: '~mine-q1', articleId: '~mine-talks', sameWordsIn: [] };
  const merged = mergeQuotes(fixtureQuotesFile, { schemaVersion: 1, quotes: [echo] }, (articleId) => (articleId.startsWith('~') ? null : (fixtureArticles.find((article) => article.id === articleId)?.publisher ?? null)));
  // One article per other outlet, by outlet name (RT, The Guardian).
  expect(merged.quotes.find((quote) => quote.id === '~mine-q1')!.sameWordsIn).toEqual(['rt-deal-with-russia', 'guardian-putin-called']);
  expect(merged.quotes.find((quote) => quote.id === 'q1')!.sameWordsIn).toContain('~mine-talks');
});
