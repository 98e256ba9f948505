import { expect, test, vi } from 'vitest';
import { memoise } from './memoise.ts';

test('computes each argument once, including falsy results', () => {
  const compute = vi.fn((word: string) => word.length > 3);
  const cached = memoise(compute);
  expect([cached('abc'), cached('abc'), cached('abcd'), cached('abcd')]).toEqual([false, false, true, true]);
  expect(compute).toHaveBeenCalledTimes(2);
});
