import { ANCHOR_EVENTS, STORY_YEAR, type AnchorEventDefinition } from '../anchor-events.ts';
import { addDays, formatLongDate, weekdayOf } from '../calendar-days.ts';
import { splitSentences } from '../text-lines.ts';
import { matchEvents, type MatchedEvent } from './match-events.ts';
import { findWeekdayMentions, findWrittenDates, isoOfWrittenDate, type WeekdayMention, type WrittenDate } from './parse-dates.ts';

export interface DayEvidence {
  day: string;
  /** how a reader would quote it: `"on 22 October"`, `the known event "…" (24 June 2025)` */
  said: string;
  /** why this day is the page's own, when it pins it */
  pins?: string;
  /** the text names no year, so the story's year was assumed */
  yearAssumed?: boolean;
  /** a weekday is written with the date ("Monday, June 2") */
  tied?: boolean;
  /** the day of an earlier event the text looks back on ("had filed on 2 May", a quoted date): a lower bound, never the page's day */
  background?: boolean;
}

/** What a page's body says about when it was written, gathered once for the decision. */
export interface PageEvidence {
  /** the year the page's own full dates give most often, if any */
  pageYear: number | null;
  /** calendar days reported as past (background days too, marked); spans and plans are left out */
  pastDates: DayEvidence[];
  /** the latest day the page must be on or after (a past date or event) */
  lower: DayEvidence | null;
  /** the earliest day the page must be on or before (a planned date or event) */
  upper: DayEvidence | null;
  /** days of known events that a past weekday names */
  eventDays: DayEvidence[];
  /** past weekdays that no date or event explains (and no "had … on Thursday") */
  loose: number[];
}

interface Sentence {
  text: string;
  dates: WrittenDate[];
  weekdays: WeekdayMention[];
}

function readSentences(paragraphs: readonly string[]): Sentence[] {
  return paragraphs
    .flatMap((paragraph) => splitSentences(paragraph).map((span) => paragraph.slice(span.start, span.end)))
    .map((text) => ({ text, dates: findWrittenDates(text), weekdays: findWeekdayMentions(text) }));
}

/** The year the page's own full dates give most often, so a bare "June 2" is read in it. */
function yearOfPage(sentences: readonly Sentence[]): number | null {
  const years = new Map<number, number>();
  for (const { year } of sentences.flatMap((sentence) => sentence.dates)) if (year !== null) years.set(year, (years.get(year) ?? 0) + 1);
  return [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

export const quoted = (text: string) => `"${text.replace(/[\s,;:]+$/, '')}"`;
export const latest = (items: readonly DayEvidence[]) => items.reduce<DayEvidence | null>((best, item) => (best && best.day >= item.day ? best : item), null);
const earliest = (items: readonly DayEvidence[]) => items.reduce<DayEvidence | null>((best, item) => (best && best.day <= item.day ? best : item), null);

function eventBounds(events: readonly MatchedEvent[]) {
  const span = ({ start, end }: MatchedEvent['event']) => (start === end ? formatLongDate(start) : `${formatLongDate(start)} to ${formatLongDate(end)}`);
  const said = (matched: MatchedEvent) => `the known event "${matched.event.label}" (${span(matched.event)})`;
  const past = events.filter((matched) => !matched.isAhead);
  return {
    after: [
      ...past.map((matched) => ({ day: matched.event.start, said: said(matched) })),
      ...events.filter((matched) => matched.isAhead && matched.isImminent).map((matched) => ({ day: addDays(matched.event.start, -1), said: `${said(matched)}, which someone is already travelling to` })),
    ],
    before: events.filter((matched) => matched.isAhead || matched.isImminent).map((matched) => ({ day: matched.event.end, said: `${said(matched)}, spoken of as ahead or under way` })),
    named: past.flatMap((matched) => matched.namedDays.map(({ day, mention }) => ({ day, said: quoted(mention), pins: `the text names ${quoted(mention)}, a day of ${said(matched)}` }))),
  };
}

/**
 * Reads a page body's dates, weekdays and known events into bounds and candidate days. A bare
 * "June 2" is read in the year the page's own full dates give, else in `defaultYear`.
 * @example collectEvidence(['The court ruled on 3 March 2031.']).lower?.day // '2031-03-03'
 */
export function collectEvidence(paragraphs: readonly string[], defaultYear: number = STORY_YEAR, calendar: readonly AnchorEventDefinition[] = ANCHOR_EVENTS): PageEvidence {
  const sentences = readSentences(paragraphs);
  const pageYear = yearOfPage(sentences);
  const year = pageYear ?? defaultYear;
  const written = sentences.flatMap((sentence) => sentence.dates.filter((date) => !date.isRange).map((date) => ({ date, day: isoOfWrittenDate(date, year) })));
  const pastDates = written
    .filter(({ date, day }) => day !== null && !date.isAhead)
    .map(({ date, day }) => ({ day: day!, said: quoted(date.text), tied: date.weekday !== null, background: date.isBackground, pins: `the text reports ${quoted(date.text)} as past`, yearAssumed: date.year === null && pageYear === null }));
  const aheadDates = written.filter(({ date, day }) => day !== null && date.isAhead).map(({ date, day }) => ({ day: day!, said: quoted(date.text) }));
  const events = eventBounds(matchEvents(sentences, pageYear, calendar));
  const eventWeekdays = new Set(events.named.map((named) => weekdayOf(named.day)));
  const loose = sentences
    .flatMap((sentence) => sentence.weekdays)
    .filter((mention) => !mention.isAhead && !mention.isEarlier && !eventWeekdays.has(mention.weekday))
    .map((mention) => mention.weekday);
  return {
    pageYear,
    pastDates,
    lower: latest([...pastDates, ...events.after]),
    upper: earliest([...aheadDates, ...events.before]),
    eventDays: events.named,
    loose,
  };
}
