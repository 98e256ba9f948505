import { expect, test } from 'vitest';
import { findQuoteSpans } from './quote-spans.ts';

const quoted = (text: string) => findQuoteSpans(text).map((span) => [span.depth, text.slice(span.start, span.end)]);

test.each([
  ['curly double quotes', 'He said, “We will win,” and left.', [[0, 'We will win,']]],
  ['straight single quotes that double as apostrophes', "Trump said: 'I'll have to take a look at it. I'd like a deal.' Then he left.", [[0, "I'll have to take a look at it. I'd like a deal."]]],
  ['a mixed pair', 'Trump wants a ‘deal with Russia\' soon', [[0, 'deal with Russia']]],
  ['nested quotes', '“He said, ‘Can I help?’ I said, ‘No, I don’t need help,’” Trump said.', [[0, 'He said, ‘Can I help?’ I said, ‘No, I don’t need help,’'], [1, 'Can I help?'], [1, 'No, I don’t need help,']]],
  ['possessives only', "Russia's army and the countries' leaders met at Putin's office", []],
  ['straight double quotes', 'She said "no way" twice.', [[0, 'no way']]],
])('finds %s', (_, text, expected) => {
  expect(quoted(text)).toEqual(expected);
});
