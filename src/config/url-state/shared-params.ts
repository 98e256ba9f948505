/**
 * The parameters the list and the quotes explorer read alike: a date range, a search text, and lists
 * of ids whose bad entries become a capped run of notices. Each helper reads from the params, appends
 * what it could not use to `notices`, and returns what it could.
 */
import { isCalendarDate } from '#src/lib/dates.ts';
import { MAX_NAMED_UNKNOWN_KEYS } from './unknown-keys.ts';

export const MAX_QUERY_LENGTH = 200;

/** Notices quote what the reader typed; keep them short so a pasted essay cannot flood the page. */
export function quoteValue(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
}

/** `?from=…&to=…`, inclusive, real calendar days only, put in order when given backwards. */
export function readDateRange(params: URLSearchParams, notices: string[]): { from: string | null; to: string | null } {
  const range: { from: string | null; to: string | null } = { from: null, to: null };
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (isCalendarDate(value)) range[key] = value;
    else notices.push(`Ignored ${key}=${quoteValue(value)}: dates are written YYYY-MM-DD.`);
  }
  if (range.from && range.to && range.from > range.to) {
    notices.push(`Swapped the dates: ${range.from} is after ${range.to}.`);
    return { from: range.to, to: range.from };
  }
  return range;
}

/** A search text as the address keeps it: trimmed and cut to MAX_QUERY_LENGTH. */
export function searchTextOf(typed: string): string {
  return typed.trim().slice(0, MAX_QUERY_LENGTH);
}

/** `?q=…`, trimmed and cut to MAX_QUERY_LENGTH with a notice. */
export function readSearchText(params: URLSearchParams, notices: string[]): string {
  const q = params.get('q') ?? '';
  if (q.trim().length > MAX_QUERY_LENGTH) notices.push(`Shortened the search text to ${MAX_QUERY_LENGTH} characters.`);
  return searchTextOf(q);
}

/** Every value of a repeatable, comma-separated key (`?person=a,b&person=c`), trimmed, empties dropped. */
export function listValues(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** Like unknown keys, a pasted list of bad ids must not become a wall of notices: a few by name, then a count. */
export function pushCapped(notices: string[], items: readonly string[], noun: string): void {
  notices.push(...items.slice(0, MAX_NAMED_UNKNOWN_KEYS));
  if (items.length > MAX_NAMED_UNKNOWN_KEYS) notices.push(`Ignored ${(items.length - MAX_NAMED_UNKNOWN_KEYS).toLocaleString('en')} more ${noun}.`);
}
