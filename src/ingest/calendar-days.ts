/** Weekday names by JavaScript's day number (0 is Sunday), as weekdayOf gives it. */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Whole-day arithmetic on YYYY-MM-DD strings, in UTC so that no time zone shifts a date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The most recent given weekday on or before a date (news says "on Tuesday" of the past week). */
export function lastWeekdayOnOrBefore(isoDate: string, weekday: number): string {
  const back = (weekdayOf(isoDate) - weekday + 7) % 7;
  return addDays(isoDate, -back);
}

/** "12 June 2025" for a reader, from "2025-06-12". */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
