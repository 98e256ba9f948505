import { expect, test } from 'vitest';
import { findPublisher } from './find-publisher.ts';
import type { Outlet } from './lexicon/outlets.ts';

const outlets: Outlet[] = [
  { name: 'The Harbour Gazette', aliases: ['Harbour Gazette', 'harbourgazette.com'] },
  { name: 'Wire Agency', aliases: ['WA'], agency: true },
];
const find = (chrome: [string, string][], headline: string | null = null) =>
  findPublisher({ chrome: chrome.map(([text, reason]) => ({ text, reason })), headline, outlets }).publisher;

test.each([
  [[['Source: Harbour Gazette', 'byline or source line']], 'The Harbour Gazette'],
  [[['© 2024 Valley Courier. All rights reserved.', 'link or promotion']], 'Valley Courier'],
  [[['Support Valley Courier on Patreon!', 'call to action or interface prompt']], 'Valley Courier'],
  [[['(This story has not been edited by Valley Courier and comes from a syndicated feed.)', "the site's notice about its text"]], 'Valley Courier'],
  [[['ReadVALLEYCOURIER .com inTELEGRAM .', 'call to action or interface prompt']], 'VALLEYCOURIER.com'],
  [[['THE VALLEY COURIER', 'site name']], 'The Valley Courier'],
])('reads the outlet where the page names itself: %j', (chrome, expected) => {
  expect(find(chrome as [string, string][])).toBe(expected);
});

test('an outlet of the list after the headline, or in the chrome, is the publisher', () => {
  expect(find([], 'Rovers sign striker in record deal | Harbour Gazette')).toBe('The Harbour Gazette');
  expect(find([['Harbour Gazette newsletter', 'call to action or interface prompt']])).toBe('The Harbour Gazette');
});

test('photo credits and agencies in the chrome never name the publisher', () => {
  expect(find([['Photo: Jane Roe/Harbour Gazette', 'photo caption or credit']])).toBeNull();
  expect(find([['WA news desk', 'byline']])).toBeNull();
});

test('says so when nothing names the outlet', () => {
  expect(findPublisher({ chrome: [{ text: 'Skip to content', reason: 'site interface text' }], headline: 'A headline', outlets }).basis).toMatch(/no line/i);
});

test('a copyright line the segmenter took for a credit still names the site, without its year', () => {
  expect(find([['© Valley Courier 2031', 'photo caption or credit']])).toBe('Valley Courier');
});

test.each([
  ['017_harbourgazette_rovers_sign_striker.txt', 'The Harbour Gazette'],
  ['harbour-gazette-rovers.txt', 'The Harbour Gazette'],
  ['www.harbourgazette.com_rovers.txt', 'The Harbour Gazette'],
  ['3f9a0c1de2b4a5f6_valleycourier.news_vote.txt', 'valleycourier.news'],
])('a page saved under its outlet\'s name or address is that outlet\'s: %s', (fileName, expected) => {
  expect(findPublisher({ chrome: [], headline: null, outlets, fileName })).toEqual({ publisher: expected, basis: `The file's name, "${fileName}", starts with it.` });
});

test.each([
  '000_7e6d986aa6e63715.txt',
  '017_rovers_sign_striker_harbourgazette.txt',
  '017_valleycourier_vote.txt',
  'page-000001.txt',
])('a file name that does not start with a known outlet or an address names none: %s', (fileName) => {
  expect(findPublisher({ chrome: [], headline: null, outlets, fileName }).publisher).toBeNull();
});

test('what the page says of itself wins over its file name', () => {
  expect(findPublisher({ chrome: [{ text: '© 2024 Valley Courier. All rights reserved.', reason: 'link or promotion' }], headline: null, outlets, fileName: 'harbourgazette_vote.txt' }).publisher).toBe('Valley Courier');
});

test('a "Source:" line naming a wire agency gives way to any sign of the site, and names the agency when there is none', () => {
  const chrome = [{ text: 'Source: WA   Editor: Jo Lee', reason: 'byline or source line' }];
  expect(findPublisher({ chrome, headline: null, outlets, fileName: 'harbourgazette_vote.txt' }).publisher).toBe('The Harbour Gazette');
  expect(findPublisher({ chrome, headline: null, outlets, fileName: '017_vote.txt' }).publisher).toBe('Wire Agency');
});
