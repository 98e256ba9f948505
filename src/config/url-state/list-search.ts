/**
 * The article list's URL grammar (docs/urls.md):
 *   ?person=a,b&person=c  all must be mentioned
 *   ?from=YYYY-MM-DD&to=YYYY-MM-DD  inclusive
 *   ?q=free text  ?publisher=Name
 *   ?sort=oldest|quotes|outlet|relevance  (newest first when absent)
 *   ?group=story  articles of one story together, under the story's name
 * The parser never throws: anything it cannot use is dropped with a notice the page shows.
 */
import { isCalendarDate } from '#src/lib/dates.ts';
import { listValues, pushCapped, quoteValue, readDateRange, readSearchText } from './shared-params.ts';
import { unknownKeysNotice } from './unknown-keys.ts';

export { quoteValue };

export type ListState = {
  people: string[];
  from: string | null;
  to: string | null;
  q: string;
  publisher: string | null;
  sort: ListSort;
  group: ListGroup;
};

export const LIST_GROUPS = ['story'] as const;
/** null: one flat list */
export type ListGroup = (typeof LIST_GROUPS)[number] | null;

export const LIST_SORTS = ['newest', 'oldest', 'quotes', 'outlet', 'relevance'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const DEFAULT_LIST_STATE: ListState = { people: [], from: null, to: null, q: '', publisher: null, sort: 'newest', group: null };

/** What the corpus knows, so unknown ids can be reported rather than silently matching nothing. */
export type ListVocabulary = { personIds: ReadonlySet<string>; publishers: ReadonlySet<string> };

export type Parsed<State> = { state: State; notices: string[] };

const LIST_KEYS = ['person', 'from', 'to', 'q', 'publisher', 'sort', 'group'] as const;
const PERSON_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A real calendar date, so `2025-02-30` is rejected rather than rolled into March. */
export const isIsoDate = isCalendarDate;

export function parseListSearch(params: URLSearchParams, vocabulary?: ListVocabulary): Parsed<ListState> {
  const notices: string[] = [];
  const state: ListState = { ...DEFAULT_LIST_STATE, people: [] };

  const unknownKeys = unknownKeysNotice(params, LIST_KEYS);
  if (unknownKeys) notices.push(unknownKeys);

  const personNotices: string[] = [];
  for (const id of listValues(params, 'person')) {
    if (!PERSON_ID.test(id)) personNotices.push(`Ignored person ${quoteValue(id)}: not a person id.`);
    else if (vocabulary && !vocabulary.personIds.has(id)) personNotices.push(`Ignored person ${quoteValue(id)}: nobody with that id.`);
    else if (!state.people.includes(id)) state.people.push(id);
  }
  pushCapped(notices, personNotices, 'people');

  Object.assign(state, readDateRange(params, notices));
  state.q = readSearchText(params, notices);

  const publisher = params.get('publisher');
  if (publisher !== null && publisher !== '') {
    if (vocabulary && !vocabulary.publishers.has(publisher)) notices.push(`Ignored publisher ${quoteValue(publisher)}: no articles from it.`);
    else state.publisher = publisher;
  }

  const sort = params.get('sort');
  if (sort !== null && sort !== '') {
    if ((LIST_SORTS as readonly string[]).includes(sort)) state.sort = sort as ListSort;
    else notices.push(`Ignored sort=${quoteValue(sort)}: sort by ${LIST_SORTS.join(', ')}.`);
  }

  const group = params.get('group');
  if (group !== null && group !== '') {
    if ((LIST_GROUPS as readonly string[]).includes(group)) state.group = group as ListGroup;
    else notices.push(`Ignored group=${quoteValue(group)}: group by ${LIST_GROUPS.join(', ')}.`);
  }

  return { state, notices };
}

/** Prints a state back to a query string in a fixed key order, leaving out defaults. */
export function toListSearch(partial: Partial<ListState>): string {
  const state = { ...DEFAULT_LIST_STATE, ...partial };
  const params = new URLSearchParams();
  if (state.people.length > 0) params.set('person', state.people.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.publisher) params.set('publisher', state.publisher);
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set('sort', state.sort);
  if (state.group) params.set('group', state.group);
  return params.toString();
}

export function isDefaultListState(state: ListState): boolean {
  return toListSearch(state) === '';
}
