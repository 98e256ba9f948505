import { expect, test } from 'vitest';
import { articleSchema } from '../data/contract.ts';
import { readSidecar } from './read-sidecar.ts';

test.each(['2025-13-01', '9999-99-99', '2025-02-30', '2023-02-29', '2025-00-10'])('drops the impossible date %s, keeps the rest, and says so', (date) => {
  const read = readSidecar('court.txt', JSON.stringify({ publishedOn: date, publisher: 'Harbour Gazette' }));
  expect(read.sidecar).toEqual({ publisher: 'Harbour Gazette' });
  expect(read.problem).toMatchObject({ sourceFile: 'court.txt', severity: 'warning', message: expect.stringMatching(/publishedOn ignored.*real calendar date/) });
});

test('accepts a leap day and an ordinary date', () => {
  expect(readSidecar('a.txt', '{"publishedOn":"2024-02-29"}')).toEqual({ sidecar: { publishedOn: '2024-02-29' }, problem: null });
  expect(readSidecar('a.txt', '{"publishedOn":"2025-06-23","url":"https://example.com/a"}').problem).toBeNull();
});

test.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a', 'not a url'])('drops the url %s, which is not http(s)', (url) => {
  const read = readSidecar('budget.txt', JSON.stringify({ url, publishedOn: '2025-03-01' }));
  expect(read.sidecar).toEqual({ publishedOn: '2025-03-01' });
  expect(read.problem?.message).toMatch(/url ignored/);
});

test('ignores a sidecar that is not JSON, not an object, or has unknown keys', () => {
  expect(readSidecar('a.txt', '{oops').sidecar).toBeNull();
  expect(readSidecar('a.txt', '[1,2]').sidecar).toBeNull();
  expect(readSidecar('a.txt', '{"author":"someone"}')).toMatchObject({ sidecar: null, problem: { message: expect.stringMatching(/was ignored/) } });
});

test('the contract rejects a date that is no day', () => {
  const base = { id: 'a', sourceFile: 'a.txt', parentId: null, title: 't', titleDerived: false, titleBlock: null, publisher: null, url: null, dateBasis: '', dateSource: 'stated', blocks: [], cuts: [], personIds: [] };
  for (const publishedOn of ['2025-13-01', '9999-99-99', '2025-02-30']) expect(articleSchema.safeParse({ ...base, publishedOn }).success).toBe(false);
  expect(articleSchema.safeParse({ ...base, publishedOn: '2025-02-28' }).success).toBe(true);
});

test('a sidecar may state the title and why the date is that day', () => {
  expect(readSidecar('a.txt', '{"title":"Harbour reopens","publishedOn":"2025-03-14","dateNote":"dateline"}')).toEqual({
    sidecar: { title: 'Harbour reopens', publishedOn: '2025-03-14', dateNote: 'dateline' },
    problem: null,
  });
});
