import { describe, expect, test } from 'vitest';
import { blocksOf } from '../test-helpers.ts';
import { findPeople } from './find-people.ts';

function peopleIn(...paragraphs: string[]) {
  return findPeople([{ id: 'a1', blocks: blocksOf(...paragraphs).blocks }]);
}

/** Another story, with no list of its people: names must come from the text alone. */
function idsWithoutList(...paragraphs: string[]) {
  return findPeople([{ id: 'a1', blocks: blocksOf(...paragraphs).blocks }], []).people.map((person) => person.id);
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
    const { people } = peopleIn("'Prices will rise,' Nadia Brenner, head of research at Northgate Capital, told reporters.");
    expect(people).toEqual([{ id: 'nadia-brenner', name: 'Nadia Brenner', aliases: [], descriptors: [{ text: 'head of research at Northgate Capital', articleId: 'a1' }] }]);
  });

  test('does not describe a person by the role of the next person in a list', () => {
    const { people } = findPeople([{ id: 'a1', blocks: blocksOf('Ada Okafor, club chairman Ben Mills and Tom Ruddle met the board.').blocks }], []);
    expect(people.find((person) => person.id === 'ada-okafor')!.descriptors).toEqual([]);
  });

  test('keeps descriptors such as titles and possessive roles', () => {
    const { people } = peopleIn("Putin's key aide, Yury Ushakov, said so.", 'Kremlin spokesman Dmitry Peskov agreed.', 'Dutch Prime Minister Mark Rutte praised him.');
    const descriptors = Object.fromEntries(people.map((person) => [person.id, person.descriptors.map((d) => d.text)]));
    expect(descriptors['yury-ushakov']).toEqual(["Putin's key aide"]);
    expect(descriptors['dmitry-peskov']).toEqual(['Kremlin spokesman']);
    expect(descriptors['mark-rutte']).toEqual(['Dutch Prime Minister']);
  });

  test.each([
    ['an aircraft', 'He spoke aboard Air Force One on Monday.'],
    ['a platform', 'He posted on Truth Social again.'],
    ['a publication', 'As per The Kyiv Independent, the offensive began.'],
    ['a firm after "at"', 'She works at Northgate Capital now.'],
    ['a news agency', 'The remark was reported by RIA Novosti.'],
    ['an organisation led by someone', 'Ben Ortiz, head of the Main Intelligence Directorate of the General Staff, resigned.'],
  ])('does not take %s for a person', (_, text) => {
    expect(idsWithoutList(text).filter((id) => id !== 'ben-ortiz')).toEqual([]);
  });
});

describe('findPeople on a football transfer, without a list of its people', () => {
  test.each([
    ["a name after an owner's possessive", "The club's Ada Lindqvist said the fee was fair.", 'ada-lindqvist'],
    ['a name ending a sentence', 'The armband went to Ada Lindqvist. Fans were pleased.', 'ada-lindqvist'],
    ['a name behind a title inside the run', 'Rovers Sporting Director Tomasz Wierzbicki said the deal was done.', 'tomasz-wierzbicki'],
    ['an unfamiliar given name with a role before it', 'The striker Romeo Kwabenaah scored twice.', 'romeo-kwabenaah'],
    ['a name that opens with a non-ASCII capital', 'Łukasz Wójcik said he was delighted to join.', 'lukasz-wojcik'],
    ['a name with an appositive role', 'Oskar Hrubý, an agent at Northline Sports, confirmed the fee.', 'oskar-hruby'],
  ])('finds %s', (_, text, id) => {
    expect(idsWithoutList(text)).toContain(id);
  });

  test('takes names listed with a person for people, not products owned by someone', () => {
    const ids = idsWithoutList('The side started with Ada Lindqvist, Oskar Wendelbo and Ilse Marquardt in attack.', "Northline's Velocity Boot was launched.");
    expect(ids).toEqual(['ada-lindqvist', 'ilse-marquardt', 'oskar-wendelbo']);
  });

  test('takes no one from the byline, the photo credit or the contributor line', () => {
    const ids = idsWithoutList(
      'By Jane Halloway',
      'Photo by Marcus Bell/Agency via Getty Images',
      'Coach Ines Fabregat said the signing of Romeo Kwabenaah was complete.',
      'Daniel Ferris contributed to this report.',
      'Reporting by Clara Voss; Editing by Tom Ruddle',
    );
    expect(ids).toEqual(['ines-fabregat', 'romeo-kwabenaah']);
  });
});

