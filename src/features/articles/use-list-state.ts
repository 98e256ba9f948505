import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseListSearch, toListSearch, type ListState, type ListVocabulary } from '#src/config/url-state/list-search.ts';

export type SetListState = (update: (current: ListState) => ListState, options?: { replace?: boolean }) => void;

/**
 * The list's state lives only in the URL: read through the parser, written through the printer.
 * Updates are functions of the latest state written, not of the last render: React Router commits
 * navigations in a transition, so two quick changes (pick a person, then a publisher) would otherwise
 * build the second URL from a state that no longer holds, dropping the first change.
 */
export function useListState(vocabulary: ListVocabulary | undefined) {
  const [params, setParams] = useSearchParams();
  const { state, notices } = useMemo(() => parseListSearch(params, vocabulary), [params, vocabulary]);
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const setState = useCallback<SetListState>(
    (update, options) => {
      const next = update(latest.current);
      latest.current = next;
      setParams(new URLSearchParams(toListSearch(next)), { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [setParams],
  );
  return { state, notices, setState };
}
