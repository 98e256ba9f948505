import { expect, test } from 'vitest';
import { chromeReasonOf, isTimeLine } from './classify-line.ts';

const latin = { latinPage: true };

test.each([
  ['Skip to main content', 'site interface text'],
  ['Photo: Maria Rossi/AFP', 'photo caption or credit'],
  ['The striker signs his contract at the stadium. | Tom Hale/POOL/Reuters', 'photo caption or credit'],
  ['Fans celebrate outside the ground (AP)', 'photo caption or credit'],
  ['Judge Ann Park (R) and counsel leave the court', 'photo caption or credit'],
  ['By Sam Okafor', 'byline or source line'],
  ['ByCity Desk', 'byline or source line'],
  ['Reporting by Lena Holt; Editing by Ray Cole', 'byline or source line'],
  ['Priya Nair contributed to this report.', 'byline or source line'],
  ['Source: Harbour Gazette', 'byline or source line'],
  ['This audio is created with AI assistance', "the site's notice about its text"],
  ['3 min read', "the site's notice about its text"],
  ['Start each morning with the scores delivered straight to your inbox.', 'call to action or interface prompt'],
  ['Support the Harbour Gazette on Patreon!', 'call to action or interface prompt'],
  ['Read us inTELEGRAM', 'call to action or interface prompt'],
  ['Explore what our new app can do for you:', 'call to action or interface prompt'],
  ['Sponsor: Acme Boots: the best boots for the pitch.', 'call to action or interface prompt'],
  ['Спорт Новости Eng', 'text in another script (a language menu or prompt)'],
  ['logo', 'widget label'],
  ['0', 'widget label'],
  ['FootballFootball', 'tag label'],
  ['Sport / Football', 'breadcrumb menu'],
])('%s → %s', (line, reason) => {
  expect(chromeReasonOf(line, latin)).toBe(reason);
});

test.each([
  'The club paid a record fee for the striker, the chairman said on Monday.',
  'Explore what the new rules mean for clubs, the league chief said on Monday.',
  'Judges ruled that the contract was void.',
  'Tensions Boil Over',
  'Washington (AP) — The court heard the first witness on Friday morning.',
  'Follow-up talks are planned for next week.',
])('keeps body text: %s', (line) => {
  expect(chromeReasonOf(line, latin)).toBeNull();
});

test.each([
  ['Published Tue, Aug 12, 2025 · 06:19 AM', true],
  ['Mar 18, 2025 8:42 PM', true],
  ['22:52 UTC+8, 2025-02-18', true],
  ['City Desk28-07-2025', true],
  ['The final was played on 12 May 2024.', false],
  ['United beat City 3-1 on May 5', false],
])('time line: %s → %s', (line, expected) => {
  expect(isTimeLine(line)).toBe(expected);
});
