import { describe, expect, test } from 'vitest';
import { dateFromAge, inferPublicationDate } from './infer-date.ts';

describe('inferPublicationDate', () => {
  test.each([
    ['a past anchor event and the weekdays after it', ['Trump met Putin in Alaska on Friday and hosted Zelensky three days later.', 'Zelensky spoke on Monday. Trump said on Tuesday that talks went well.'], '2025-08-19'],
    ['an upcoming anchor event and a weekday', ['He spoke on Tuesday morning while en route to the NATO summit in The Hague.'], '2025-06-24'],
    ['an explicit past date with no year', ['On June 14, Putin laid out his conditions.'], '2025-06-14'],
    ['an explicit date with a year', ['On 3 March 2024, the talks resumed.'], '2024-03-03'],
    ['a date still ahead', ['The meeting would take place on the evening of March 13.'], '2025-03-13'],
  ])('dates a page from %s', (_, paragraphs, expected) => {
    const result = inferPublicationDate(paragraphs);
    expect(result.publishedOn).toBe(expected);
    expect(result.dateBasis.length).toBeGreaterThan(20);
  });

  test('reads "on Tuesday" as the past Tuesday, not the next one', () => {
    // 15 August 2025 is a Friday: the Tuesday reported after it is the 19th, not the 12th.
    expect(inferPublicationDate(['The summit in Alaska took place on Friday.', 'On Tuesday he said more.']).publishedOn).toBe('2025-08-19');
  });

  test('does not read a planned weekday as past', () => {
    expect(inferPublicationDate(['Putin met Trump in Alaska.', 'They will meet again on Thursday.']).publishedOn).toBe('2025-08-15');
  });

  test('takes a dateline near the top as the publication day', () => {
    const result = inferPublicationDate(['Harbour reopens after storm', 'Monday, March 9, 2020', 'On Friday the storm closed the harbour.']);
    expect(result).toEqual({ publishedOn: '2020-03-09', dateBasis: expect.stringMatching(/dateline/) });
  });

  test('reads a bare date in the year the page itself gives', () => {
    expect(inferPublicationDate(['The vote of 12 May 2019 was close.', 'Results came on May 14.']).publishedOn).toBe('2019-05-14');
  });

  test('ignores relative spans and dates of planned events and of source lists', () => {
    const result = inferPublicationDate(['The fair is to be held from November 20 to December 11.', 'The leak was found 24 hours ago.', '— Example Gazette, August 16, 2008']);
    expect(result.publishedOn).toBe('2025-11-20');
    expect(result.dateBasis).toMatch(/On or before/);
  });

  test('says so when nothing dates the page', () => {
    expect(inferPublicationDate(['Nothing here says when.'])).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/No date/) });
  });
});

describe('dateFromAge', () => {
  test.each([
    ['an hour ago', '2025-06-24'],
    ['5 hours ago', '2025-06-24'],
    ['4 minutes ago', '2025-06-24'],
    ['2 days ago', '2025-06-22'],
    ['a week ago', '2025-06-17'],
    ['yesterday', '2025-06-23'],
    ['sometime', null],
  ])('%s on a page of 24 June 2025 is %s', (age, expected) => {
    expect(dateFromAge(age, '2025-06-24')).toBe(expected);
  });
});
