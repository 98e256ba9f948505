import { shortHash } from './hash.ts';
import { slugify } from './slugify.ts';

/** What names an article: the file it came from, its place in that file (0 = the page's own article), its title. */
export interface ArticleKey {
  sourceFile: string;
  index: number;
  title: string;
}

const slugOf = (title: string) => slugify(title).split('-').slice(0, 8).join('-').slice(0, 60).replace(/-+$/, '') || 'article';
const keyText = (key: ArticleKey) => `${key.sourceFile}#${key.index}`;
const byKey = (a: ArticleKey, b: ArticleKey) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : a.index - b.index);

/**
 * The readable id an article gets when nothing else shares it: its title's slug and 24 bits of a
 * hash of file and position, stable between runs.
 * @example baseArticleId({ sourceFile: 'a.txt', index: 0, title: 'Striker signs for rivals' }) // 'striker-signs-for-rivals-1f0c3a'
 */
export function baseArticleId(key: ArticleKey): string {
  return `${slugOf(key.title)}-${shortHash(keyText(key)).slice(0, 6)}`;
}

/**
 * One id per key, distinct by construction (issue 6, point 5): the base id where it is unique;
 * where two keys share one (same headline, and 24 bits of hash alike), the full 32-bit hash; and
 * where even that is shared, a counter in file order. Deterministic and independent of the order
 * of `keys`; an id changes only when another article comes to share it.
 * @example uniqueArticleIds([{ sourceFile: 'a.txt', index: 0, title: 'Budget passed' }]) // ['budget-passed-…']
 */
export function uniqueArticleIds(keys: readonly ArticleKey[]): string[] {
  const bases = keys.map(baseArticleId);
  const uses = new Map<string, number>();
  for (const base of bases) uses.set(base, (uses.get(base) ?? 0) + 1);
  const ids: (string | undefined)[] = bases.map((base) => (uses.get(base) === 1 ? base : undefined));
  const taken = new Set(ids.filter((id): id is string => id !== undefined));
  const pending = keys.map((key, position) => ({ key, position })).filter(({ position }) => ids[position] === undefined);
  for (const { key, position } of pending.sort((a, b) => byKey(a.key, b.key))) {
    const longer = `${slugOf(key.title)}-${shortHash(keyText(key))}`;
    let id = longer;
    for (let count = 2; taken.has(id); count++) id = `${longer}-${count}`;
    taken.add(id);
    ids[position] = id;
  }
  return ids.map((id) => id!);
}
