import { expect, test } from 'vitest';
import { DEFAULT_LIST_STATE, type ListState } from '#src/config/url-state/list-search.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { filterArticles, listPublishers, suggestLoosening } from './filter-articles.ts';

const articles = fixtureIndex.articles;
const ids = (state: Partial<ListState>, matches: Set<string> | null = null) =>
  filterArticles(articles, { ...DEFAULT_LIST_STATE, ...state }, matches).map((article) => article.id);

test.each<[string, Partial<ListState>, string[]]>([
  ['no filters: newest first, undated last', {}, ['guardian-putin-called', 'rt-deal-with-russia', 'rt-lavrov-ultimatums', 'undated-note']],
  ['one person', { people: ['sergey-lavrov'] }, ['rt-lavrov-ultimatums']],
  ['all people must be mentioned', { people: ['donald-trump', 'dmitry-peskov'] }, ['guardian-putin-called']],
  ['publisher', { publisher: 'RT' }, ['rt-deal-with-russia', 'rt-lavrov-ultimatums']],
  ['inclusive date range', { from: '2025-06-20', to: '2025-06-24' }, ['rt-deal-with-russia', 'rt-lavrov-ultimatums']],
  ['from only excludes undated', { from: '2025-06-25' }, ['guardian-putin-called']],
])('%s', (_, state, expected) => {
  expect(ids(state)).toEqual(expected);
});

test('search matches narrow the list', () => {
  expect(ids({ q: 'lavrov' }, new Set(['rt-lavrov-ultimatums']))).toEqual(['rt-lavrov-ultimatums']);
});

test('suggests the filter whose removal brings most articles back', () => {
  const state = { ...DEFAULT_LIST_STATE, people: ['sergey-lavrov'], publisher: 'The Guardian' };
  const suggestions = suggestLoosening(articles, state, null, (id) => id);
  expect(suggestions.map((s) => [s.filter, s.count])).toEqual([
    ['person', 1],
    ['publisher', 1],
  ]);
});

test('lists publishers once, sorted', () => {
  expect(listPublishers(articles)).toEqual(['RT', 'The Guardian']);
});
