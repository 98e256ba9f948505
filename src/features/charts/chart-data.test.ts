import { expect, test } from 'vitest';
import type { Dataset } from '#src/data/contract.ts';
import { pivotPoints, sourceSentences } from './chart-data.ts';

const text = 'Talks began in May. Russia returned 6,000 bodies and received 59 in return. More talks are planned.';
const blocks = [{ type: 'paragraph' as const, text, start: 1000, end: 1000 + text.length }];
const point = (label: string, value: number, written: string, series?: string) => {
  const start = 1000 + text.indexOf(written);
  return { label, value, block: 0, start, end: start + written.length, ...(series ? { series } : {}) };
};

test('pivots series into columns, one row per label', () => {
  const dataset: Dataset = {
    id: 'd',
    articleId: 'a',
    title: 't',
    unit: 'bodies',
    points: [point('Ukraine', 6000, '6,000', 'then'), point('Ukraine', 59, '59', 'now'), point('Russia', 59, '59', 'now')],
  };
  expect(pivotPoints(dataset)).toEqual({
    rows: [
      { label: 'Ukraine', then: 6000, now: 59 },
      { label: 'Russia', now: 59 },
    ],
    series: ['then', 'now'],
  });
});

test('uses a single value column without series', () => {
  const dataset: Dataset = { id: 'd', articleId: 'a', title: 't', unit: 'u', points: [point('Returned', 6000, '6,000')] };
  expect(pivotPoints(dataset)).toEqual({ rows: [{ label: 'Returned', value: 6000 }], series: ['value'] });
});

test('cuts the sentence holding the numbers out of its block and marks them', () => {
  const dataset: Dataset = { id: 'd', articleId: 'a', title: 't', unit: 'u', points: [point('Returned', 6000, '6,000'), point('Received', 59, '59')] };
  const [sentence] = sourceSentences(dataset, blocks);
  expect(sentence?.parts.map((part) => (part.number ? `[${part.text}]` : part.text)).join('')).toBe('Russia returned [6,000] bodies and received [59] in return.');
  expect(sentence?.before).toBe('…');
  expect(sentence?.after).toBe('…');
});
