import { describe, expect, test } from 'vitest';
import { findPeople } from './find-people.ts';
import { blocksOf } from './test-helpers.ts';

function peopleIn(...paragraphs: string[]) {
  return findPeople([{ id: 'a1', blocks: blocksOf(...paragraphs).blocks }]);
}

describe('findPeople', () => {
  test('merges spellings and transliterations into one person', () => {
    const { people } = peopleIn('Ukrainian President Volodymyr Zelenskyy spoke.', 'Vladimir Zelensky later added more.', 'Zelensky left.');
    expect(people.map((person) => person.id)).toEqual(['volodymyr-zelensky']);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Vladimir Zelensky', 'Zelensky']));
  });

  test('keeps apart people who share a first name', () => {
    const { people } = peopleIn('Russian President Vladimir Putin met Ukrainian leader Vladimir Zelensky.');
    expect(people.map((person) => person.id)).toEqual(['vladimir-putin', 'volodymyr-zelensky']);
  });

  test('discovers people in no list, with how the outlet describes them', () => {
    const { people } = peopleIn("'Stocks fell,' Craig Cameron, head of European equities at Franklin Templeton, told the FT.");
    expect(people).toEqual([
      { id: 'craig-cameron', name: 'Craig Cameron', aliases: [], descriptors: [{ text: 'head of European equities at Franklin Templeton', articleId: 'a1' }] },
    ]);
  });

  test.each([
    ['an aircraft', 'He spoke aboard Air Force One on Monday.'],
    ['a platform', 'He posted on Truth Social again.'],
    ['a publication', 'As per The Kyiv Independent, the offensive began.'],
    ['a company after "at"', 'She works at Franklin Templeton now.'],
    ['a news agency', 'The remark was reported by RIA Novosti.'],
  ])('does not take %s for a person', (_, text) => {
    expect(peopleIn(text).people).toEqual([]);
  });

  test('keeps descriptors such as titles and possessive roles', () => {
    const { people } = peopleIn("Putin's key aide, Yury Ushakov, said so.", 'Kremlin spokesman Dmitry Peskov agreed.', 'Dutch Prime Minister Mark Rutte praised him.');
    const descriptors = Object.fromEntries(people.map((person) => [person.id, person.descriptors.map((d) => d.text)]));
    expect(descriptors['yury-ushakov']).toEqual(["Putin's key aide"]);
    expect(descriptors['dmitry-peskov']).toEqual(['Kremlin spokesman']);
    expect(descriptors['mark-rutte']).toEqual(['Dutch Prime Minister']);
  });

  test.each([
    ["a name after an owner's possessive", "The party's Ada Lindqvist said the vote was fair.", 'ada-lindqvist'],
    ['a name ending a sentence', 'The prize went to Ada Lindqvist. Critics were pleased.', 'ada-lindqvist'],
    ['a name behind an acronym and a title', 'NASA Administrator Ada Lindqvist said the launch was on time.', 'ada-lindqvist'],
    ['a surname that is also a title word', 'Prime Minister John Key said so.', 'john-key'],
    ['an unfamiliar given name with a role before it', 'The striker Romeo Kwabenaah scored twice.', 'romeo-kwabenaah'],
  ])('finds %s', (_, text, id) => {
    expect(peopleIn(text).people.map((person) => person.id)).toContain(id);
  });

  test('takes names listed with a person for people, not products owned by someone', () => {
    const ids = peopleIn('The team started with Donald Trump, Oskar Wendelbo and Ilse Marquardt in attack.', "Microsoft's Internet Explorer was updated.").people.map((person) => person.id);
    expect(ids).toEqual(['donald-trump', 'ilse-marquardt', 'oskar-wendelbo']);
  });

  test('does not carry a lone surname into an unrelated article', () => {
    const result = findPeople([
      { id: 'a1', blocks: [{ type: 'paragraph', text: 'Stanley Leeward spoke.', start: 0, end: 22 }] },
      { id: 'a2', blocks: [{ type: 'paragraph', text: 'Leeward is a small town.', start: 0, end: 24 }] },
    ]);
    expect(result.mentions.get('a2')).toBeUndefined();
  });

  test('resolves a surname alone to the full name used in the same article', () => {
    const { mentions } = peopleIn('Keith Kellogg arrived.', 'Kellogg then left.');
    expect(mentions.get('a1')!.map((mention) => mention.personId)).toEqual(['keith-kellogg', 'keith-kellogg']);
  });
});
