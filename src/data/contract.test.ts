import { expect, test } from 'vitest';
import { CORPUS_LISTS, corpusMismatch, corpusSchema, SCHEMA_VERSION, type Corpus } from './contract.ts';

const empty: Corpus = { schemaVersion: SCHEMA_VERSION, articles: [], people: [], quotes: [], datasets: [], figures: [], problems: [], anchorEvents: [] };
const problem = { sourceFile: 'a.txt', severity: 'warning' as const, message: 'No title found' };

test('a corpus the contract describes has no mismatch', () => {
  expect(corpusMismatch({ ...empty, problems: [problem, problem] })).toBeNull();
});

test('a bad element is named by its list and position, a bad outline by zod', () => {
  const bad = { ...empty, problems: [problem, { ...problem, severity: 'fatal' }] } as unknown as Corpus;
  expect(corpusMismatch(bad)).toMatch(/^problems\[1\]: .*severity/s);
  expect(corpusMismatch({ ...empty, schemaVersion: 99 } as unknown as Corpus)).toMatch(/schemaVersion/);
  expect(corpusMismatch({ ...empty, anchorEvents: [{ id: 'x' }] } as unknown as Corpus)).toMatch(/^anchorEvents\[0\]: /);
});

test('every list of the corpus is checked element by element', () => {
  const lists = Object.entries(corpusSchema.shape).filter(([, schema]) => schema._zod.def.type === 'array').map(([key]) => key);
  expect(Object.keys(CORPUS_LISTS).sort()).toEqual(lists.sort());
});
