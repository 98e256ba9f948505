import { expect, test } from 'vitest';
import { citeAs, toCslItem, type CitedArticle, type CitedQuote } from './cite.ts';

const formatDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const article: CitedArticle = {
  id: 'harbour-reopens',
  title: 'Harbour reopens after the storm',
  publisher: 'The Coast Herald',
  pageUrl: 'https://herald.example/harbour',
  publishedOn: '2025-03-14',
  dateInferred: false,
  readoutUrl: 'https://readout.example/articles/harbour-reopens#b2',
};
const direct: CitedQuote = { speaker: 'Ana Ruiz', words: '“We open on Monday.”', kind: 'direct' };
const reported: CitedQuote = { speaker: 'Ana Ruiz', words: 'the harbour would open on Monday', kind: 'indirect' };
const options = { formatDate, today: '2026-12-03' };

test('APA: the reference by citation-js, the quote and speaker above it', async () => {
  const text = await citeAs('apa', article, direct, options);
  expect(text).toBe('“We open on Monday.” — Ana Ruiz, quoted in:\nHarbour reopens after the storm. (2025, March 14). The Coast Herald. https://herald.example/harbour');
});

test('Chicago names the outlet, the title in quotation marks and the date', async () => {
  const text = await citeAs('chicago', article, null, options);
  expect(text).toContain('“Harbour Reopens after the Storm.”');
  expect(text).toContain('March 14, 2025');
  expect(text).toContain('https://herald.example/harbour');
});

test('reported speech is labelled in every style and never put in quotation marks', async () => {
  for (const style of ['plain', 'apa', 'chicago', 'bibtex', 'ris'] as const) {
    const text = await citeAs(style, article, reported, options);
    expect(text, style).toMatch(/Reported speech, not a direct quote/);
    expect(text, style).not.toMatch(/[“"]the harbour would open/);
  }
});

test('BibTeX and RIS are records a reference manager reads, with the quote as a note', async () => {
  const bibtex = await citeAs('bibtex', article, direct, options);
  expect(bibtex).toMatch(/^@\w+\{/);
  expect(bibtex).toContain('title = {Harbour reopens after the storm}');
  expect(bibtex).toContain('url = {https://herald.example/harbour}');
  const ris = await citeAs('ris', article, direct, options);
  expect(ris.split('\n')[0]).toBe('TY  - NEWS');
  expect(ris).toContain('T2  - The Coast Herald');
  expect(ris).toContain('N1  - Quote by Ana Ruiz: “We open on Monday.”');
  expect(ris.trim().endsWith('ER  -')).toBe(true);
});

test('an inferred date is given and said to be inferred; a missing outlet and date are left out, not made up', async () => {
  expect(await citeAs('apa', { ...article, dateInferred: true }, null, options)).toMatch(/\(2025, March 14\).*\[Date inferred by Readout\.\]$/);
  const bare = toCslItem({ ...article, publisher: null, publishedOn: null, pageUrl: null }, null, '2026-12-03');
  expect(bare).not.toHaveProperty('container-title');
  expect(bare).not.toHaveProperty('issued');
  expect(bare).not.toHaveProperty('URL');
  expect(await citeAs('apa', { ...article, publisher: null, publishedOn: null }, null, options)).toContain('(n.d.)');
});
