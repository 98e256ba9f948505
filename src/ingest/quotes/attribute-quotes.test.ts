import { expect, test } from 'vitest';
import { findPeople } from '../find-people.ts';
import { blocksOf } from '../test-helpers.ts';
import { attributeQuotes } from './attribute-quotes.ts';

function quotesIn(...paragraphs: string[]) {
  const { source, blocks } = blocksOf(...paragraphs);
  const { people, mentions } = findPeople([{ id: 'a1', blocks }]);
  const quotes = attributeQuotes({ articleId: 'a1', blocks, mentions: mentions.get('a1') ?? [], people, headlineBlock: null });
  for (const quote of quotes) expect(source.slice(quote.start, quote.end)).toBe(quote.text);
  return quotes.map((quote) => [quote.speakerId, quote.kind, quote.text]);
}

test.each([
  ['a cue after the quote', ["'We are ready to sell him now,' Marta Kowalczyk said."], [['marta-kowalczyk', 'direct', 'We are ready to sell him now']]],
  ['a cue before the quote, with a colon', ["Asked about the striker, Pedro Almeida said: 'I'd like him to stay another year.'"], [['pedro-almeida', 'direct', "I'd like him to stay another year"]]],
  ['a statement with a date before the colon', ['Judge Helen Okafor said in a statement on Tuesday: “The law was applied as written.”'], [['helen-okafor', 'direct', 'The law was applied as written']]],
  ['a two-word answer with a cue', ['Asked whether he would resign, Pedro Almeida said: “Of course.”'], [['pedro-almeida', 'direct', 'Of course']]],
  ['a described speaker before the quote', ['The reply was cautious, with club spokesman Ivo Brandt stating, “Many offers are arriving.”'], [['ivo-brandt', 'direct', 'Many offers are arriving']]],
  ['a title before the name', ['“The budget is balanced for the first time,” City Finance Director Lena Vogt said.'], [['lena-vogt', 'direct', 'The budget is balanced for the first time']]],
  ['a title after the verb', ['“The appeal has no merit,” said Chief Justice Helen Okafor.'], [['helen-okafor', 'direct', 'The appeal has no merit']]],
  ['a pronoun after the quote', ['Pedro Almeida spoke on the radio.', "'They had a very bad game,' he added."], [['pedro-almeida', 'direct', 'They had a very bad game']]],
  ['a speaker with an appositive', ["'Any delay is negative for the club,' Craig Dunmore, head of finance at Harbour United, told reporters."], [['craig-dunmore', 'direct', 'Any delay is negative for the club']]],
  ['a coordinated verb', ['Pedro Almeida, speaking after the game, thanked the fans and said, “We owe them this win.”'], [['pedro-almeida', 'direct', 'We owe them this win']]],
  ['a pronoun after an opening clause', ['Pedro Almeida left early.', 'On the way out, he stopped, saying, “Depends on the board.”'], [['pedro-almeida', 'direct', 'Depends on the board']]],
  ['according to a person', ['According to Pedro Almeida, the board had promised him “a squad that can win the league.”'], [['pedro-almeida', 'partial', 'a squad that can win the league']]],
  ['a weekday between the speaker and the verb', ['Pedro Almeida on Tuesday said that “the squad is complete” for the season.'], [['pedro-almeida', 'partial', 'the squad is complete']]],
  ['an opening phrase before the speaker', ['Speaking to reporters at the ground, Marta Kowalczyk thanked the fans, saying “this club belongs to them.”'], [['marta-kowalczyk', 'direct', 'this club belongs to them']]],
  ['a speech noun and a colon', ['Pedro Almeida ended the meeting with a short message: “Nobody leaves this summer.”'], [['pedro-almeida', 'direct', 'Nobody leaves this summer']]],
])('attributes a quote with %s', (_, paragraphs, expected) => {
  expect(quotesIn(...paragraphs)).toEqual(expected);
});

test.each([
  ['called … a “word”', ['Pedro Almeida called the referee a “disgrace” after the match.'], [['pedro-almeida', 'partial', 'disgrace']]],
  ['described … as “…”', ['Judge Helen Okafor described the evidence as “thin and contradictory” in her ruling.'], [['helen-okafor', 'partial', 'thin and contradictory']]],
  ['a participle after the main clause', ['Pedro Almeida praised his players, calling the result “a turning point” for the club.'], [['pedro-almeida', 'partial', 'a turning point']]],
  ['a participle before the speaker', ['Calling the ruling “a travesty,” Marta Kowalczyk said the club would appeal.'], [['marta-kowalczyk', 'partial', 'a travesty']]],
  ['a fragment of reported speech', ['Marta Kowalczyk said “real progress” was made in the talks with the league.'], [['marta-kowalczyk', 'partial', 'real progress']]],
  ['a participle hanging off the cue verb after the quote', ['“We will appeal,” Marta Kowalczyk said, calling the ruling “absurd” in front of the court.'], [['marta-kowalczyk', 'direct', 'We will appeal'], ['marta-kowalczyk', 'partial', 'absurd']]],
  ['one word with the clause’s comma inside the marks', ['Pedro Almeida called the decision “scandalous,” insisting the club would appeal.'], [['pedro-almeida', 'partial', 'scandalous']]],
])('attributes a partial quote: %s', (_, paragraphs, expected) => {
  expect(quotesIn(...paragraphs)).toEqual(expected);
});

