import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, type Article, type Corpus, type Person } from '../data/contract.ts';
import type { GoldDocument, GoldPerson } from './read-conllu.ts';
import { scoreExtraction } from './score-extraction.ts';
import { sumScores } from './sum-scores.ts';

function gold(entityId: string, identity: string | null, mentions: string[], names: string[]): GoldPerson {
  return { entityId, identity, mentions, names };
}
function goldDocument(docId: string, people: GoldPerson[], dateCreated: string | null = '2020-03-04'): GoldDocument {
  return { docId, title: 'A title', dateCreated, paragraphs: [], people, quotes: [] };
}
function person(name: string, aliases: string[] = []): Person {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, aliases, descriptors: [] };
}
function article(sourceFile: string, people: Person[], publishedOn: string | null = '2020-03-04'): Article {
  return {
    id: sourceFile,
    sourceFile,
    parentId: null,
    title: 'A title',
    titleDerived: false,
    titleBlock: 0,
    publisher: null,
    url: null,
    publishedOn,
    dateBasis: publishedOn ? `dated ${publishedOn}` : 'no date',
    dateSource: publishedOn ? 'inferred' : 'unknown',
    blocks: [],
    cuts: [],
    personIds: people.map((p) => p.id),
  };
}
function corpusOf(articles: Article[], people: Person[]): Corpus {
  return { schemaVersion: SCHEMA_VERSION, articles, people, quotes: [], datasets: [], figures: [], problems: [], anchorEvents: [] };
}
function scoreOne(goldPeople: GoldPerson[], readout: Person[]) {
  const document = goldDocument('d1', goldPeople);
  return scoreExtraction([{ document, sourceFile: 'd1.txt' }], corpusOf([article('d1.txt', readout)], readout))[0]!;
}

const ANA = gold('1', 'Ana_Ruiz', ['Harbour master Ana Ruiz', 'She', "Ruiz's"], ['Ana Ruiz', 'Ruiz']);
const TOM = gold('5', null, ["Ruiz's deputy Tom Bell", 'he'], ['Tom Bell']);
const RESIDENTS = gold('8', null, ['residents', 'they'], []);

describe('scoreExtraction: people', () => {
  test('counts a person correct when a name or alias matches a mention, ignoring case and possessives', () => {
    const { people } = scoreOne([ANA, TOM, RESIDENTS], [person('ANA RUIZ', ['Ruiz']), person('Harbour Master')]);
    expect(people).toMatchObject({ found: 2, correct: 1, falsePeople: ['Harbour Master'], named: 2, recalled: 1, missed: ['Tom Bell'] });
  });

  test('leaves people named only by descriptions or pronouns out of recall, and never matches a pronoun', () => {
    const { people } = scoreOne([RESIDENTS, gold('9', null, ['She', 'the mayor'], [])], [person('She')]);
    expect(people).toMatchObject({ named: 0, correct: 0 });
  });

  test('counts a single-word name as named only when the identity confirms it', () => {
    const { people } = scoreOne([gold('2', 'Halston', ['Halston'], ['Halston']), gold('3', 'Filippo_Grandi', ['the High Commissioner'], ['Commissioner'])], []);
    expect(people.missed).toEqual(['Halston']);
  });

  test('measures how many bare-name mentions Readout lists as a name or alias', () => {
    const { people } = scoreOne([ANA], [person('Ana Ruiz')]);
    expect(people).toMatchObject({ nameMentions: 1, nameMentionsCovered: 0 });
  });

  test('reports a merge when one Readout person matches two gold people', () => {
    const { people } = scoreOne([gold('1', null, ['Rosa Telmo'], ['Rosa Telmo']), gold('2', null, ['Ivo Telmo'], ['Ivo Telmo'])], [person('Rosa Telmo', ['Ivo Telmo'])]);
    expect(people.merges).toEqual([{ readout: 'Rosa Telmo (Ivo Telmo)', gold: ['Rosa Telmo', 'Ivo Telmo'] }]);
  });

  test('reports a split when two Readout people match one gold person', () => {
    const { people } = scoreOne([ANA], [person('Ana Ruiz'), person('Ruiz')]);
    expect(people.splits).toEqual([{ gold: 'Ana Ruiz', readout: ['Ana Ruiz', 'Ruiz'] }]);
  });

  test('joins gold entities the annotators split under one name, so matching both is no merge', () => {
    const { people } = scoreOne([TOM, gold('7', null, ['Tom Bell, who runs the ferry'], ['Tom Bell'])], [person('Tom Bell')]);
    expect(people).toMatchObject({ named: 1, recalled: 1, merges: [] });
  });

  test("counts only the people of the document's own source file", () => {
    const other = person('Li Wei');
    const document = goldDocument('d1', [gold('1', null, ['Li Wei'], ['Li Wei'])]);
    const corpus = corpusOf([article('d1.txt', []), article('d2.txt', [other])], [other]);
    expect(scoreExtraction([{ document, sourceFile: 'd1.txt' }], corpus)[0]!.people).toMatchObject({ found: 0, recalled: 0 });
  });
});

describe('scoreExtraction and sumScores: dates', () => {
  const documents = [
    { document: goldDocument('exact', []), sourceFile: 'exact.txt' },
    { document: goldDocument('late', []), sourceFile: 'late.txt' },
    { document: goldDocument('none', []), sourceFile: 'none.txt' },
  ];
  const corpus = corpusOf([article('exact.txt', []), article('late.txt', [], '2020-03-14'), article('none.txt', [], null)], []);
  const scores = scoreExtraction(documents, corpus);

  test('gives the error in days and the basis Readout stated', () => {
    expect(scores.map((score) => score.date.errorDays)).toEqual([0, 10, null]);
    expect(scores[1]!.date).toMatchObject({ expected: '2020-03-04', predicted: '2020-03-14', dateBasis: 'dated 2020-03-14' });
  });

  test('totals exact-day accuracy, missing dates and mean absolute error over dated documents', () => {
    expect(sumScores(scores)).toMatchObject({ dated: 3, exactDates: 1, missingDates: 1, meanAbsoluteErrorDays: 5 });
    expect(sumScores(scores).dateAccuracy).toBeCloseTo(1 / 3);
  });

  test('totals precision and recall over all documents, null when nothing was found', () => {
    expect(sumScores(scores)).toMatchObject({ found: 0, precision: null, recall: null });
  });
});
