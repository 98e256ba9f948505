import { expect, test } from 'vitest';
import { buildCorpus } from '../build-corpus.ts';
import { DEFAULT_STORY_LEXICON, readStoryFile } from './story-lexicon.ts';

/** A story of its own: a football club's season, with its people, its local paper and its calendar. */
const storyFile = JSON.stringify({
  readoutStory: 1,
  people: [{ name: 'Leo Marsh', aliases: ['Marsh'] }],
  outlets: [{ name: 'The Harbour Gazette', aliases: ['Harbour Gazette'] }],
  events: [
    { id: 'cup-final-2031', label: 'Harbour Cup final', start: '2031-05-17', end: '2031-05-17', source: 'League fixtures list', terms: ['cup final', 'Rovers'] },
  ],
});

const page = [
  'Rovers stun City to lift the trophy',
  'Support the Harbour Gazette!',
  'Rovers won the cup final against City on Saturday, with two goals from Marsh in the second half.',
  '“We never stopped believing,” Marsh said after the match.',
].join('\n');

const build = (lexicon = DEFAULT_STORY_LEXICON) =>
  buildCorpus([{ sourceFile: 'final.txt', bytes: new TextEncoder().encode(page) }], { lexicon }).corpus;

test('a story file adds people, outlets and events, and the pipeline uses them', () => {
  const { lexicon, problem } = readStoryFile(storyFile);
  expect(problem).toBeNull();
  const corpus = build(lexicon);
  const [article] = corpus.articles;
  expect(article?.publisher).toBe('The Harbour Gazette');
  expect(article?.personIds).toContain('leo-marsh');
  expect(article?.publishedOn).toBe('2031-05-17');
  expect(corpus.quotes.find((quote) => quote.text.startsWith('We never stopped'))?.speakerId).toBe('leo-marsh');
  expect(corpus.anchorEvents.map((event) => event.id)).toContain('cup-final-2031');
});

test('without the story file the same page is not dated by an event it cannot know', () => {
  expect(build().articles[0]?.publishedOn).not.toBe('2031-05-17');
});

test('keeps the built-in knowledge and merges spellings of a person it already knows', () => {
  const { lexicon } = readStoryFile(JSON.stringify({ readoutStory: 1, people: [{ name: 'Donald Trump', aliases: ['The Donald'] }] }));
  const trump = lexicon.people.filter((person) => person.name === 'Donald Trump');
  expect(trump).toHaveLength(1);
  expect(trump[0]?.aliases).toEqual(expect.arrayContaining(['Trump', 'The Donald']));
  expect(lexicon.outlets.length).toBe(DEFAULT_STORY_LEXICON.outlets.length);
});

test.each([
  ['not JSON', '{ people: [', /not valid JSON/],
  ['a wrong version', JSON.stringify({ readoutStory: 2 }), /readoutStory/],
  ['an impossible date', JSON.stringify({ readoutStory: 1, events: [{ id: 'x', label: 'X day', start: '2031-02-30', end: '2031-02-30', source: 'none', terms: ['a b', 'c d'] }] }), /calendar date/],
  ['an unknown field', JSON.stringify({ readoutStory: 1, peple: [] }), /peple|unrecognized/i],
])('a story file with %s is reported and the built-in story is used', (_, text, message) => {
  const { lexicon, problem } = readStoryFile(text);
  expect(problem?.severity).toBe('error');
  expect(problem?.message).toMatch(message);
  expect(lexicon).toBe(DEFAULT_STORY_LEXICON);
});
