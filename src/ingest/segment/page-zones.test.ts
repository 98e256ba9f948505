import { expect, test } from 'vitest';
import { segmentPage } from '../segment-page.ts';

/** A page of another story entirely: the segmenter needs no knowledge of this story to find chrome and the headline. */
const transferPage = [
  ' date 2024-07-02  Skip to main content',
  'Sport',
  'THE HARBOUR GAZETTE',
  'Rovers sign striker Leo Marsh in record £85m deal',
  'The club beat two rivals to the forward after a week of talks.',
  'Leo Marsh poses with the club shirt at the training ground. | Tom Hale/POOL/Reuters',
  'By Sam Okafor',
  'Jul 2, 2024 9:15 AM',
  'Rovers have signed striker Leo Marsh for a club-record fee of £85 million, the club said on Tuesday, ending a week of talks with his former side.',
  'Medical and contract',
  'Marsh passed his medical on Monday and signed a five-year contract, the club confirmed in a short note.',
  'Get the match report sent to your inbox every evening.',
  'The chairman said the fee reflected the player’s age and his record of 31 goals last season.',
  'Priya Nair contributed to this report.',
  'City held to a draw in the rain',
  'Five things we learned from the derby',
].join('\n');

test('finds the headline below the menus and site name, and cuts stamp, byline, caption, time and prompts', () => {
  const { host } = segmentPage(transferPage);
  const headline = host.blocks[host.headlineBlock ?? -1];
  expect(headline?.text).toBe('Rovers sign striker Leo Marsh in record £85m deal');
  const cut = host.cuts.map((c) => transferPage.slice(c.start, c.end));
  expect(cut).toEqual(
    expect.arrayContaining([
      'date 2024-07-02',
      'Skip to main content',
      'Sport',
      'THE HARBOUR GAZETTE',
      'By Sam Okafor',
      'Jul 2, 2024 9:15 AM',
      'Get the match report sent to your inbox every evening.',
      'Priya Nair contributed to this report.',
      'City held to a draw in the rain',
      'Five things we learned from the derby',
    ]),
  );
  expect(cut.some((text) => text.startsWith('Leo Marsh poses'))).toBe(true);
});

test('keeps the standfirst, subheadings and every paragraph of the body', () => {
  const { host } = segmentPage(transferPage);
  const texts = host.blocks.map((block) => block.text);
  expect(texts).toContain('The club beat two rivals to the forward after a week of talks.');
  expect(texts).toContain('Medical and contract');
  expect(texts.filter((text) => text.length > 80)).toHaveLength(3);
  for (const block of host.blocks) expect(transferPage.slice(block.start, block.end)).toBe(block.text);
});

test('a page without a headline gets none, and its interface lines above the text are cut', () => {
  const page = ['Live', 'Most watched', 'Listen', 'The court fined the company $2.3 million on Thursday for breaching safety rules at two of its plants.'].join('\n');
  const { host } = segmentPage(page);
  expect(host.headlineBlock).toBeNull();
  expect(host.blocks.map((block) => block.text)).toEqual(['The court fined the company $2.3 million on Thursday for breaching safety rules at two of its plants.']);
});

test('a headline ending in a full stop, set apart from the text by a credit, is still the headline', () => {
  const page = ['Court upholds fine against the port authority.', '© Ana Ruiz/City Press', 'HARBOUR CITY, May 16. The appeals court on Friday upheld a fine of $2.3 million against the port authority.'].join('\n');
  const { host } = segmentPage(page);
  expect(host.blocks[host.headlineBlock ?? -1]?.text).toBe('Court upholds fine against the port authority.');
});

test('a summary bullet that restates a paragraph below is cut; the paragraph stays', () => {
  const page = [
    'Council approves budget after long debate',
    '• The council approved a budget of $40 million on Monday, ending weeks of debate over road repairs and parks.',
    'The city council approved a budget of $40 million on Monday, ending weeks of debate over road repairs and parks.',
  ].join('\n');
  const { host } = segmentPage(page);
  expect(host.blocks.map((block) => block.text)).toEqual([
    'Council approves budget after long debate',
    'The city council approved a budget of $40 million on Monday, ending weeks of debate over road repairs and parks.',
  ]);
});
