import { expect, test } from 'vitest';
import { splitByTerms } from './highlight.ts';

test.each([
  ['Deal with Russia', ['russ'], ['Deal with ', '[Russia]']],
  ['Deal with Russia', [], ['Deal with Russia']],
  ['a.b (c)', ['(c'], ['a.b ', '[(c]', ')']],
  ['Peace talks; peace deal', ['peace'], ['[Peace]', ' talks; ', '[peace]', ' deal']],
  ['Zelensky', ['zelensky'], ['[Zelensky]']],
])('splitByTerms(%j, %j)', (text, terms, expected) => {
  expect(splitByTerms(text, terms).map((part) => (part.match ? `[${part.text}]` : part.text))).toEqual(expected);
});
