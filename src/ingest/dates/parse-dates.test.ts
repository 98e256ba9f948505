import { describe, expect, test } from 'vitest';
import { findWeekdayMentions, findWrittenDates, isInQuotation, isoOfWrittenDate } from './parse-dates.ts';

describe('findWrittenDates', () => {
  test.each([
    ['29.12.2030', { day: 29, month: 12, year: 2030 }],
    ['02 December 2030', { day: 2, month: 12, year: 2030 }],
    ['Sep 24, 2030', { day: 24, month: 9, year: 2030 }],
    ['2030-03-14', { day: 14, month: 3, year: 2030 }],
    ['on 3 June', { day: 3, month: 6, year: null }],
  ])('reads %s', (text, expected) => {
    expect(findWrittenDates(`The hearing was held ${text}.`)[0]).toMatchObject(expected);
  });

  test('keeps the weekday written with a date', () => {
    expect(findWrittenDates('On Saturday, 6 April, the derby ended level.')[0]).toMatchObject({ weekday: 6, day: 6, month: 4 });
  });

  test('marks a span and a plan', () => {
    const [span] = findWrittenDates('The fan zone opens from July 10 to July 20.');
    const [plan] = findWrittenDates('The council will vote on 12 March.');
    expect(span?.isRange).toBe(true);
    expect(plan?.isAhead).toBe(true);
  });

  test.each([
    'The regatta final takes place on 19 August 2031 off the harbour wall.',
    'Here is what to watch when the president hosts the Andean leaders in Quito on 4 March.',
    'The deadline for the appeal is 30 April 2031, the tribunal said.',
    'The derby is on Sunday, 9 November, at the old ground.',
    'The judge adjourned the extradition hearing of the fugitive banker to 8 October 2031.',
    'Polling stations open as voters go to the polls on 2 May 2032.',
    'Tenants must renew their permits by 1 February 2032.',
    'The fishing licence expires on 31 December 2031.',
    'If the treaty is ratified on 3 December 2031, the border reopens in spring.',
    'The new bridge should be completed on 30 June 2032.',
    'The carmaker aims to open its battery plant on 1 March 2032.',
    'Teachers will walk out tomorrow, 14 May 2031, over pay.',
    'Its board meets again on 21 March 2031.',
  ])('reads a schedule in the present as ahead: %s', (sentence) => {
    expect(findWrittenDates(sentence)[0]?.isAhead).toBe(true);
  });

  test('a schedule cue does not move a bare weekday, and a past date stays past', () => {
    expect(findWeekdayMentions('The hearing was postponed on Thursday.')[0]?.isAhead).toBe(false);
    expect(findWrittenDates('The regatta final took place on 19 August 2031.')[0]?.isAhead).toBe(false);
    expect(findWrittenDates('The derby was on Sunday, 9 November.')[0]?.isAhead).toBe(false);
  });

  test.each([
    'The dam had been inspected on 2 May 2031, a month before it failed.',
    'The town marked twenty years since the earthquake of 6 April 2011.',
    "Last year's congress on 3 March 2030 ended in a walkout.",
    'Born on 11 November 2019, the prodigy learned chess from her grandfather.',
    'The truce agreed on 2 February 2031 has largely held since then.',
    'The winner came a week after the sides drew on 1 March 2031.',
    '“On 8 May 2031 we lost our fathers,” said a spokeswoman for the families.',
  ])('marks the day of an earlier event the report looks back on: %s', (sentence) => {
    expect(findWrittenDates(sentence)[0]).toMatchObject({ isBackground: true, isAhead: false });
  });

  test('a day the report is about is not background', () => {
    expect(findWrittenDates('The appeals court ruled on 14 October 2031 that the contract was void.')[0]?.isBackground).toBe(false);
    expect(findWrittenDates('“We won,” the mayor said on 14 October 2031.')[0]?.isBackground).toBe(false);
  });

  test('marks both ends of a span written as two dates', () => {
    const dates = findWrittenDates('The survey ran between 12 February and 1 March 2031.');
    expect(dates.map((date) => date.isRange)).toEqual([true, true]);
  });

  test('marks the end of a span still running', () => {
    expect(findWrittenDates('The book fair runs through 18 April.')[0]?.isRange).toBe(true);
  });

  test('skips spans between events and relative days', () => {
    expect(findWrittenDates('The judge had ruled a day earlier, after a pause of 30 days.')).toEqual([]);
  });
});

describe('isoOfWrittenDate', () => {
  test('refuses a weekday that the day does not fall on', () => {
    const [date] = findWrittenDates('On Tuesday, June 3, the trial opened.');
    expect(isoOfWrittenDate(date!, 2025)).toBe('2025-06-03');
    expect(isoOfWrittenDate(date!, 2026)).toBeNull();
  });
});

describe('findWeekdayMentions', () => {
  test.each([
    ['The keeper was injured late on Tuesday.', 2],
    ['Fans gathered in the early hours of Wednesday.', 3],
    ['The verdict came on Friday evening.', 5],
  ])('finds the weekday in %s', (sentence, weekday) => {
    expect(findWeekdayMentions(sentence)[0]).toMatchObject({ weekday, isAhead: false });
  });

  test('marks a planned weekday', () => {
    expect(findWeekdayMentions('The club will unveil him on Thursday.')[0]?.isAhead).toBe(true);
  });
});

test('all-digit day and month without a year are not dates ("9/11", "24/7")', () => {
  expect(findWrittenDates('The memorial marks 9/11 and the hotline runs 24/7.')).toEqual([]);
  expect(findWrittenDates('The hearing was set for 28/03/2031.')).toHaveLength(1);
});

test('a slashed all-digit date whose two parts could both be the month is not read ("04/05/2031")', () => {
  expect(findWrittenDates('Posted 04/05/2031')).toEqual([]);
  expect(findWrittenDates('Posted 04-05-2031')[0]).toMatchObject({ day: 4, month: 5, year: 2031 });
  expect(findWrittenDates('Posted 05/05/2031')[0]).toMatchObject({ day: 5, month: 5, year: 2031 });
  expect(findWrittenDates('Posted 04.05.2031')[0]).toMatchObject({ day: 4, month: 5, year: 2031 });
  expect(findWrittenDates('Posted 04/25/2031')[0]).toMatchObject({ day: 25, month: 4, year: 2031 });
});

describe('isInQuotation', () => {
  test.each([
    ['“We signed it on 3 May,” she said.', 'on 3 May', true],
    ['"We signed it on 3 May," she said.', 'on 3 May', true],
    ['She said on 3 May: “We signed it.”', 'on 3 May', false],
    ['The deal was signed on 3 May, and it holds.”', 'on 3 May', true],
    ['“It holds,” she said on 3 May.', 'on 3 May', false],
  ])('%s', (text, part, inside) => {
    expect(isInQuotation(text, text.indexOf(part))).toBe(inside);
  });
});
