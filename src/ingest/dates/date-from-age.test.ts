import { describe, expect, test } from 'vitest';
import { dateFromAge } from './date-from-age.ts';

describe('dateFromAge', () => {
  test.each([
    ['an hour ago', '2025-06-24'],
    ['5 hours ago', '2025-06-24'],
    ['4 minutes ago', '2025-06-24'],
    ['just now', '2025-06-24'],
    ['2 days ago', '2025-06-22'],
    ['a week ago', '2025-06-17'],
    ['3 months ago', '2025-03-24'],
    ['a year ago', '2024-06-24'],
    ['yesterday', '2025-06-23'],
    ['sometime', null],
    ['12 June', null],
  ])('%s on a page of 24 June 2025 is %s', (age, expected) => {
    expect(dateFromAge(age, '2025-06-24')).toBe(expected);
  });
});
