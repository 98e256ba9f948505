import * as chrono from 'chrono-node';
import { toIsoDate } from '../calendar-days.ts';

/** Ages of listed articles ("5 hours ago", "3 months ago", "yesterday"), never a calendar date. */
const AGE = /\bago\b|^(?:yesterday|today|just now)$/i;

/**
 * The date of an article listed under another page with an age: chrono's casual parser reads the
 * age against the host page's date (at noon, so that "5 hours ago" stays on that day, and months
 * are calendar months: "3 months ago" of 24 June is 24 March).
 * @example dateFromAge('2 days ago', '2025-06-24') // '2025-06-22'
 */
export function dateFromAge(age: string, hostDate: string): string | null {
  const trimmed = age.trim();
  if (!AGE.test(trimmed)) return null;
  if (/^just now$/i.test(trimmed)) return hostDate;
  const [year, month, day] = hostDate.split('-').map(Number);
  const reference = new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12);
  const parsed = chrono.casual.parseDate(trimmed, reference);
  if (!parsed) return null;
  return toIsoDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}
