import { expect, test } from 'vitest';
import type { ArticleSummary, Story } from '#src/data/app-files.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { groupByStory } from './group-by-story.ts';

const base = fixtureIndex.articles[0]!;
const row = (id: string): ArticleSummary => ({ ...base, id });
const story = (id: string, articleIds: string[]): Story => ({ id, title: id, leadArticleId: articleIds[0]!, articleIds, from: '2025-06-24', to: '2025-06-25', personIds: [], terms: [] });

test("brings a story's articles together where its first one stood, keeping the order within", () => {
  const list = ['a', 'x', 'b', 'y', 'c'].map(row);
  const { articles, runStarts, inRun } = groupByStory(list, [story('s', ['c', 'a', 'b'])]);
  expect([...inRun.keys()]).toEqual([0, 1, 2]);
  expect(articles.map((article) => article.id)).toEqual(['a', 'b', 'c', 'x', 'y']);
  expect([...runStarts]).toEqual([[0, { story: story('s', ['c', 'a', 'b']), shown: 3 }]]);
});

test('a story with one article left after filtering is no group', () => {
  const { articles, runStarts } = groupByStory(['x', 'a'].map(row), [story('s', ['a', 'b'])]);
  expect(articles.map((article) => article.id)).toEqual(['x', 'a']);
  expect(runStarts.size).toBe(0);
});