describe('findPeople on a court case, without a list of its people', () => {
  test('finds a judge and a former official named by surname with a title', () => {
    const ids = idsWithoutList('Judge Okonkwo-Baptiste adjourned the hearing.', 'Former Mayor Vasquez denied the charge, his lawyer said.');
    expect(ids).toEqual(['okonkwo-baptiste', 'vasquez']);
  });

  test('resolves a titled surname to the full name used in the same article', () => {
    const { mentions, people } = findPeople([{ id: 'a1', blocks: blocksOf('Prosecutor Helena Sørlie opened the case.', 'Later, Prosecutor Sørlie called a witness.').blocks }], []);
    expect(people.map((person) => person.id)).toEqual(['helena-sorlie']);
    expect(mentions.get('a1')!.map((mention) => mention.personId)).toEqual(['helena-sorlie', 'helena-sorlie']);
  });

  test('does not carry a lone surname into an unrelated article', () => {
    const result = findPeople([
      { id: 'a1', blocks: [{ type: 'paragraph', text: 'Stanley Leeward testified.', start: 0, end: 26 }] },
      { id: 'a2', blocks: [{ type: 'paragraph', text: 'Leeward is a small town.', start: 0, end: 24 }] },
    ]);
    expect(result.mentions.get('a2')).toBeUndefined();
  });
});

test('resolves a surname alone to the full name used in the same article', () => {
  const { mentions } = peopleIn('Keith Kellogg arrived.', 'Kellogg then left.');
  expect(mentions.get('a1')!.map((mention) => mention.personId)).toEqual(['keith-kellogg', 'keith-kellogg']);
});

test('a contraction is never part of a name ("I’m Ana Ruiz")', () => {
  const blocks = [{ type: 'paragraph' as const, text: 'I’m Ana Ruiz, and this is the evening bulletin from the harbour.', start: 0, end: 63 }];
  const { people } = findPeople([{ id: 'a1', blocks }], []);
  expect(people.map((person) => person.name)).not.toContain('I’m Ana Ruiz');
});

test('a name after "from" is a person when it is listed with people or owns what follows', () => {
  expect(idsWithoutList('The match began with attempts from Jorin Waldek, Pavel Ostrov and Tomas Brenner.')).toEqual(expect.arrayContaining(['jorin-waldek', 'pavel-ostrov', 'tomas-brenner']));
  expect(idsWithoutList('A header from Kevin Vandermeer’s cross doubled the lead.')).toEqual(['kevin-vandermeer']);
  // Still a place when nothing says otherwise.
  expect(idsWithoutList('The ferry arrived from Porto Seco on Monday.')).toEqual([]);
});

test('reads a family name and a hyphenated given name as a person, but not a compound word or an article', () => {
  expect(idsWithoutList('Councillors elected included Tsang Wai-lun and Kim Seo-yeon.')).toEqual(expect.arrayContaining(['tsang-wai-lun', 'kim-seo-yeon']));
  expect(idsWithoutList('The Booker Prize-winner was there.', 'Pilgrims reached Masjid Al-Noor at dawn.')).toEqual([]);
});

