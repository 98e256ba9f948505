import { expect, test } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { blocksOf } from './test-helpers.ts';

function figuresIn(...paragraphs: string[]) {
  const { source, blocks } = blocksOf(...paragraphs);
  const { datasets } = extractFigures('a1', blocks, '2025');
  for (const point of datasets.flatMap((dataset) => dataset.points)) expect(Number.parseFloat(source.slice(point.start, point.end))).toBe(Math.abs(point.value));
  return datasets.map((dataset) => ({ title: dataset.title, unit: dataset.unit, points: dataset.points.map((p) => [p.label, p.value, p.series ?? null]) }));
}

/** Each figure as [source slice, value, unit], the slice read back from the source at its offsets. */
function readAll(...paragraphs: string[]) {
  const { source, blocks } = blocksOf(...paragraphs);
  return extractFigures('a1', blocks, '2025').figures.map((figure) => [source.slice(figure.start, figure.end), figure.value, figure.unit]);
}

function labelsOf(...paragraphs: string[]) {
  const { blocks } = blocksOf(...paragraphs);
  return extractFigures('a1', blocks, '2025').figures.map((figure) => figure.label);
}

test('reads money with its currency and scale, as written', () => {
  expect(readAll('United agreed a £85m transfer fee for the striker, and the judge set a fine of $2.3 million.')).toEqual([
    ['£85m', 85_000_000, 'GBP'],
    ['$2.3 million', 2_300_000, 'USD'],
  ]);
  expect(readAll('The city budget of 4.19 trillion roubles replaces a plan worth 90 billion euros and €2.1 billion in grants.')).toEqual([
    ['4.19 trillion roubles', 4_190_000_000_000, 'RUB'],
    ['90 billion euros', 90_000_000_000, 'EUR'],
    ['€2.1 billion', 2_100_000_000, 'EUR'],
  ]);
});

test('leaves out an amount restated in other currencies in brackets', () => {
  expect(readAll('The council will borrow €40bn (£35bn; $44bn) for new tram lines.')).toEqual([['€40bn', 40_000_000_000, 'EUR']]);
});

test('reads counts with the counted noun, people for person nouns', () => {
  expect(readAll('The stadium holds 45,100 fans and the club sold 2 million shirts to supporters.')).toEqual([
    ['45,100', 45_100, 'people'],
    ['2 million', 2_000_000, 'shirts'],
  ]);
  expect(readAll('Police detained 1,000 protesters and towed 189 ships, boats and cars.')).toEqual([
    ['1,000', 1000, 'protesters'],
    ['189', 189, 'vessels'],
  ]);
});

test('reads durations, distances, points and shares, also in words', () => {
  expect(readAll('The hearing lasted 5 hours after a 45-minute break, the bus route runs 12 km, and the index gained 30 points.')).toEqual([
    ['5 hours', 5, 'hours'],
    ['45-minute', 45, 'minutes'],
    ['12 km', 12, 'km'],
    ['30 points', 30, 'points'],
  ]);
  expect(readAll('Sixty-three percent backed the mayor after two hours of debate, and turnout rose 4.6 per cent to 56%.')).toEqual([
    ['Sixty-three percent', 63, '%'],
    ['two hours', 2, 'hours'],
    ['4.6 per cent', 4.6, '%'],
    ['56%', 56, '%'],
  ]);
});

test('reads a range as two values in the unit written after the second', () => {
  expect(readAll('The transfer window closes in 10 or 12 days, the tram line will run 1,250-2,500 km a year, and repairs take two to three days.')).toEqual([
    ['10', 10, 'days'],
    ['12 days', 12, 'days'],
    ['1,250', 1250, 'km'],
    ['2,500 km', 2500, 'km'],
    ['two', 2, 'days'],
    ['three days', 3, 'days'],
  ]);
});

