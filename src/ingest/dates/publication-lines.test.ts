import { describe, expect, test } from 'vitest';
import { findPublicationLines } from './publication-lines.ts';

describe('findPublicationLines', () => {
  test.each([
    ['a publication line with weekday and time', 'Published Tue, Mar 4, 2031 · 07:45 AM', '2031-03-04', 'published'],
    ['a day-first publication line', 'Publication: 29.12.2030', '2030-12-29', 'published'],
    ['an update line', 'Updated at: 14 May 2029, 18:02', '2029-05-14', 'updated'],
    ['the storing tool stamp', ' date 2030-06-11 Sport Latest', '2030-06-11', 'stamp'],
    ['a date with a time and a zone', 'Nov 3, 2030 09:15 PM GMT', '2030-11-03', 'dated-line'],
    ['a time and zone before an ISO date', '08:30 UTC+2, 2031-01-17', '2031-01-17', 'dated-line'],
    ['a byline run into its date', 'MARTA KOWALSKAFriday, 9 May 2031, 16:20', '2031-05-09', 'dated-line'],
    ['an agency run into a day-first date', 'Agencia03-07-2030', '2030-07-03', 'dated-line'],
    ['a Russian publication line', 'Опубликовано: 21 апреля 2031, 10:49', '2031-04-21', 'published'],
    ['a Ukrainian update line', 'Оновлено 3 березня 2031 о 10:15', '2031-03-03', 'updated'],
    ['a wire dateline without a year', 'GLASGOW, March 8 (Sportwire) — Rovers came from behind to win.', '2025-03-08', 'dateline'],
  ])('reads %s', (_, line, date, kind) => {
    expect(findPublicationLines([line], 2025)[0]).toMatchObject({ date, kind });
  });

  test('ignores a sentence that merely contains a date', () => {
    expect(findPublicationLines(['The striker signed on 2 June 2030 after a long chase by three clubs.'], 2025)).toEqual([]);
  });

  test('ignores an empty update label', () => {
    expect(findPublicationLines(['Updated at:', 'UpdatedCity council approves the tram budget'], 2025)).toEqual([]);
  });

  test('puts the publication line before a stamp and a dateline', () => {
    const kinds = findPublicationLines(['LYON, May 4. /Agency/.', ' date 2031-05-05', 'Published 4 May 2031'], 2025).map((line) => line.kind);
    expect(kinds).toEqual(['published', 'stamp', 'dateline']);
  });
});
