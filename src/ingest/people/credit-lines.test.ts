import { describe, expect, test } from 'vitest';
import { creditSpans, isCreditSentence, isNameOnlyLine } from './credit-lines.ts';

describe('credit lines', () => {
  test.each([
    'By Jane Halloway',
    'By Jane Halloway and Tom Ruddle, Reuters',
    'Photo by Marcus Bell/Agency via Getty Images',
    'Daniel Ferris contributed to this report.',
    'Reporting by Clara Voss; Editing by Tom Ruddle',
    'Editor: Clara Voss',
  ])('%s is a credit', (text) => {
    expect(isCreditSentence(text)).toBe(true);
  });

  test.each([
    'By Friday, the club had agreed a fee with Ada Lindqvist.',
    'Coach Ines Fabregat said the deal was done.',
    'By signing Romeo Kwabenaah, Rovers strengthened their attack.',
  ])('%s is a body sentence', (text) => {
    expect(isCreditSentence(text)).toBe(false);
  });

  test.each([
    ['an author line', 'Jane Halloway', true],
    ['an author with a job title', 'Jane Halloway, senior sports correspondent', true],
    ['a caption of who is pictured', 'Rovers coach Ines Fabregat and striker Romeo Kwabenaah', false],
    ['a caption of titled names', 'Judge Helena Sørlie and Mayor Ben Vasquez', true],
    ['a headline with a verb', 'Rovers Sign Romeo Kwabenaah', false],
    ['a sentence', 'Jane Halloway signed on Monday.', false],
  ])('%s: name-only line is %s', (_, line, expected) => {
    expect(isNameOnlyLine(line as string)).toBe(expected);
  });

  test('marks only the credit sentence of a longer block', () => {
    const text = 'Coach Ines Fabregat praised the deal. Daniel Ferris contributed to this report.';
    expect(creditSpans(text)).toEqual([{ start: 38, end: text.length }]);
  });
});
