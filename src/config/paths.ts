import { toListSearch, type ListState } from './url-state/list-search.ts';
import { toPeopleSearch, type PeopleState } from './url-state/people-search.ts';
import { toQuotesSearch, type QuotesState } from './url-state/quotes-search.ts';

function withSearch(pathname: string, search: string): string {
  return search ? `${pathname}?${search}` : pathname;
}

/**
 * Every in-app href, relative to the router basename (the router adds `/readout` for a `--base /readout/` build).
 * Route patterns live beside their hrefs so the two cannot drift apart.
 */
export const paths = {
  articles: {
    pattern: '/',
    href: (state?: Partial<ListState>) => withSearch('/', state ? toListSearch(state) : ''),
  },
  article: {
    pattern: '/articles/:articleId',
    href: (id: string, block?: number) => `/articles/${encodeURIComponent(id)}${block === undefined ? '' : `#b${block}`}`,
  },
  /** The page's raw text with the pipeline's cuts shown: a view of its own, so it can be shared and reloaded. */
  articleSource: {
    pattern: '/articles/:articleId/source',
    href: (id: string) => `/articles/${encodeURIComponent(id)}/source`,
  },
  people: {
    pattern: '/people',
    href: (state?: Partial<PeopleState>) => withSearch('/people', state ? toPeopleSearch(state) : ''),
  },
  person: {
    pattern: '/people/:personId',
    href: (id: string) => `/people/${encodeURIComponent(id)}`,
  },
  quotes: {
    pattern: '/quotes',
    href: (state?: Partial<QuotesState>) => withSearch('/quotes', state ? toQuotesSearch(state) : ''),
  },
  /** one story: its articles' outlets side by side */
  story: {
    pattern: '/stories/:storyId',
    href: (id: string) => `/stories/${encodeURIComponent(id)}`,
  },
  /** the reader's own pages: add, see what became of them, remove */
  myPages: {
    pattern: '/my-pages',
    href: () => '/my-pages',
  },
  charts: {
    pattern: '/charts',
    href: () => '/charts',
  },
  chart: {
    pattern: '/charts/:datasetId',
    href: (id: string) => `/charts/${encodeURIComponent(id)}`,
  },
} as const;

/** `#b12` → 12; anything else → null. */
export function parseBlockHash(hash: string): number | null {
  const match = /^#b(\d{1,6})$/.exec(hash);
  return match ? Number(match[1]) : null;
}
