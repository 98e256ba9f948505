import { useState } from 'react';

/**
 * The first `step` items, and a way to reveal `step` more: long lists (a speaker's thousands of quotes,
 * thousands of datasets) render in pieces so a page stays responsive as the corpus grows.
 */
export function useIncrementalList<Item>(items: readonly Item[], step: number) {
  const [limit, setLimit] = useState(step);
  return { visible: items.slice(0, limit), remaining: Math.max(0, items.length - limit), showMore: () => setLimit((value) => value + step) };
}