describe('findPeople on a town-hall story, without a list of its people', () => {
  test.each([
    ['a councillor', 'Ward councillor Orla Thibodeaux was re-elected on Thursday.', 'orla-thibodeaux'],
    ['a veteran', 'Party veteran Ivo Kastelic lost his seat to a newcomer.', 'ivo-kastelic'],
    ['a musician among people', 'The rally drew musician Teodor Brašić and actor Kasimir Lund.', 'teodor-brasic'],
  ])('finds %s by the role noun before the name', (_, text, id) => {
    expect(idsWithoutList(text)).toContain(id);
  });
});

describe('a name glued to the body or place before it', () => {
  test('starts the name after a place in a title ("Governor of Texas …")', () => {
    expect(idsWithoutList('Governor of Nebraska Carla Whitfield said the dam would hold.')).toEqual(['carla-whitfield']);
  });
  test('starts the name after the last word of a body ("… Council Ada …")', () => {
    expect(idsWithoutList('The chief of the Tenants Council Mirela Dragan told a radio station the rent was unfair.')).toEqual(['mirela-dragan']);
  });
  test('keeps a name that opens with such a word, and a team named after a city', () => {
    expect(idsWithoutList('Bill Van Dorn said he would stay.')).toEqual(['bill-van-dorn']);
    expect(idsWithoutList('Fans of the Kansas City Chiefs, Ada Okafor and Ben Mills met.')).toEqual(['ada-okafor', 'ben-mills']);
  });
});

test('a name that opens with a dictionary word is a person in a list of two other people, not beside one', () => {
  expect(idsWithoutList('The jury shortlisted Ada Lindqvist, Oskar Wendelbo, and Rains Ulverstam for the prize.')).toEqual(['ada-lindqvist', 'oskar-wendelbo', 'rains-ulverstam']);
  expect(idsWithoutList('Funding came from Rains Ulverstam, and Ada Lindqvist.')).toEqual(['ada-lindqvist']);
});

test('a single name is a person between a role noun and a description or speech, not after a role noun alone', () => {
  expect(idsWithoutList('The gallery shows portraits of the painter Vandervelt, a former resident of the port.')).toEqual(['vandervelt']);
  expect(idsWithoutList('The veteran striker Okonjo said the club had changed.')).toEqual(['okonjo']);
  expect(idsWithoutList('She wore designer Marvella shoes to the gala.', 'The club thanked partner Vantrex, a maker of boots.')).toEqual([]);
});

test('a role before the comma describes the name after it, across a spelled-out acronym in brackets', () => {
  const { people } = findPeople([{ id: 'a1', blocks: blocksOf('The chairman of the NRC (Northern Rail Council), Tomasz Brezny, has called the plan reckless.').blocks }], []);
  expect(people.map((person) => [person.id, person.descriptors.map((d) => d.text)])).toEqual([['tomasz-brezny', ['chairman of the NRC']]]);
});

test('the name after a person’s "of" is where the person belongs, not another person in the list', () => {
  expect(idsWithoutList('Winners included Ada Okafor of Citizens Voice, and Tsang Wai-lun of the Tenants League.')).toEqual(['ada-okafor', 'tsang-wai-lun']);
});

test('a role noun opening a sentence is not part of the name that follows it', () => {
  const { people } = findPeople([{ id: 'a1', blocks: blocksOf('Striker Oskar Wendelbo scored twice.', 'Councillors Ilse Marquardt and Ben Mills voted against.', 'Wendelbo later left.').blocks }], []);
  expect(people.map((person) => [person.id, person.descriptors.map((d) => d.text)])).toEqual([
    ['ben-mills', []],
    ['ilse-marquardt', []],
    ['oskar-wendelbo', ['Striker']],
  ]);
});

test('a surname that is also a place is a person’s after a given name and a person’s role, not without them', () => {
  expect(idsWithoutList('The poet Ruth Ellery Hill read first.')).toEqual(['ruth-ellery-hill']);
  expect(idsWithoutList('Walkers climbed Helen Hill at dawn.', 'Tourists crowded the partner Victoria Falls resort.')).toEqual([]);
});
