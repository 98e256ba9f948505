import { expect, test } from 'vitest';
import type { Quote } from './contract.ts';
import { MAX_UNNAMED_CARRIERS, withSameWords } from './same-words-carriers.ts';

const quote = (articleId: string, index: number): Quote => ({
  id: `${articleId}-q${index}`,
  articleId,
  speakerId: 'ada-okafor',
  text: 'We will not walk away from these talks now',
  kind: 'direct',
  block: 1,
  start: 0,
  end: 42,
});

test('a quote carried everywhere lists one article per other outlet and a dozen of no outlet, and counts the rest', () => {
  // 30 articles of two outlets and 200 of none, all with the same words.
  const named = Array.from({ length: 30 }, (_, index) => quote(`named-${String(index).padStart(2, '0')}`, 1));
  const unnamed = Array.from({ length: 200 }, (_, index) => quote(`plain-${String(index).padStart(3, '0')}`, 1));
  const publisherOf = (articleId: string) => (articleId.startsWith('named-') ? (Number(articleId.slice(6)) % 2 === 0 ? 'Harbour Times' : 'Capital Wire') : null);
  const entries = withSameWords([...named, ...unnamed], publisherOf);

  const fromHarbour = entries.find((entry) => entry.articleId === 'named-00')!;
  // The other outlet once, its own outlet never, then the first dozen of no outlet.
  expect(fromHarbour.sameWordsIn.slice(0, 1)).toEqual(['named-01']);
  expect(fromHarbour.sameWordsIn).toHaveLength(1 + MAX_UNNAMED_CARRIERS);
  expect(fromHarbour.moreUnnamedCarriers).toBe(200 - MAX_UNNAMED_CARRIERS);

  const plain = entries.find((entry) => entry.articleId === 'plain-000')!;
  expect(plain.sameWordsIn.slice(0, 2)).toEqual(['named-01', 'named-00']);
  expect(plain.moreUnnamedCarriers).toBe(199 - MAX_UNNAMED_CARRIERS);
  // Bounded: the files no longer grow with the square of the collection.
  expect(Math.max(...entries.map((entry) => entry.sameWordsIn.length))).toBe(2 + MAX_UNNAMED_CARRIERS);
});

test('a quote no other article carries lists nothing', () => {
  const [entry] = withSameWords([quote('alone', 1)], () => null);
  expect(entry).toMatchObject({ sameWordsIn: [], moreUnnamedCarriers: 0 });
});
