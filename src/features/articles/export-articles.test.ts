import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { toCsv } from '#src/lib/download.ts';
import { articleExportRows } from './export-articles.ts';

const names = new Map(fixtureIndex.people.map((person) => [person.id, person.name]));
const rows = articleExportRows(fixtureIndex.articles, (id) => names.get(id) ?? id, (id) => `https://readout.example/articles/${id}`);

test('an exported row carries the title, outlet, date with its basis, people, and links back', () => {
  const [first] = rows;
  const article = fixtureIndex.articles[0]!;
  expect(first).toMatchObject({ title: article.title, article_id: article.id, readout_link: `https://readout.example/articles/${article.id}` });
  expect(first!.date_basis.startsWith(article.dateSource)).toBe(true);
  expect(rows).toHaveLength(fixtureIndex.articles.length);
});

test('the CSV parses back to exactly the rows exported, commas and quotes included', async () => {
  const tricky = [{ ...rows[0]!, title: 'Peace, "maybe"\nnext week' }, ...rows.slice(1)];
  const parsed = Papa.parse<Record<string, string>>(await toCsv(tricky), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toEqual(tricky.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)]))));
});
