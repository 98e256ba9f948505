import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListSearch, toListSearch, type ListState, type ListVocabulary } from '#src/app/url-state/list-search.ts';

export type SetListState = (next: ListState, options?: { replace?: boolean }) => void;

/** The list's state lives only in the URL: read through the parser, written through the printer. */
export function useListState(vocabulary: ListVocabulary | undefined) {
  const [params, setParams] = useSearchParams();
  const { state, notices } = useMemo(() => parseListSearch(params, vocabulary), [params, vocabulary]);
  const setState = useCallback<SetListState>(
    (next, options) => setParams(new URLSearchParams(toListSearch(next)), { replace: options?.replace ?? false, preventScrollReset: true }),
    [setParams],
  );
  return { state, notices, setState };
}
