import { expect, test } from 'vitest';
import { parsePeopleSearch, toPeopleSearch, type PeopleState } from './people-search.ts';

test.each<[string, PeopleState, number]>([
  ['', { q: '', sort: 'quotes' }, 0],
  ['q=putin', { q: 'putin', sort: 'quotes' }, 0],
  ['sort=articles', { q: '', sort: 'articles' }, 0],
  ['sort=height', { q: '', sort: 'quotes' }, 1],
  ['page=2', { q: '', sort: 'quotes' }, 1],
])('parsePeopleSearch ?%s', (search, state, noticeCount) => {
  const parsed = parsePeopleSearch(new URLSearchParams(search));
  expect(parsed.state).toEqual(state);
  expect(parsed.notices).toHaveLength(noticeCount);
});

test.each<[Partial<PeopleState>, string]>([
  [{}, ''],
  [{ sort: 'quotes' }, ''],
  [{ sort: 'name', q: 'lav' }, 'q=lav&sort=name'],
])('toPeopleSearch %j → %s', (state, expected) => {
  expect(toPeopleSearch(state)).toBe(expected);
});
