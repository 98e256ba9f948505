import { describe, expect, test } from 'vitest';
import { inferPublicationDate, type CutLine } from './infer-date.ts';

const cut = (...texts: string[]): CutLine[] => texts.map((text, index) => ({ text, reason: 'date line', start: index * 40 }));
const matchReport = ['Rovers came from behind to beat United 2-1 on Saturday.', 'The winner came late on Saturday, a week after the sides drew on 1 March 2031.'];
const courtRuling = ['The supreme court struck down the tram levy on Tuesday.', 'The city had appealed on 12 January 2032.'];

describe('inferPublicationDate', () => {
  test.each([
    ['a publication line', cut('Published Sat, Mar 8, 2031 · 09:40 PM'), '2031-03-08', /from the page's publication line "Published Sat, Mar 8, 2031/],
    ['a day-first publication line', cut('Publication: 08.03.2031'), '2031-03-08', /publication line/],
    ['an update line', cut('Updated at: 9 March 2031, 10:02'), '2031-03-09', /update line/],
    ['the storing tool stamp', cut(' date 2031-03-08'), '2031-03-08', /date stamp the storing tool/],
    ['a date and time line', cut('Mar 8, 2031 10:58 PM CET'), '2031-03-08', /date line near the top/],
    ['a byline run into its date', cut('ANA PEREIRASaturday, 8 March 2031, 22:10'), '2031-03-08', /date line/],
    ['an outlet run into its date', cut('Sportwire08-03-2031'), '2031-03-08', /date line/],
  ])('dates a match report from %s among the cut lines', (_, cutLines, day, basis) => {
    expect(inferPublicationDate(matchReport, { cutLines })).toEqual({ publishedOn: day, dateBasis: expect.stringMatching(basis) });
  });

  test('finds the evidence in the first body lines when the segmenter kept them', () => {
    expect(inferPublicationDate([' date 2032-02-03 Courts', ...courtRuling]).publishedOn).toBe('2032-02-03');
    expect(inferPublicationDate(['Tram levy struck down', 'Feb 3, 2032 08:15 AM', ...courtRuling]).publishedOn).toBe('2032-02-03');
  });

  test('takes a wire dateline when nothing states the date', () => {
    const result = inferPublicationDate(['BERN, February 3 (Courtwire) — The supreme court struck down the tram levy.', ...courtRuling]);
    expect(result).toEqual({ publishedOn: '2032-02-03', dateBasis: expect.stringMatching(/dateline .*names no year, so 2032, the year of the page's own dates/) });
  });

  test('a publication line beats the inference from the body', () => {
    expect(inferPublicationDate(courtRuling, { cutLines: cut('Published 4 February 2032') }).publishedOn).toBe('2032-02-04');
  });

  test('refuses a date when the date lines disagree', () => {
    const result = inferPublicationDate(matchReport, { cutLines: cut(' date 2031-03-08', 'Mar 20, 2031 10:58 PM') });
    expect(result).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: the page's date lines disagree/) });
  });

  test('refuses a date line older than what the text reports as past', () => {
    const result = inferPublicationDate(['Mar 2, 2031  |', 'The court ruled on 9 March 2031.']);
    expect(result).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: 2 March 2031, from the date line .* but the text reports "on 9 March 2031" \(9 March 2031\) as past\.$/) });
  });

  test('reads the bare dates of the text in the year of the date line', () => {
    expect(inferPublicationDate(['Wednesday, October 14, 2037', 'The ferry company had written to the port on September 30.']).publishedOn).toBe('2037-10-14');
  });

  test('an update line alone gives way when the text pins an earlier day', () => {
    const ruling = ['The supreme court struck down the tram levy on 10 March 2031.', 'The mayor said the city would look for other money.'];
    expect(inferPublicationDate(ruling, { cutLines: cut('Updated 18 March 2031') })).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: 18 March 2031, from the page's update line .* but the text itself points to 10 March 2031/) });
    expect(inferPublicationDate(ruling, { cutLines: cut('Updated 11 March 2031') }).publishedOn).toBe('2031-03-11');
    expect(inferPublicationDate(ruling, { cutLines: cut('Published 18 March 2031') }).publishedOn).toBe('2031-03-18');
  });

  test('an update a few days after the publication line is no conflict', () => {
    expect(inferPublicationDate(matchReport, { cutLines: cut('Published 8 March 2031', 'Updated 12 March 2031') }).publishedOn).toBe('2031-03-08');
  });

  test('without a date line, a court ruling reported by weekday after a past date has no day', () => {
    const page = ['The supreme court struck down the tram levy on Tuesday.', 'The city appealed on 12 January 2032.'];
    expect(inferPublicationDate(page)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: the text names 12 January 2032 as past and also Tuesday/) });
    // "had appealed" is an earlier event: a lower bound only.
    expect(inferPublicationDate(courtRuling)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: it mentions "on 12 January 2032" as past, which only bounds the day from below/) });
  });

  test('ignores teaser lines far down the cut lines', () => {
    const teasers = Array.from({ length: 20 }, (_, index) => ({ text: `Teaser ${index}`, reason: 'teaser', start: index * 10 }));
    const late = { text: 'Published 1 January 2020', reason: 'teaser', start: 5000 };
    expect(inferPublicationDate(courtRuling, { cutLines: [...teasers, late] }).publishedOn).toBeNull();
  });
});
