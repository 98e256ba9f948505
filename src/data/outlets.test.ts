import { expect, test } from 'vitest';
import { countOutlets } from './outlets.ts';

test('counts each named outlet once and each article of no known outlet on its own', () => {
  expect(countOutlets([{ publisher: 'RT' }, { publisher: 'RT' }, { publisher: null }, { publisher: null }, { publisher: 'TASS' }])).toBe(4);
  expect(countOutlets([])).toBe(0);
});
