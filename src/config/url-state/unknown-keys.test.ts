import { expect, test } from 'vitest';
import { describeUnreadablePath } from './unreadable-path.ts';
import { unknownKeysNotice } from './unknown-keys.ts';

test.each([
  ['', null],
  ['q=x', null],
  ['a=1', 'Ignored unknown parameter “a”.'],
  ['a=1&b=2&a=3', 'Ignored unknown parameters “a”, “b”.'],
  ['a=1&b=2&c=3&d=4&e=5', 'Ignored 5 unknown parameters: “a”, “b”, “c” and 2 more.'],
])('?%s → %s', (query, notice) => {
  expect(unknownKeysNotice(new URLSearchParams(query), ['q'])).toBe(notice);
});

test.each([
  ['/articles/court-case-1a2b3c', false],
  ['/people/%C5%81ukasz-kowalski', false],
  ['/x%0a', true],
  ['/articles/a/%0D', true],
  ['/%00', true],
  ['/x%E0%A4%A', true],
])('%s is unreadable: %s', (pathname, unreadable) => {
  expect(describeUnreadablePath(pathname) !== null).toBe(unreadable);
});
