import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type SetUrlState<State> = (update: (current: State) => State, options?: { replace?: boolean }) => void;

/**
 * A view's state that lives only in the URL: read through its parser, written through its printer.
 * Updates are functions of the latest state written, not of the last render: React Router commits
 * navigations in a transition, so two quick changes (pick a person, then a publisher) would otherwise
 * build the second URL from a state that no longer holds, dropping the first change.
 */
export function useUrlState<State>(parse: (params: URLSearchParams) => { state: State; notices: string[] }, print: (state: State) => string) {
  const [params, setParams] = useSearchParams();
  const { state, notices } = useMemo(() => parse(params), [parse, params]);
  const latest = useRef(state);
  // React Router makes a new setter whenever the address changes; the one kept here is always the latest,
  // so setState stays the same function for the life of the view and controls memoised on it skip a render.
  const latestSetParams = useRef(setParams);
  useLayoutEffect(() => {
    latest.current = state;
    latestSetParams.current = setParams;
  }, [state, setParams]);
  const setState = useCallback<SetUrlState<State>>(
    (update, options) => {
      const next = update(latest.current);
      latest.current = next;
      latestSetParams.current(new URLSearchParams(print(next)), { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [print],
  );
  return { state, notices, setState };
}
