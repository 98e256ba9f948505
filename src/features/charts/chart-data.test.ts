import { expect, test } from 'vitest';
import type { Dataset } from '#src/data/contract.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { datasetExportRows, figureExportRows, pivotPoints, sourceSentences } from './chart-data.ts';

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

test("a chart's export holds every point with its unit, its article's facts, the paragraph's link and the number's offsets", () => {
  const article = fixtureIndex.articles[0]!;
  const dataset: Dataset = { id: 'swap', articleId: article.id, title: 'Prisoner swap', unit: 'people', points: [point('returned', 6000, '6,000'), point('received', 59, '59')] };
  const rows = datasetExportRows(dataset, article, (articleId, block) => `https://readout.example/articles/${articleId}#b${block}`);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toEqual({
    chart: 'Prisoner swap',
    label: 'returned',
    series: '',
    value: 6000,
    unit: 'people',
    article: article.title,
    publisher: article.publisher,
    published_on: article.publishedOn,
    date_basis: `${article.dateSource}: ${article.dateBasis}`,
    readout_link: `https://readout.example/articles/${article.id}#b0`,
    original_url: article.url,
    source_file: article.sourceFile,
    start: 1000 + text.indexOf('6,000'),
    end: 1000 + text.indexOf('6,000') + 5,
  });
});

test('the figures export names no chart and keeps an unknown article as empty fields', () => {
  const figure = { id: 'f1', articleId: 'gone', value: 5, unit: '%', label: 'of GDP', block: 2, start: 10, end: 12 };
  const [row] = figureExportRows([figure], new Map(), (articleId, block) => `${articleId}#b${block}`);
  expect(row).toMatchObject({ chart: '', label: 'of GDP', value: 5, unit: '%', article: '', readout_link: 'gone#b2', start: 10, end: 12 });
});
