import { expect, test } from 'vitest';
import { correctedFacts, sidecarOf } from '#src/data/corrections.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { describeCorrection } from './correct-article.tsx';
import { correctionOf, originalFacts } from './correction-form.tsx';

const summary = fixtureIndex.articles.find((article) => article.id === 'rt-deal-with-russia')!;
const draftOf = (changes: Partial<Parameters<typeof correctionOf>[2]>) => ({ title: summary.title, publisher: summary.publisher ?? '', publishedOn: summary.publishedOn ?? '', reason: '', url: summary.url ?? '', ...changes });

test('only what differs from Readout’s reading becomes a correction, keeping what Readout had', () => {
  const result = correctionOf(summary, originalFacts(summary, undefined), draftOf({ publishedOn: '2025-06-20', reason: 'dateline of the page' }), '2026-12-03T10:00:00Z');
  if ('error' in result) throw new Error(result.error);
  expect(result.correction).toEqual({
    articleId: summary.id,
    sourceFile: summary.sourceFile,
    isPageArticle: true,
    setAt: '2026-12-03T10:00:00Z',
    publishedOn: { value: '2025-06-20', reason: 'dateline of the page', was: '2025-06-24', wasBasis: summary.dateBasis, wasSource: 'inferred' },
  });
  expect(describeCorrection(result.correction)).toEqual(['date (Readout had inferred 24 Jun 2025)']);
  const corrected = correctedFacts(summary, result.correction);
  expect(corrected).toMatchObject({ publishedOn: '2025-06-20', dateSource: 'stated' });
  expect(corrected.dateBasis).toMatch(/^Date set by you: dateline of the page\. Readout had inferred 24 Jun 2025/);
  expect(sidecarOf(result.correction, corrected)).toEqual({ publisher: 'RT', url: summary.url, publishedOn: '2025-06-20', dateNote: 'dateline of the page' });
});

test('refuses a date without its reason, a non-web address and an empty title', () => {
  const original = originalFacts(summary, undefined);
  expect(correctionOf(summary, original, draftOf({ publishedOn: '2025-06-20' }), 'now')).toMatchObject({ error: expect.stringMatching(/^Say why the date/) });
  expect(correctionOf(summary, original, draftOf({ url: 'javascript:alert(1)' }), 'now')).toMatchObject({ error: expect.stringMatching(/http/) });
  expect(correctionOf(summary, original, draftOf({ title: '  ' }), 'now')).toEqual({ error: 'A title cannot be empty.' });
});

test('a second correction still compares with Readout’s reading, not with the first correction', () => {
  const first = correctionOf(summary, originalFacts(summary, undefined), draftOf({ publisher: 'RT News' }), 'now');
  if ('error' in first) throw new Error(first.error);
  const shown = correctedFacts(summary, first.correction);
  const back = correctionOf(summary, originalFacts(shown, first.correction), { ...draftOf({}), publisher: 'RT' }, 'later');
  if ('error' in back) throw new Error(back.error);
  expect(back.correction.publisher).toBeUndefined();
});

test('a corrected publisher says who set it and what Readout had read; a summary without a basis gets none', () => {
  const result = correctionOf(summary, originalFacts(summary, undefined), draftOf({ publisher: 'RT News' }), 'now');
  if ('error' in result) throw new Error(result.error);
  const article = { ...summary, publisherBasis: 'The page names it: "© RT".' };
  expect(correctedFacts(article, result.correction).publisherBasis).toBe('Publisher set by you. Readout had read “RT”.');
  expect(correctedFacts(summary, result.correction)).not.toHaveProperty('publisherBasis');
});
