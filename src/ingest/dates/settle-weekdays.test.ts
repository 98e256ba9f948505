import { describe, expect, test } from 'vitest';
import { settleAfter } from './settle-weekdays.ts';

describe('settleAfter', () => {
  test.each([
    ['Monday and Tuesday after a Friday', '2030-04-05', [1, 2], null, '2030-04-09'],
    ['the same weekday as the start', '2030-04-05', [5], null, '2030-04-05'],
    ['a limit that comes first', '2030-04-05', [2], '2030-04-07', null],
  ])('%s', (_, start, weekdays, limit, expected) => {
    expect(settleAfter(start, weekdays, limit)).toBe(expected);
  });
});
