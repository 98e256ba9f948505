import { expect, test } from 'vitest';
import { findIndirectSpeech } from './find-indirect-speech.ts';
import { findPeople } from '../find-people.ts';
import { blocksOf } from '../test-helpers.ts';

function indirectIn(...paragraphs: string[]) {
  const { source, blocks } = blocksOf(...paragraphs);
  const { mentions } = findPeople([{ id: 'a1', blocks }]);
  const quotes = findIndirectSpeech('a1', blocks, mentions.get('a1') ?? [], []);
  for (const quote of quotes) expect(source.slice(quote.start, quote.end)).toBe(quote.text);
  return quotes.map((quote) => [quote.speakerId, quote.kind, quote.text]);
}

test.each([
  ['Zelensky told reporters on Monday that he is ready for a potential meeting with Putin.', ['volodymyr-zelensky', 'indirect', 'he is ready for a potential meeting with Putin']],
  ['Russian Foreign Minister Sergey Lavrov said on Wednesday that guarantees must be discussed with Moscow.', ['sergey-lavrov', 'indirect', 'guarantees must be discussed with Moscow']],
  ['Mark Rutte, however, told journalists on Monday that NATO rules do not allow exemptions.', ['mark-rutte', 'indirect', 'NATO rules do not allow exemptions']],
  ['Russia is ready to raise the status of its delegation, Foreign Minister Sergey Lavrov has announced.', ['sergey-lavrov', 'indirect', 'Russia is ready to raise the status of its delegation']],
  ['The deadlock is broken, US President Donald Trump said, as reported by RIA Novosti.', ['donald-trump', 'indirect', 'The deadlock is broken']],
])('reads reported speech: %s', (sentence, expected) => {
  expect(indirectIn(sentence)).toEqual([expected]);
});

test('pins reported speech on no country or crowd', () => {
  expect(indirectIn('Moscow has repeatedly said that it is open to talks without preconditions.')).toEqual([]);
});
