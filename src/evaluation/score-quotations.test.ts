import { expect, test } from 'vitest';
import { SCHEMA_VERSION, type Corpus, type Quote } from '../data/contract.ts';
import { readConllu } from './read-conllu.ts';
import { quotationTotals, scoreQuotations } from './score-quotations.ts';

function word(id: string, form: string, misc = '_'): string {
  return [id, form, '_', '_', '_', '_', '_', '_', '_', misc].join('\t');
}

// Invented: a harbour master's quotation (GUM <quote>) and a short inline one (<q>).
const FIXTURE = [
  '# newdoc id = test_harbour',
  '# newpar',
  '# text = "We reopen the port on Monday," Ruiz said.',
  word('1', '"', 'SpaceAfter=No|XML=<quote>'),
  ...['We', 'reopen', 'the', 'port', 'on'].map((form, index) => word(String(index + 2), form)),
  word('7', 'Monday', 'SpaceAfter=No'),
  word('8', ',', 'SpaceAfter=No'),
  word('9', '"', 'XML=</quote>'),
  word('10', 'Ruiz'),
  word('11', 'said', 'SpaceAfter=No'),
  word('12', '.'),
  '',
  '# text = She called it a "fair wind" for the town.',
  ...['She', 'called', 'it', 'a'].map((form, index) => word(String(index + 1), form)),
  word('5', '"', 'SpaceAfter=No|XML=<q>'),
  word('6', 'fair'),
  word('7', 'wind', 'SpaceAfter=No'),
  word('8', '"', 'XML=</q>'),
  ...['for', 'the'].map((form, index) => word(String(index + 9), form)),
  word('11', 'town', 'SpaceAfter=No'),
  word('12', '.'),
  '',
].join('\n');

function quote(text: string): Quote {
  return { id: text, articleId: 'harbour', speakerId: 'ana-ruiz', text, kind: 'direct', block: 0, start: 0, end: text.length };
}

function corpusWith(quotes: Quote[]): Corpus {
  const article = { id: 'harbour', sourceFile: 'test_harbour.txt', parentId: null, title: 't', titleDerived: false, titleBlock: null, publisher: null, url: null, publishedOn: null, dateBasis: '', dateSource: 'unknown' as const, blocks: [], cuts: [], personIds: [] };
  return { schemaVersion: SCHEMA_VERSION, articles: [article], people: [], quotes, datasets: [], figures: [], problems: [], anchorEvents: [] };
}

test('scores quotation spans against GUM <quote> and <q>: a match, a miss and an extra', () => {
  const document = readConllu(FIXTURE);
  expect(document.quotes.map((gold) => gold.kind)).toEqual(['quote', 'q']);
  const corpus = corpusWith([quote('We reopen the port on Monday'), quote('the town')]);
  const [score] = scoreQuotations([{ document, sourceFile: 'test_harbour.txt' }], corpus);
  expect(score).toMatchObject({ gold: 2, predicted: 2, matched: 1, extra: ['the town'] });
  expect(score!.missed).toHaveLength(1);
  expect(quotationTotals([score!])).toMatchObject({ precision: 0.5, recall: 0.5 });
});

test('does not count indirect speech as a quotation', () => {
  const document = readConllu(FIXTURE);
  const corpus = corpusWith([{ ...quote('We reopen the port on Monday'), kind: 'indirect' }]);
  expect(scoreQuotations([{ document, sourceFile: 'test_harbour.txt' }], corpus)[0]).toMatchObject({ predicted: 0, matched: 0 });
});
