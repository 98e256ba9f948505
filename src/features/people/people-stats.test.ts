import { expect, test } from 'vitest';
import { fixtureIndex, fixturePersonFile } from '#src/testing/fixture-corpus.ts';
import { coMentioned, descriptorsByPublisher, filterPeople, sortPeople, undatedQuotesNote } from './people-stats.ts';

const people = fixtureIndex.people;
const articles = new Map(fixtureIndex.articles.map((article) => [article.id, article]));

test.each([
  ['', 5],
  ['lav', 1],
  ['ZELENSKYY', 1],
  ['trump', 1],
  ['nobody', 0],
])('filterPeople(%j) finds %i', (q, count) => {
  expect(filterPeople(people, q)).toHaveLength(count);
});

test.each([
  ['quotes', 'donald-trump'],
  ['articles', 'donald-trump'],
  ['name', 'dmitry-peskov'],
] as const)('sortPeople by %s puts %s first', (sort, first) => {
  expect(sortPeople(people, sort)[0]?.id).toBe(first);
});

test('groups descriptors by the publisher of the article they came from', () => {
  const putin = fixturePersonFile('vladimir-putin')!;
  expect(descriptorsByPublisher(putin.descriptors, articles)).toEqual([
    { publisher: 'The Guardian', descriptions: [{ text: 'Russian President', count: 1, articleIds: [putin.descriptors[0]!.articleId] }] },
  ]);
});

test('folds near-duplicate descriptions, counts them, and keeps the articles they came from', () => {
  const [first, second] = [...articles.keys()];
  const descriptors = [
    { text: 'Trump’s Special Envoy', articleId: first! },
    { text: "Trump's special envoy", articleId: second! },
    { text: "Trump's special envoy", articleId: second! },
    { text: 'the billionaire', articleId: first! },
  ];
  const groups = descriptorsByPublisher(descriptors, new Map([...articles].map(([id, a]) => [id, { ...a, publisher: 'One outlet' }])));
  expect(groups).toEqual([
    {
      publisher: 'One outlet',
      descriptions: [
        { text: "Trump's special envoy", count: 3, articleIds: [first, second] },
        { text: 'the billionaire', count: 1, articleIds: [first] },
      ],
    },
  ]);
});

test('counts people mentioned alongside', () => {
  expect(coMentioned('donald-trump', fixtureIndex.articles)).toEqual([
    { id: 'vladimir-putin', count: 2 },
    { id: 'dmitry-peskov', count: 1 },
    { id: 'volodymyr-zelensky', count: 1 },
  ]);
});

test('says how many quotes the chart over time leaves out', () => {
  expect(undatedQuotesNote(5, 5)).toBeNull();
  expect(undatedQuotesNote(5, 3)).toBe('The chart shows 3 of 5 quotes: 2 come from undated articles and are listed below only.');
  expect(undatedQuotesNote(2, 1)).toBe('The chart shows 1 of 2 quotes: 1 comes from undated articles and is listed below only.');
  expect(undatedQuotesNote(1, 0)).toBe('None of the 1 quote has a date, so there is no chart over time.');
});
