import { expect, test } from 'vitest';
import { addDays, binOf, countByBin, dateBins, formatDate, formatDateRange } from './dates.ts';

test.each([
  ['2025-06-24', '24 Jun 2025'],
  ['2025-01-01', '1 Jan 2025'],
])('formatDate(%s) → %s', (iso, expected) => {
  expect(formatDate(iso)).toBe(expected);
});

test('addDays crosses month ends', () => {
  expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
  expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
});

test.each([
  ['2025-06-01', '2025-06-30', 30, '2025-06-01'],
  ['2025-01-01', '2025-12-31', 53, '2024-12-30'],
  ['2020-01-15', '2025-06-01', 66, '2020-01-01'],
])('dateBins(%s, %s) has %i bins starting %s', (from, to, count, firstKey) => {
  const bins = dateBins(from, to);
  expect(bins).toHaveLength(count);
  expect(bins[0]?.key).toBe(firstKey);
  expect(binOf(bins, to)).toBeDefined();
});

test('countByBin pads a single day and counts it', () => {
  const { bins, counts } = countByBin(['2025-06-24', '2025-06-24']);
  expect(bins.map((bin) => bin.key)).toEqual(['2025-06-23', '2025-06-24', '2025-06-25']);
  expect(counts.get('2025-06-24')).toBe(2);
});

test('countByBin spans the extra dates too, counting only the dates', () => {
  const { bins, counts } = countByBin(['2025-06-24'], ['2025-01-10', '2025-09-01']);
  expect(bins.length).toBeLessThan(60);
  expect(bins[0]!.start <= '2025-01-10' && bins[bins.length - 1]!.end >= '2025-09-01').toBe(true);
  expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(1);
});

test('a date range names the month and year once when they are shared, and one day as a date', () => {
  // ICU versions differ in the spaces around the dash.
  expect(formatDateRange('2025-06-24', '2025-06-25')).toMatch(/^24\s?–\s?25 Jun 2025$/u);
  expect(formatDateRange('2025-06-30', '2025-07-02')).toMatch(/^30 Jun\s?–\s?2 Jul 2025$/u);
  expect(formatDateRange('2025-06-24', '2025-06-24')).toBe('24 Jun 2025');
});

test('the hand-written formats are the ones Intl writes for en-GB, every month', () => {
  const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  for (let month = 1; month <= 12; month++) {
    for (const day of [1, 9, 28]) {
      const iso = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  }
  expect(formatDate('0987-03-04')).toBe('4 Mar 987');
});
