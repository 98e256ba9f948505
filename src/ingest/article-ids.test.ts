import fc from 'fast-check';
import { expect, test } from 'vitest';
import { baseArticleId, uniqueArticleIds, type ArticleKey } from './article-ids.ts';

const samePage = (count: number): ArticleKey[] =>
  Array.from({ length: count }, (_, index) => ({ sourceFile: `transfer-${index}.txt`, index: 0, title: 'Striker signs for city rivals' }));

test('keeps the readable base id of an article nobody shares it with', () => {
  const key = { sourceFile: 'court.txt', index: 0, title: 'Judge adjourns the harbour case' };
  expect(uniqueArticleIds([key])).toEqual([baseArticleId(key)]);
  expect(baseArticleId(key)).toMatch(/^judge-adjourns-the-harbour-case-[0-9a-f]{6}$/);
});

test('gives 2,000 pages with one headline 2,000 distinct ids', () => {
  const ids = uniqueArticleIds(samePage(2000));
  expect(new Set(ids).size).toBe(2000);
  expect(ids.every((id) => id.startsWith('striker-signs-for-city-rivals-'))).toBe(true);
});

test('disambiguates keys whose base ids collide, whatever their order', () => {
  // Find two keys with the same title whose 24-bit hashes collide: the case that crashed MiniSearch.
  const seen = new Map<string, ArticleKey>();
  let pair: [ArticleKey, ArticleKey] | undefined;
  for (let index = 0; !pair; index++) {
    const key = { sourceFile: `budget-${index}.txt`, index: 0, title: 'City budget passed' };
    const earlier = seen.get(baseArticleId(key));
    if (earlier) pair = [earlier, key];
    else seen.set(baseArticleId(key), key);
  }
  const ids = uniqueArticleIds(pair);
  expect(ids[0]).not.toBe(ids[1]);
  expect(uniqueArticleIds([pair[1], pair[0]])).toEqual([ids[1], ids[0]]);
});

test('ids are distinct and independent of input order for any keys', () => {
  const keyArb = fc.record({ sourceFile: fc.constantFrom('a.txt', 'b.txt', 'c.txt'), index: fc.nat(5), title: fc.constantFrom('', 'Same title', 'Other title') });
  fc.assert(
    fc.property(fc.uniqueArray(keyArb, { selector: (key) => `${key.sourceFile}#${key.index}` }), (keys) => {
      const ids = uniqueArticleIds(keys);
      expect(new Set(ids).size).toBe(keys.length);
      const reversed = uniqueArticleIds([...keys].reverse());
      expect([...reversed].reverse()).toEqual(ids);
    }),
  );
});
