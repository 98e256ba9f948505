import { expect, test } from 'vitest';
import { attributeQuotes } from './attribute-quotes.ts';
import { findPeople } from './find-people.ts';
import { blocksOf } from './test-helpers.ts';

function quotesIn(...paragraphs: string[]) {
  const { source, blocks } = blocksOf(...paragraphs);
  const { mentions } = findPeople([{ id: 'a1', blocks }]);
  const quotes = attributeQuotes({ articleId: 'a1', blocks, mentions: mentions.get('a1') ?? [], headlineBlock: null });
  for (const quote of quotes) expect(source.slice(quote.start, quote.end)).toBe(quote.text);
  return quotes.map((quote) => [quote.speakerId, quote.text]);
}

test.each([
  ['a cue after the quote', ["'We are ready to talk now,' Sergey Lavrov said."], [['sergey-lavrov', 'We are ready to talk now']]],
  ['a cue before the quote', ["Asked about it, Trump said: 'I'd like to see a deal with Russia.'"], [['donald-trump', "I'd like to see a deal with Russia"]]],
  ['a described speaker before the quote', ['The reply was cautious, with spokesman Dmitry Peskov stating, “Many different communications are emerging.”'], [['dmitry-peskov', 'Many different communications are emerging']]],
  ['a pronoun after the quote', ['Donald Trump spoke on the radio.', "'They had a very bad relationship,' he added."], [['donald-trump', 'They had a very bad relationship']]],
  ['a description after the verb', ['US President Donald Trump said so, as reported by RIA Novosti.', '“We have broken the deadlock,” said the American leader.'], [['donald-trump', 'We have broken the deadlock']]],
  ['a speaker with an appositive', ["'Any de-escalation is negative for these companies,' Craig Cameron, head of equities at Franklin Templeton, told the FT."], [['craig-cameron', 'Any de-escalation is negative for these companies']]],
  ['the subject, not the object, of the clause', ['Zelenskyy, speaking ahead of his meeting with Trump, said, “Russia must see that Ukraine will not be left alone.”'], [['volodymyr-zelensky', 'Russia must see that Ukraine will not be left alone']]],
])('attributes a quote with %s', (_, paragraphs, expected) => {
  expect(quotesIn(...paragraphs)).toEqual(expected);
});

test('attributes a nested quote to the person quoted inside it, and does not count the speaker quoting himself twice', () => {
  expect(quotesIn('Vladimir Putin called. “Vladimir called me up. He said, ‘Can I help you with Iran?’ I said, ‘No, I need help with you,’” Donald Trump told journalists.')).toEqual([
    ['donald-trump', 'Vladimir called me up. He said, ‘Can I help you with Iran?’ I said, ‘No, I need help with you,’'],
    ['vladimir-putin', 'Can I help you with Iran?'],
  ]);
});

test.each([
  ['a scare quote nobody says', ["One term being used is a Western 'coalition of the willing' led by Britain."]],
  ['what a country said', ["Moscow has repeatedly said it is open to talks 'without any preconditions at all.'"]],
  ['a one-word quote', ["Siluanov said restrictions on 'unfriendly' nations could be eased."]],
])('does not attribute %s', (_, paragraphs) => {
  expect(quotesIn(...paragraphs)).toEqual([]);
});

test('counts a quote repeated in an article once', () => {
  expect(quotesIn("'We will win this war soon,' Trump said.", "'We will win this war soon,' Trump said.")).toHaveLength(1);
});
