import { expect, test } from 'vitest';
import { DEFAULT_LIST_STATE, type ListState } from '#src/config/url-state/list-search.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { filterArticles, suggestLoosening } from './filter-articles.ts';
import { facetsOfArticles } from './list-facets.ts';

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
  expect(facetsOfArticles(articles).publishers).toEqual(['RT', 'The Guardian']);
});

test('sorts by date either way, by quotes, by outlet and by search rank', () => {
  const ids = (sort: ListState['sort'], matches: Set<string> | null = null) => filterArticles(articles, { ...DEFAULT_LIST_STATE, sort }, matches).map((a) => a.id);
  const newest = ids('newest');
  const dated = articles.filter((a) => a.publishedOn).length;
  const oldestDays = ids('oldest').map((id) => articles.find((a) => a.id === id)!.publishedOn);
  expect(oldestDays.slice(0, dated)).toEqual(oldestDays.slice(0, dated).sort());
  expect(oldestDays.slice(dated).every((day) => day === null)).toBe(true);
  const quotes = ids('quotes').map((id) => articles.find((a) => a.id === id)!.quoteCount);
  expect(quotes).toEqual([...quotes].sort((a, b) => b - a));
  const outlets = ids('outlet').map((id) => articles.find((a) => a.id === id)!.publisher);
  expect(outlets.filter(Boolean)).toEqual(outlets.filter(Boolean).sort((a, b) => a!.localeCompare(b!)));
  expect(outlets.at(-1)).toBeNull();
  const ranked = new Set([newest.at(-1)!, newest[0]!]);
  expect(ids('relevance', ranked)).toEqual([...ranked]);
  expect(ids('relevance')).toEqual(newest);
});
