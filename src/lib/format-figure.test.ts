import { expect, test } from 'vitest';
import { formatFigure } from './format-figure.ts';

test.each([
  [52, '%', '52%'],
  [3.5, '%', '3.5%'],
  [300_000_000_000, 'USD', '$300 billion'],
  [1_500_000_000, 'EUR', '€1.5 billion'],
  [6000, 'people', '6,000 people'],
  [2_000_000, 'people', '2 million people'],
  [450, 'USD', '$450'],
  [12, 'XQZ', 'XQZ 12'],
  [5_000_000_000, 'RUB', 'RUB 5 billion'],
])('formatFigure(%d, %s) reads %s', (value, unit, expected) => {
  expect(formatFigure(value, unit)).toBe(expected);
});
