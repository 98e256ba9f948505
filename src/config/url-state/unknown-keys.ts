import { quoteValue } from './list-search.ts';

/** A few names are enough to recognise a typo; thousands of notices would bury the page (issue 6, point 9). */
export const MAX_NAMED_UNKNOWN_KEYS = 3;

/**
 * One notice for all the query keys a view does not read, naming at most a few.
 * @example unknownKeysNotice(new URLSearchParams('a=1&b=2'), ['q']) // 'Ignored unknown parameters “a”, “b”.'
 */
export function unknownKeysNotice(params: URLSearchParams, knownKeys: readonly string[]): string | null {
  const unknown = [...new Set(params.keys())].filter((key) => !knownKeys.includes(key));
  if (unknown.length === 0) return null;
  if (unknown.length === 1) return `Ignored unknown parameter ${quoteValue(unknown[0]!)}.`;
  const named = unknown.slice(0, MAX_NAMED_UNKNOWN_KEYS).map(quoteValue).join(', ');
  const rest = unknown.length - MAX_NAMED_UNKNOWN_KEYS;
  return rest > 0 ? `Ignored ${unknown.length.toLocaleString('en')} unknown parameters: ${named} and ${rest.toLocaleString('en')} more.` : `Ignored unknown parameters ${named}.`;
}
