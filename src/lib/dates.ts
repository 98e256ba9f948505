const DAY_MS = 86_400_000;

/**
 * en-GB's short months, as Intl.DateTimeFormat('en-GB', { month: 'short' }) writes them ("Sept" too).
 * The two fixed formats of the list are written by hand: Chromium takes 30–45 ms to make its first
 * DateTimeFormat (measured here), and the first view paints a date on every row. Ranges, which only
 * lazy views show, still use Intl.
 */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
let rangeFormat: Intl.DateTimeFormat | undefined;

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** `2025-06-24` → `24 Jun 2025`; dates are calendar days, so UTC keeps them from shifting by time zone. */
export function formatDate(iso: string): string {
  return `${formatShortDate(iso)} ${Number(iso.slice(0, 4))}`;
}

/** `24–25 Jun 2025`, `30 Jun – 2 Jul 2025`, or one date when both are the same day (Intl's own range format). */
export function formatDateRange(from: string, to: string): string {
  rangeFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return from === to ? formatDate(from) : rangeFormat.formatRange(toUtc(from), toUtc(to));
}

/** True for a real calendar day as YYYY-MM-DD (2025-02-30 matches the shape but is no day). */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const day = toUtc(iso);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso;
}

export function formatShortDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]}`;
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export type DateBin = { key: string; start: string; end: string; label: string };

/**
 * Consecutive bins covering [from, to]: days for a few months, weeks (from Monday) for a few years, months beyond.
 * Bins are keyed by their first day so events and filters can be placed on the same axis.
 */
export function dateBins(from: string, to: string): DateBin[] {
  const span = daysBetween(from, to);
  const bins: DateBin[] = [];
  if (span <= 120) {
    for (let day = from; day <= to; day = addDays(day, 1)) bins.push({ key: day, start: day, end: day, label: formatShortDate(day) });
  } else if (span <= 3 * 365) {
    const weekday = (toUtc(from).getUTCDay() + 6) % 7;
    for (let start = addDays(from, -weekday); start <= to; start = addDays(start, 7)) {
      bins.push({ key: start, start, end: addDays(start, 6), label: formatShortDate(start) });
    }
  } else {
    for (let start = `${from.slice(0, 7)}-01`; start <= to; ) {
      const date = toUtc(start);
      const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
      bins.push({ key: start, start, end: addDays(next, -1), label: start.slice(0, 7) });
      start = next;
    }
  }
  return bins;
}

/** The bin holding a date, by binary search (bins are sorted and contiguous). */
export function binOf(bins: readonly DateBin[], iso: string): DateBin | undefined {
  let low = 0;
  let high = bins.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bin = bins[middle]!;
    if (iso < bin.start) high = middle - 1;
    else if (iso > bin.end) low = middle + 1;
    else return bin;
  }
  return undefined;
}

/** Counts dated items per bin, padding the range by a day either side so single-day corpora still draw a chart. */
export function countByBin(dates: readonly string[], extra: readonly string[] = []): { bins: DateBin[]; counts: Map<string, number> } {
  const all = [...dates, ...extra].sort();
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return { bins: [], counts: new Map() };
  const bins = dateBins(addDays(first, -1), addDays(last, 1));
  const counts = new Map<string, number>(bins.map((bin) => [bin.key, 0]));
  for (const date of dates) {
    const bin = binOf(bins, date);
    if (bin) counts.set(bin.key, (counts.get(bin.key) ?? 0) + 1);
  }
  return { bins, counts };
}

/** Today in the reader's own time zone, as YYYY-MM-DD (a citation's "accessed" date). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
