import { describe, expect, test } from 'vitest';
import { matchEvents, type PageSentence } from './match-events.ts';
import { findWeekdayMentions } from './parse-dates.ts';

const sentencesOf = (...texts: string[]): PageSentence[] => texts.map((text) => ({ text, weekdays: findWeekdayMentions(text) }));
const ids = (sentences: PageSentence[], year: number | null = null) => matchEvents(sentences, year).map((matched) => matched.event.id);

describe('matchEvents', () => {
  test('needs every distinctive term of the event', () => {
    expect(ids(sentencesOf('The mayor visited the White House on Monday.'))).toEqual([]);
    expect(ids(sentencesOf('Zelensky joined European leaders at the White House.'))).toEqual(['white-house-meeting-2025-08-18']);
  });

  test('does not take an Oval Office clash for a later meeting with European leaders', () => {
    const clash = sentencesOf('Zelensky and Trump had a heated clash at the Oval Office on Friday.');
    expect(ids(clash)).toEqual(['oval-office-meeting-2025-02-28']);
    expect(matchEvents(clash, null)[0]?.namedDays).toEqual([{ day: '2025-02-28', mention: 'on Friday' }]);
    expect(ids(sentencesOf('European leaders joined Zelensky at the White House, far from the heated Oval Office clash.'))).toEqual(['white-house-meeting-2025-08-18']);
  });

  test('reads an event spoken of as ahead', () => {
    const [matched] = matchEvents(sentencesOf('Leaders will gather at the NATO summit in The Hague.'), null);
    expect(matched?.isAhead).toBe(true);
  });

  test('skips events later than the years the page names', () => {
    expect(ids(sentencesOf('Putin and Trump held talks in Alaska.'), 2019)).toEqual([]);
  });

  test('names no event day for a weekday the event does not fall on', () => {
    expect(matchEvents(sentencesOf('Putin met Trump in Alaska on Monday.'), null)[0]?.namedDays).toEqual([]);
  });
});
