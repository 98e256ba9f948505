/**
 * The quotes explorer's URL grammar (docs/urls.md):
 *   ?speaker=a,b       said by any of them (speaker=unattributed: quotes with no named speaker)
 *   ?kind=direct,partial,indirect   any of them (all when absent)
 *   ?outlet=Name       ?from=YYYY-MM-DD&to=YYYY-MM-DD (the article's date, inclusive)
 *   ?q=words           every word in the quote's text
 *   ?sort=oldest|speaker|outlet|echoes  (newest first when absent)
 * Like the list's, the parser never throws; what it cannot use is dropped with a notice.
 */
import type { Parsed } from './list-search.ts';
import { listValues, pushCapped, quoteValue, readDateRange, readSearchText } from './shared-params.ts';
import { unknownKeysNotice } from './unknown-keys.ts';

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export const QUOTE_SORTS = ['newest', 'oldest', 'speaker', 'outlet', 'echoes'] as const;
export type QuoteSort = (typeof QUOTE_SORTS)[number];
/** The speaker "id" of quotes the pipeline found but could not attribute. */
export const UNATTRIBUTED = 'unattributed';

export type QuotesState = {
  speakers: string[];
  kinds: QuoteKind[];
  outlet: string | null;
  from: string | null;
  to: string | null;
  q: string;
  sort: QuoteSort;
};

export const DEFAULT_QUOTES_STATE: QuotesState = { speakers: [], kinds: [], outlet: null, from: null, to: null, q: '', sort: 'newest' };

export type QuotesVocabulary = { personIds: ReadonlySet<string>; outlets: ReadonlySet<string> };

const KEYS = ['speaker', 'kind', 'outlet', 'from', 'to', 'q', 'sort'] as const;

export function parseQuotesSearch(params: URLSearchParams, vocabulary?: QuotesVocabulary): Parsed<QuotesState> {
  const notices: string[] = [];
  const state: QuotesState = { ...DEFAULT_QUOTES_STATE, speakers: [], kinds: [] };
  const unknownKeys = unknownKeysNotice(params, KEYS);
  if (unknownKeys) notices.push(unknownKeys);

  const speakerNotices: string[] = [];
  for (const id of listValues(params, 'speaker')) {
    if (id !== UNATTRIBUTED && vocabulary && !vocabulary.personIds.has(id)) speakerNotices.push(`Ignored speaker ${quoteValue(id)}: nobody with that id.`);
    else if (!state.speakers.includes(id)) state.speakers.push(id);
  }
  pushCapped(notices, speakerNotices, 'speakers');

  for (const kind of listValues(params, 'kind')) {
    if (!(QUOTE_KINDS as readonly string[]).includes(kind)) notices.push(`Ignored kind=${quoteValue(kind)}: kinds are ${QUOTE_KINDS.join(', ')}.`);
    else if (!state.kinds.includes(kind as QuoteKind)) state.kinds.push(kind as QuoteKind);
  }
  // Every kind ticked is the same view as none ticked: one URL for it.
  if (state.kinds.length === QUOTE_KINDS.length) state.kinds = [];

  const outlet = params.get('outlet');
  if (outlet) {
    if (vocabulary && !vocabulary.outlets.has(outlet)) notices.push(`Ignored outlet ${quoteValue(outlet)}: no quotes from it.`);
    else state.outlet = outlet;
  }

  Object.assign(state, readDateRange(params, notices));
  state.q = readSearchText(params, notices);

  const sort = params.get('sort');
  if (sort) {
    if ((QUOTE_SORTS as readonly string[]).includes(sort)) state.sort = sort as QuoteSort;
    else notices.push(`Ignored sort=${quoteValue(sort)}: sort by ${QUOTE_SORTS.join(', ')}.`);
  }
  return { state, notices };
}

/** Prints a state back in a fixed key order, leaving out defaults, so one view has one URL. */
export function toQuotesSearch(partial: Partial<QuotesState>): string {
  const state = { ...DEFAULT_QUOTES_STATE, ...partial };
  const params = new URLSearchParams();
  if (state.speakers.length > 0) params.set('speaker', state.speakers.join(','));
  if (state.kinds.length > 0 && state.kinds.length < QUOTE_KINDS.length) params.set('kind', QUOTE_KINDS.filter((kind) => state.kinds.includes(kind)).join(','));
  if (state.outlet) params.set('outlet', state.outlet);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort !== DEFAULT_QUOTES_STATE.sort) params.set('sort', state.sort);
  return params.toString();
}
