import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { DEFAULT_QUOTES_STATE } from '#src/config/url-state/quotes-search.ts';
import { toCsv } from '#src/lib/download.ts';
import { fixtureIndex, fixtureQuotesFile } from '#src/testing/fixture-corpus.ts';
import { filterQuotes, matchesText, quoteExportRows, toQuoteRows } from './filter-quotes.ts';

const articlesById = new Map(fixtureIndex.articles.map((article) => [article.id, article]));
const names = new Map(fixtureIndex.people.map((person) => [person.id, person.name]));
const rows = toQuoteRows(fixtureQuotesFile.quotes, articlesById, (id) => names.get(id));
const ids = (state: Partial<typeof DEFAULT_QUOTES_STATE>) => filterQuotes(rows, { ...DEFAULT_QUOTES_STATE, ...state }).map((row) => row.quote.id);

test('newest first by the article date, quotes of one article in reading order', () => {
  expect(ids({})).toEqual(['q3', 'q4', 'q5', 'q1', 'q2']);
  expect(ids({ sort: 'oldest' })).toEqual(['q2', 'q1', 'q3', 'q4', 'q5']);
});

test('filters by speaker, kind, outlet, dates and words', () => {
  expect(ids({ speakers: ['dmitry-peskov'] })).toEqual(['q4']);
  expect(ids({ kinds: ['indirect'] })).toEqual(['q4']);
  expect(ids({ outlet: 'RT' })).toEqual(['q1', 'q2']);
  expect(ids({ from: '2025-06-24', to: '2025-06-24' })).toEqual(['q1']);
  expect(ids({ q: 'DEAL russ' })).toEqual(['q5', 'q1']);
});

test('a quote carried by another outlet names it, and sorts first by echoes', () => {
  const echoed = rows.find((row) => row.quote.id === 'q1')!;
  expect(echoed.alsoQuotedBy).toEqual(['The Guardian']);
  expect(rows.find((row) => row.quote.id === 'q5')!.alsoQuotedBy).toEqual(['RT']);
  expect(ids({ sort: 'echoes' }).slice(0, 2)).toEqual(['q5', 'q1']);
});

test('word prefixes, folded: accents and case do not matter, every word must match', () => {
  expect(matchesText('le president a parle', 'Présid par')).toBe(true);
  expect(matchesText('le president a parle', 'president minister')).toBe(false);
});

test('the CSV export parses back to the rows shown, with links and the kind of speech', async () => {
  const shown = filterQuotes(rows, { ...DEFAULT_QUOTES_STATE, speakers: ['dmitry-peskov', 'donald-trump'] });
  const exported = quoteExportRows(shown, (row) => `https://readout.example/articles/${row.quote.articleId}#b${row.quote.block}`);
  const parsed = Papa.parse<Record<string, string>>(await toCsv(exported), { header: true, skipEmptyLines: true });
  expect(parsed.data.map((row) => row.quote)).toEqual(shown.map((row) => row.quote.text));
  expect(parsed.data.find((row) => row.quote_id === 'q4')).toMatchObject({ kind: 'indirect', speaker: 'Dmitry Peskov', outlet: 'The Guardian' });
  expect(parsed.data[0]!.readout_link).toMatch(/^https:\/\/readout\.example\/articles\/.+#b\d+$/);
});
