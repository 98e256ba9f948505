import { expect, test } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { blocksOf } from './test-helpers.ts';

function figuresIn(...paragraphs: string[]) {
  const { source, blocks } = blocksOf(...paragraphs);
  const { datasets } = extractFigures('a1', blocks, '2025');
  for (const point of datasets.flatMap((dataset) => dataset.points)) expect(Number.parseFloat(source.slice(point.start, point.end))).toBe(Math.abs(point.value));
  return datasets.map((dataset) => ({ title: dataset.title, unit: dataset.unit, points: dataset.points.map((p) => [p.label, p.value, p.series ?? null]) }));
}

test('reads then-and-now comparisons, including "from A% to B%" and "double the A% recorded"', () => {
  const [dataset] = figuresIn(
    'The poll shows attitudes toward Canada have improved compared to 2015.',
    'Now 20% feel positive about Canada – double the 10% recorded ten years ago. Negative views dropped from 40% to 30% over the period.',
  );
  expect(dataset).toEqual({
    title: 'Attitudes toward Canada: then and now',
    unit: '%',
    points: [['Positive', 10, '2015'], ['Positive', 20, '2025'], ['Negative', 40, '2015'], ['Negative', 30, '2025']],
  });
});

test('groups poll answers of one question until they exceed 100%', () => {
  const datasets = figuresIn('Expectations for relations remain mixed. 31% saw grounds for improvement, while 7% believed relations would worsen. Just over a third (39%) expected no change, and 23% were uncertain. At the same time, 48% said ties could be friendly.');
  expect(datasets).toHaveLength(1);
  expect(datasets[0]!.points.map((point) => point[0])).toEqual(['Will improve', 'Will worsen', 'No change', 'Unsure']);
});

test('reads market moves with "respectively" and signs falls as negative', () => {
  const [dataset] = figuresIn('The Acme Index fell 2.6% on Tuesday. Shares in Foo and Bar were down 10.1% and 9.5%, respectively.');
  expect(dataset!.unit).toBe('% change');
  expect(dataset!.points).toEqual([['Acme Index', -2.6, null], ['Foo', -10.1, null], ['Bar', -9.5, null]]);
});

test('reads a total with its parts', () => {
  const [dataset] = figuresIn('Allies adopted a new defence spending pledge of 5 per cent of GDP, 3.5 per cent for core military needs and 1.5 per cent for broader security.');
  expect(dataset).toEqual({
    title: 'Defence spending pledge',
    unit: '% of GDP',
    points: [['Total', 5, null], ['Core military needs', 3.5, null], ['Broader security', 1.5, null]],
  });
});

test('makes no chart of a lone figure', () => {
  expect(figuresIn('Spain spends about 1.3% of its GDP on defence.')).toEqual([]);
});