test('continues the speaker in the same paragraph, with the cue in the middle', () => {
  expect(quotesIn('“We were unlucky today,” Pedro Almeida told reporters after the game against Rui Santos. “The second half was ours.”')).toEqual([
    ['pedro-almeida', 'direct', 'We were unlucky today'],
    ['pedro-almeida', 'direct', 'The second half was ours'],
  ]);
});

test('continues the speaker in a paragraph that is only a quotation', () => {
  expect(quotesIn('“The defendant knew the risks,” Judge Helen Okafor wrote.', '“Nothing in the record suggests otherwise.”')).toEqual([
    ['helen-okafor', 'direct', 'The defendant knew the risks'],
    ['helen-okafor', 'direct', 'Nothing in the record suggests otherwise'],
  ]);
  expect(quotesIn('In his ruling, Judge Tomas Berg said:', '“The contract is void.”')).toEqual([['tomas-berg', 'direct', 'The contract is void']]);
});

test('reads a role noun as the nearest person it fits, and nobody when none does', () => {
  const paragraphs = ['Harbour United manager Pedro Almeida met club president Marta Kowalczyk on Friday.', '“We agreed on a new contract,” the manager said.'];
  expect(quotesIn(...paragraphs)).toEqual([['pedro-almeida', 'direct', 'We agreed on a new contract']]);
  expect(quotesIn('Pedro Almeida met Marta Kowalczyk on Friday.', '“We agreed on a new contract,” the official said.')).toEqual([]);
});

test('attributes "he" to the subject of the sentence before, not its object', () => {
  expect(quotesIn('Judge Helen Okafor spoke; Tomas Berg sat silent.', 'Pedro Almeida thanked Rui Santos for his work.', 'He said: “It takes a whole team to win.”')).toEqual([
    ['pedro-almeida', 'direct', 'It takes a whole team to win'],
  ]);
});

test('attributes a nested quote to the person quoted inside it, and does not count the speaker quoting himself twice', () => {
  expect(quotesIn('Tomas Berg called. “Berg called me up. He said, ‘Can I help you with the squad?’ I said, ‘No, I need help with you,’” Pedro Almeida told journalists.')).toEqual([
    ['pedro-almeida', 'direct', 'Berg called me up. He said, ‘Can I help you with the squad?’ I said, ‘No, I need help with you,’'],
    ['tomas-berg', 'direct', 'Can I help you with the squad?'],
  ]);
});

test.each([
  ['a scare quote nobody says', ["One term being used is a 'project of the century' led by the owners."]],
  ['what an institution said', ["The club has repeatedly said it is open to offers 'without any conditions at all.'"]],
  ['a term labelling a noun', ["Judge Helen Okafor said 'frivolous' claims would be struck out."]],
  ['a quote in a headline', ['“We will win the league,” Pedro Almeida says'], 'heading'],
])('does not attribute %s', (_, paragraphs, type = 'paragraph') => {
  const { blocks } = blocksOf(...paragraphs);
  const typed = blocks.map((block) => ({ ...block, type: type as 'paragraph' | 'heading' }));
  const { people, mentions } = findPeople([{ id: 'a1', blocks: typed }]);
  expect(attributeQuotes({ articleId: 'a1', blocks: typed, mentions: mentions.get('a1') ?? [], people, headlineBlock: null })).toEqual([]);
});

test('counts a quote repeated in an article once', () => {
  expect(quotesIn("'We will win the cup soon,' Pedro Almeida said.", "'We will win the cup soon,' Pedro Almeida said.")).toHaveLength(1);
});

test('keeps the quotation that follows a quote mark which never closes', () => {
  expect(quotesIn('Fans called it a “farce. “We will win the league this season,” Pedro Almeida said on Monday.')).toEqual([['pedro-almeida', 'direct', 'We will win the league this season']]);
});

test('a short quotation the reporter uses as a term is nobody’s words; a framed fragment is', () => {
  const texts = quotesIn('Judge Ana Ruiz called the deal “a disgrace” and ordered the so-called “super league” clubs to pay the “all or nothing” penalty fee.').map((quote) => quote[2]);
  expect(texts).toContain('a disgrace');
  expect(texts).not.toContain('super league');
  expect(texts).not.toContain('all or nothing');
});

test('an anonymous official introduced after a named person is nobody we can name', () => {
  const quotes = quotesIn(
    'City Treasurer Marta Kowalczyk presented the budget on Monday.',
    'A senior city official, who asked not to be named, said the figures were not final.',
    '“The numbers will change before the vote,” the official said.',
  );
  expect(quotes.filter((quote) => quote[0] === 'marta-kowalczyk')).toEqual([]);
});

test('a quotation running on over paragraphs is quoted in each, with the speaker of its first', () => {
  const quotes = quotesIn('Professor Tomas Brenner added: "We need action on the harbour now.', '"The next step is a plan for the whole coast."');
  expect(quotes).toEqual([
    ['tomas-brenner', 'direct', 'We need action on the harbour now'],
    ['tomas-brenner', 'direct', 'The next step is a plan for the whole coast'],
  ]);
});

test('a capitalised name in marks after "the" names a thing, not anybody’s words', () => {
  expect(quotesIn('Marta Kowalczyk said the club had broken the “Summer Accord” 14 times this season.')).toEqual([]);
});
