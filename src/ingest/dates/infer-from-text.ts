import { ANCHOR_EVENTS, STORY_YEAR, type AnchorEventDefinition } from '../anchor-events.ts';
import { addDays, formatLongDate, weekdayOf, WEEKDAY_NAMES } from '../calendar-days.ts';
import { collectEvidence, latest, type DayEvidence, type PageEvidence } from './collect-evidence.ts';
import { settleAfter } from './settle-weekdays.ts';

export interface InferredDate {
  publishedOn: string | null;
  dateBasis: string;
}

const namesOf = (weekdays: readonly number[]) => [...new Set(weekdays)].map((weekday) => WEEKDAY_NAMES[weekday]).join(' and ');
const yearNote = (evidence: DayEvidence) => (evidence.yearAssumed ? `; the page names no year, so ${STORY_YEAR}, the story's year, is assumed` : '');

/**
 * Dates a page from its body when it has no publication line. Past dates and past events bound the
 * day from below, planned ones from above; the day is pinned only by a weekday written with its
 * date ("On Monday, June 2"), by a weekday naming a day of a known event ("met in Alaska on
 * Friday"), by weekdays inside a window of a few days, or by the latest past date when no weekday
 * could point after it. Same-day publication is assumed; anything weaker returns null with the reason.
 * @example inferFromText(['The court ruled on Monday, March 3, 2031.']).publishedOn // '2031-03-03'
 */
export function inferFromText(paragraphs: readonly string[], calendar: readonly AnchorEventDefinition[] = ANCHOR_EVENTS): InferredDate {
  return inferFromEvidence(collectEvidence(paragraphs, STORY_YEAR, calendar));
}

/** inferFromText on evidence already gathered (read in the story's year), for a caller that has it. */
export function inferFromEvidence(evidence: PageEvidence): InferredDate {
  const { lower, upper, eventDays, loose } = evidence;
  // Days of earlier events the text looks back on bound the day from below (in `lower`) but never pin it.
  const pastDates = evidence.pastDates.filter((date) => !date.background);

  const pinned = latest([...pastDates.filter((date) => date.tied), ...eventDays]);
  if (pinned && lower && pinned.day >= lower.day) {
    if (upper && pinned.day > upper.day) return { publishedOn: null, dateBasis: `No date: it reports ${pinned.said} (${formatLongDate(pinned.day)}) as past but looks ahead to ${upper.said}, which ends earlier.` };
    const after = loose.filter((weekday) => weekday !== weekdayOf(pinned.day));
    const settled = after.length > 0 ? settleAfter(pinned.day, after, upper?.day ?? null) : null;
    const why = `${pinned.pins ?? pinned.said}, the latest day it names by weekday`;
    if (settled) return { publishedOn: settled, dateBasis: `${formatLongDate(settled)}: ${why}, and it then reports ${namesOf(after)} as past: the first day by which they have all passed; same-day publication assumed${yearNote(pinned)}.` };
    const earlierNote = after.length > 0 ? `, and the ${namesOf(after)} it names can only be earlier` : ', and nothing it reports is later';
    return { publishedOn: pinned.day, dateBasis: `${formatLongDate(pinned.day)}: ${why}${earlierNote}; same-day publication assumed${yearNote(pinned)}.` };
  }

  if (lower && upper && lower.day <= upper.day && upper.day <= addDays(lower.day, 3) && loose.length > 0) {
    const settled = settleAfter(lower.day, loose, upper.day);
    const window = `not before ${formatLongDate(lower.day)} (${lower.said}) and not after ${formatLongDate(upper.day)} (${upper.said})`;
    if (settled) return { publishedOn: settled, dateBasis: `${formatLongDate(settled)}: ${window}; the first day in that window by which ${namesOf(loose)}, named as past, has passed.` };
    return { publishedOn: null, dateBasis: `No date: ${window}, but ${namesOf(loose)}, named as past, falls in no day of it.` };
  }

  const lastDate = latest(pastDates);
  if (!lastDate) {
    if (lower) return { publishedOn: null, dateBasis: `No date: it mentions ${lower.said} as past, which only bounds the day from below.` };
    if (upper) return { publishedOn: null, dateBasis: `No date: it looks ahead to ${upper.said}, which only bounds the day from above.` };
    return { publishedOn: null, dateBasis: 'No date: the text names no date, no weekday tied to a date and no known event.' };
  }
  if (lower && lower.day > lastDate.day) {
    return { publishedOn: null, dateBasis: `No date: it mentions ${lower.said} as past, later than any date it names, and nothing pins the day.` };
  }
  const after = loose.filter((weekday) => weekday !== weekdayOf(lastDate.day));
  if (after.length > 0) {
    const dates = [...new Set(pastDates.map((date) => formatLongDate(date.day)))].slice(-3).join(', ');
    return { publishedOn: null, dateBasis: `No date: the text names ${dates} as past and also ${namesOf(after)}, which may fall after ${formatLongDate(lastDate.day)}; nothing pins the day.` };
  }
  if (upper && lastDate.day > upper.day) return { publishedOn: null, dateBasis: `No date: it reports ${lastDate.said} as past but looks ahead to ${upper.said}, which is earlier.` };
  return { publishedOn: lastDate.day, dateBasis: `${formatLongDate(lastDate.day)}: the latest day the text reports as past (${lastDate.said}), and no weekday it names points later; same-day publication assumed${yearNote(lastDate)}.` };
}