test('leaves out years, ordinals, clock times, dates, sample sizes, ages and names', () => {
  expect(readAll('In 2024 the club won its 18th title in the third round at 3:45 p.m. on August 15.')).toEqual([]);
  expect(readAll('The 2025-27 budget plan was approved on 12 March.')).toEqual([]);
  expect(readAll('A poll of 1,000 adults found that 1,200 residents surveyed were unhappy, said the striker, aged 31.')).toEqual([]);
  expect(readAll('The council bought two buses and a G7 charger, and the A320 jets were grounded.')).toEqual([]);
});

test('leaves numbers in headings out', () => {
  const { blocks } = blocksOf('Club pays £85m for striker', 'The fee was agreed on Monday.');
  blocks[0]!.type = 'heading';
  expect(extractFigures('a1', blocks, null).figures).toEqual([]);
});

test('labels figures with words of their own sentence, falls as positive values', () => {
  expect(labelsOf('Shares in Acme dropped 4.6 per cent.')).toEqual(['Shares in Acme fall']);
  expect(labelsOf('The court freed 64 prisoners from each wing.')).toEqual(['Prisoners from each wing']);
  expect(labelsOf('The council approved a 30-day closure of the bridge.')).toEqual(['Closure']);
  const { blocks } = blocksOf('Shares in Acme dropped 4.6 per cent.');
  expect(extractFigures('a1', blocks, null).figures[0]!.value).toBe(4.6);
});

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

test('gives each poll answer of one sentence its own label', () => {
  const [dataset] = figuresIn('52% said they support the plan, 30% oppose it and 18% are undecided.');
  expect(dataset!.points).toEqual([['Support', 52, null], ['Oppose', 30, null], ['Unsure', 18, null]]);
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

test('charts figures of one unit in one sentence, but not the two ends of a range', () => {
  expect(figuresIn('The club sold 300 tickets and 500 scarves.')).toEqual([]);
  expect(figuresIn('Turnout was 58% in Northfield, 69% in Eastvale and 74% in Southport.')).toEqual([
    { title: 'Turnout', unit: '%', points: [['Northfield', 58, null], ['Eastvale', 69, null], ['Southport', 74, null]] },
  ]);
  expect(figuresIn('Repairs take 10 or 12 days.')).toEqual([]);
});

test('makes no chart of a lone figure', () => {
  expect(figuresIn('Spain spends about 1.3% of its GDP on defence.')).toEqual([]);
});

test('reads no part of a number compromise splits, and no sample size after "polled"', () => {
  expect(readAll('The coach said: “Six thousand fans came.”')).toEqual([]);
  expect(readAll('The study polled a total of 1,500 people from across the city.')).toEqual([]);
});

test('a figure whose words name no thing is labelled by the words around it, never by a pronoun', () => {
  const labels = labelsOf('They said it had risen to 12 percent.', 'The budget, which is down 3.5%, was approved.');
  for (const label of labels) expect(label).not.toMatch(/^(?:they|it|which|is)\b/i);
  expect(labels[0]).toContain('12 percent');
});

test('an order of size is not a figure ("several thousand fans", "tens of thousands")', () => {
  expect(labelsOf('Several thousand fans marched to the ground, and tens of thousands watched at home.')).toEqual([]);
  expect(labelsOf('About 4,500 fans marched to the ground.')).toHaveLength(1);
});

test('counts a plural noun read with its number, and casualties as people', () => {
  expect(readAll('The office received 48,000 requests last year.')).toEqual([['48,000', 48_000, 'requests']]);
  expect(readAll('The flood left 1,200 injured across the valley.')).toEqual([['1,200', 1_200, 'people']]);
});

test('leaves out a round word number that is a manner of speaking', () => {
  expect(readAll('The mayor said he could find a thousand reasons to stay.')).toEqual([]);
});

test('a label does not end on a preposition that leads nowhere', () => {
  expect(labelsOf('The riots left 1,200 injured in clashes during the night.')).toEqual(['Injured in clashes']);
});
