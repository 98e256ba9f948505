import { expect, test } from 'vitest';
import { findQuoteSpans } from './quote-spans.ts';

const quoted = (text: string) => findQuoteSpans(text).map((span) => [span.depth, text.slice(span.start, span.end)]);

test.each([
  ['curly double quotes', 'He said, “We will win,” and left.', [[0, 'We will win,']]],
  ['straight single quotes that double as apostrophes', "The coach said: 'I'll have to look at it. I'd like a striker.' Then he left.", [[0, "I'll have to look at it. I'd like a striker."]]],
  ['a mixed pair', 'The club wants a ‘deal with Porto\' soon', [[0, 'deal with Porto']]],
  ['nested quotes', '“He said, ‘Can I help?’ I said, ‘No, I don’t need help,’” the judge said.', [[0, 'He said, ‘Can I help?’ I said, ‘No, I don’t need help,’'], [1, 'Can I help?'], [1, 'No, I don’t need help,']]],
  ['possessives only', "the club's owner and the players' union met at Mendes's office", []],
  ['straight double quotes', 'She said "no way" twice.', [[0, 'no way']]],
])('finds %s', (_, text, expected) => {
  expect(quoted(text)).toEqual(expected);
});

test('keeps a real quotation that follows an opening mark which never closes', () => {
  expect(quoted('Fans called it a “farce. “We will win the league this season,” the manager said on Monday.')).toEqual([[0, 'We will win the league this season,']]);
});

test('reads the marks of HTML-like markup as markup, not as quotation marks', () => {
  expect(quoted('The judge wrote <a href="/ruling">“The appeal is dismissed,”</a> in her ruling.')).toEqual([[0, 'The appeal is dismissed,']]);
  expect(quoted('<span class="lead">“We were robbed,” the coach said.</span>')).toEqual([[0, 'We were robbed,']]);
});

test('a quotation left open ends with its paragraph only when the next one opens with a mark (it runs on)', () => {
  const text = 'Brenner added: "We need action now.';
  expect(findQuoteSpans(text)).toEqual([]);
  const [span] = findQuoteSpans(text, { runsOn: true });
  expect(text.slice(span!.start, span!.end)).toBe('We need action now.');
  // A stray mark beside a closed quotation is not a run-on quotation.
  expect(findQuoteSpans('“Yes,” she said, and the “deal', { runsOn: true }).map((one) => one.start)).toEqual([1]);
});
