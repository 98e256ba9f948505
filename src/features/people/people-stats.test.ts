import { expect, test } from 'vitest';
import { fixtureIndex, fixturePersonFile } from '#src/testing/fixture-corpus.ts';
import { coMentioned, descriptorsByPublisher, filterPeople, sortPeople } from './people-stats.ts';

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
  expect(descriptorsByPublisher(putin.descriptors, articles)).toEqual([{ publisher: 'The Guardian', texts: ['Russian President'] }]);
});

test('counts people mentioned alongside', () => {
  expect(coMentioned('donald-trump', fixtureIndex.articles)).toEqual([
    { id: 'vladimir-putin', count: 2 },
    { id: 'dmitry-peskov', count: 1 },
    { id: 'volodymyr-zelensky', count: 1 },
  ]);
});
