import { addDays, lastWeekdayOnOrBefore } from '../calendar-days.ts';

/**
 * The first day from `start` (at most six days on, and not after `limit`) by which every weekday
 * named as past has come round again since `start`: a report that pins Friday and then says "on
 * Monday" and "on Tuesday" was written on the Tuesday after. Null when no day in reach fits, so the
 * weekdays must be earlier ones.
 * @example settleAfter('2030-04-05', [1, 2], null) // '2030-04-09' (Friday 5 April, then Monday and Tuesday)
 */
export function settleAfter(start: string, weekdays: readonly number[], limit: string | null): string | null {
  const last = limit !== null && limit < addDays(start, 6) ? limit : addDays(start, 6);
  for (let day = start; day <= last; day = addDays(day, 1)) {
    if (weekdays.every((weekday) => lastWeekdayOnOrBefore(day, weekday) >= start)) return day;
  }
  return null;
}
