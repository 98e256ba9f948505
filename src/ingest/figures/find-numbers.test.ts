import { describe, expect, test } from 'vitest';
import { findNumbers, mayHoldNumberWord } from './find-numbers.ts';

describe('mayHoldNumberWord', () => {
  test.each([
    ['Brenn pledged $101 million in aid, its ministry said.', false],
    ['The fund holds €2.1bn and 40k tonnes of grain.', false],
    ['Talks lasted 11 hours.', false],
    ['Two million people voted.', true],
    ['It cost $5 million, and two more are planned.', true],
    ['Millions of people fled.', true],
    ['The first phase starts a day later.', true],
    ['It was the first round of talks.', false],
    ['Someone often asked about the weight.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(mayHoldNumberWord(sentence)).toBe(expected);
  });
});

describe('findNumbers', () => {
  test('reads digits with their scale word and number words in one sentence', () => {
    const sentence = 'Brenn pledged $101 million and two hundred armoured vehicles.';
    const found = findNumbers(sentence).map(({ value, start, end, inWords }) => ({ value, text: sentence.slice(start, end), inWords }));
    expect(found).toEqual([
      { value: 101e6, text: '101 million', inWords: false },
      { value: 200, text: 'two hundred', inWords: true },
    ]);
  });

  test('a scale word after digits is read without a number word beside it', () => {
    expect(findNumbers('The package was worth €69.0 billion.').map((number) => number.value)).toEqual([69e9]);
  });
});
