import { expect, test } from 'vitest';
import { fixtureIndex, fixturePersonFile, fixtureQuotesFile } from '#src/testing/fixture-corpus.ts';
import { correctIndex, correctPersonFile, correctQuotes, sidecarOf, withSpeaker, type ArticleCorrection } from './corrections.ts';

const q3 = fixtureQuotesFile.quotes.find((quote) => quote.id === 'q3')!;
const base: ArticleCorrection = { articleId: q3.articleId, sourceFile: '003_guardian.txt', isPageArticle: true, setAt: 'now' };

test('a quote given to another person leaves the first one’s page and joins the other’s, counts following', () => {
  const correction = withSpeaker(base, q3, 'vladimir-putin', 'now');
  const corrections = new Map([[correction.articleId, correction]]);
  expect(correctQuotes(fixtureQuotesFile.quotes, corrections).find((quote) => quote.id === 'q3')!.speakerId).toBe('vladimir-putin');
  expect(correctPersonFile(fixturePersonFile('donald-trump')!, corrections).quotes.map((quote) => quote.id)).not.toContain('q3');
  expect(correctPersonFile(fixturePersonFile('vladimir-putin')!, corrections).quotes.map((quote) => [quote.id, quote.speakerId])).toEqual([['q3', 'vladimir-putin']]);
  const counts = new Map(correctIndex(fixtureIndex, corrections).people.map((person) => [person.id, person.quoteCount]));
  const before = new Map(fixtureIndex.people.map((person) => [person.id, person.quoteCount]));
  expect(counts.get('donald-trump')).toBe(before.get('donald-trump')! - 1);
  expect(counts.get('vladimir-putin')).toBe(before.get('vladimir-putin')! + 1);
  expect(sidecarOf(correction, fixtureIndex.articles.find((article) => article.id === q3.articleId)!).speakers).toEqual({ [String(q3.start)]: 'vladimir-putin' });
});

test('giving a quote back to the speaker Readout found undoes the correction', () => {
  const moved = withSpeaker(base, q3, null, 'now');
  expect(moved.speakers?.q3).toMatchObject({ to: null, was: 'donald-trump' });
  // The shown quote now has no speaker; Readout's own is the one in the record.
  const back = withSpeaker(moved, { ...q3, speakerId: null }, 'donald-trump', 'later');
  expect(back.speakers).toEqual({});
});
