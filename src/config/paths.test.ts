import { expect, test } from 'vitest';
import { parseBlockHash, paths } from './paths.ts';

test.each([
  [paths.articles.href(), '/'],
  [paths.articles.href({ people: ['vladimir-putin'] }), '/?person=vladimir-putin'],
  [paths.article.href('rt-2025-06-24'), '/articles/rt-2025-06-24'],
  [paths.article.href('a b', 3), '/articles/a%20b#b3'],
  [paths.people.href(), '/people'],
  [paths.people.href({ sort: 'articles' }), '/people?sort=articles'],
  [paths.person.href('dmitry-peskov'), '/people/dmitry-peskov'],
  [paths.charts.href(), '/charts'],
  [paths.chart.href('casualties'), '/charts/casualties'],
])('%s', (href, expected) => {
  expect(href).toBe(expected);
});

test.each<[string, number | null]>([
  ['#b0', 0],
  ['#b12', 12],
  ['#b', null],
  ['#x1', null],
  ['', null],
  ['#b1x', null],
])('parseBlockHash(%j) → %j', (hash, expected) => {
  expect(parseBlockHash(hash)).toBe(expected);
});
