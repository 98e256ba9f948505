import { quoteValue, type Parsed } from './list-search.ts';
import { unknownKeysNotice } from './unknown-keys.ts';

/** The speaker index's URL grammar: ?q=name filter&sort=quotes|articles|name (docs/urls.md). */
export const PEOPLE_SORTS = ['quotes', 'articles', 'name'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export type PeopleState = { q: string; sort: PeopleSort };

export const DEFAULT_PEOPLE_STATE: PeopleState = { q: '', sort: 'quotes' };

export function parsePeopleSearch(params: URLSearchParams): Parsed<PeopleState> {
  const notices: string[] = [];
  const state: PeopleState = { ...DEFAULT_PEOPLE_STATE };
  const unknownKeys = unknownKeysNotice(params, ['q', 'sort']);
  if (unknownKeys) notices.push(unknownKeys);
  state.q = (params.get('q') ?? '').trim().slice(0, 100);
  const sort = params.get('sort');
  if (sort !== null && sort !== '') {
    if (isPeopleSort(sort)) state.sort = sort;
    else notices.push(`Ignored sort=${quoteValue(sort)}: sort by quotes, articles or name.`);
  }
  return { state, notices };
}

export function toPeopleSearch(partial: Partial<PeopleState>): string {
  const state = { ...DEFAULT_PEOPLE_STATE, ...partial };
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort !== DEFAULT_PEOPLE_STATE.sort) params.set('sort', state.sort);
  return params.toString();
}

function isPeopleSort(value: string): value is PeopleSort {
  return (PEOPLE_SORTS as readonly string[]).includes(value);
}
