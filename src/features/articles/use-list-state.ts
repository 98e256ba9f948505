import { useCallback } from 'react';
import { parseListSearch, toListSearch, type ListState, type ListVocabulary } from '#src/config/url-state/list-search.ts';
import { useUrlState, type SetUrlState } from '#src/lib/use-url-state.ts';

export type SetListState = SetUrlState<ListState>;

/** The article list's state, in the URL (docs/urls.md). */
export function useListState(vocabulary: ListVocabulary | undefined) {
  const parse = useCallback((params: URLSearchParams) => parseListSearch(params, vocabulary), [vocabulary]);
  return useUrlState(parse, toListSearch);
}
