import * as chrono from 'chrono-node';
import { ANCHOR_EVENTS, STORY_YEAR } from './anchor-events.ts';
import { addDays, formatLongDate, lastWeekdayOnOrBefore, toIsoDate } from './calendar-days.ts';
import { splitSentences } from './text-lines.ts';

/** A line the segmenter cut as chrome, kept for the evidence it may carry (a publication line, a date stamp). */
export interface CutLine {
  text: string;
  reason: string;
  /** offset in the source */
  start: number;
}

export interface DateEvidence {
  cutLines?: readonly CutLine[];
}

export interface InferredDate {
  publishedOn: string | null;
  dateBasis: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_MENTION = /\b(?:on|last|this|since|from|until)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** Words that put a sentence's event after the moment of writing. */
const UPCOMING = /\b(?:will|would|shall|is set to|are set to|set to|scheduled|planned|plans to|expected to|en route to|ahead of|heading to|upcoming|next week|next month|to take place|preparing)\b/i;

interface Bound {
  date: string;
  why: string;
  yearAssumed?: boolean;
}
/** A future verb shortly before a date or weekday makes it a plan ("will meet on Tuesday", "is to be held from …"), not a report. */
const FUTURE_BEFORE_WEEKDAY = /\b(?:will|would|shall|set to|scheduled|planned|plans to|expected to|next|is to be|are to be|to be held|due to)\b[^,;]{0,40}$/i;
/** Only day-and-month dates count: "24 hours ago" or "in the second half" are no calendar dates. */
const MONTH_OR_NUMERIC_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/i;

interface ExplicitDate {
  month: number;
  day: number;
  /** null when the text names no year ("June 2") */
  year: number | null;
  text: string;
  index: number;
}

/** Day-and-month dates in a sentence, found once; the year of a bare "June 2" is decided later, per page. */
function explicitDates(sentence: string): ExplicitDate[] {
  const found: ExplicitDate[] = [];
  for (const result of chrono.strict.parse(sentence, new Date(Date.UTC(STORY_YEAR, 6, 1)))) {
    if (!result.start.isCertain('day') || !result.start.isCertain('month') || !MONTH_OR_NUMERIC_DATE.test(result.text)) continue;
    const year = result.start.isCertain('year') ? (result.start.get('year') ?? null) : null;
    found.push({ month: result.start.get('month') ?? 1, day: result.start.get('day') ?? 1, year, text: result.text.trim(), index: result.index });
  }
  return found;
}

function isoOf(found: ExplicitDate, defaultYear: number): string {
  return toIsoDate(found.year ?? defaultYear, found.month, found.day);
}

/** A list of sources ("— Edmonton Sun, August 16, 2008") dates the sources, not this page. */
function isSourceList(paragraph: string): boolean {
  return /^[—–-]\s/.test(paragraph);
}

/** A line near the top that is only a full date ("Tuesday, September 22, 2015") is the page's own dateline. */
function findDateline(paragraphs: readonly string[]): { date: string; text: string } | null {
  for (const paragraph of paragraphs.slice(0, 4)) {
    const text = paragraph.trim();
    if (text.length > 60) continue;
    const [found] = explicitDates(text).filter((date) => date.year !== null);
    if (found && found.text.length >= text.replace(/[\s,.]+$/, '').length * 0.6) return { date: isoOf(found, STORY_YEAR), text };
  }
  return null;
}

/** The year a page's own full dates give, so a bare "June 2" is read in it rather than in the story's year. */
function yearOfPage(dates: readonly ExplicitDate[]): number | null {
  const years = new Map<number, number>();
  for (const { year } of dates) if (year !== null) years.set(year, (years.get(year) ?? 0) + 1);
  const ranked = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

/**
 * Dates an article from what its own text says, the way a careful reader would: explicit dates
 * and mentions of known events bound the publication day; weekdays ("on Tuesday"), read in the
 * past-tense sense news uses, pick the day within those bounds.
 * @example inferPublicationDate(['Trump met Putin in Alaska on Friday.', 'He spoke on Tuesday.']).publishedOn // '2025-08-19'
 */
export function inferPublicationDate(paragraphs: readonly string[], _evidence: DateEvidence = {}): InferredDate {
  const lower: Bound[] = [];
  const upper: Bound[] = [];
  const weekdays = new Map<number, string>();
  const dateline = findDateline(paragraphs);
  if (dateline) return { publishedOn: dateline.date, dateBasis: `${formatLongDate(dateline.date)}: the page's dateline ("${dateline.text}").` };
  const sentences = paragraphs
    .filter((paragraph) => !isSourceList(paragraph))
    .flatMap((paragraph) => splitSentences(paragraph).map((span) => paragraph.slice(span.start, span.end)))
    .map((sentence) => ({ sentence, dates: explicitDates(sentence) }));
  const pageYear = yearOfPage(sentences.flatMap(({ dates }) => dates));
  const defaultYear = pageYear ?? STORY_YEAR;

  for (const { sentence, dates } of sentences) {
    const upcoming = UPCOMING.test(sentence);
    for (const event of ANCHOR_EVENTS) {
      if (!event.mentions.test(sentence) || event.excludes?.test(sentence)) continue;
      // A page whose own dates are of earlier years speaks of an older event of the same name.
      if (pageYear !== null && Number(event.start.slice(0, 4)) > pageYear) continue;
      if (upcoming) {
        lower.push({ date: addDays(event.start, -2), why: `it speaks of the ${event.label} (${formatLongDate(event.start)}) as ahead` });
        upper.push({ date: event.end, why: `it speaks of the ${event.label} as not yet over` });
      } else {
        lower.push({ date: event.start, why: `it mentions the ${event.label} (${formatLongDate(event.start)}) as past` });
      }
    }
    for (const found of dates) {
      const future = FUTURE_BEFORE_WEEKDAY.test(sentence.slice(0, found.index));
      const bound = { date: isoOf(found, defaultYear), yearAssumed: found.year === null && pageYear === null };
      if (future) upper.push({ ...bound, why: `it looks ahead to "${found.text}"` });
      else lower.push({ ...bound, why: `it reports "${found.text}" as past` });
    }
    for (const match of sentence.matchAll(WEEKDAY_MENTION)) {
      const weekday = WEEKDAYS.indexOf(match[1]!.toLowerCase());
      const future = FUTURE_BEFORE_WEEKDAY.test(sentence.slice(0, match.index));
      if (!future && !weekdays.has(weekday)) weekdays.set(weekday, match[1]!);
    }
  }

  const latestLower = lower.reduce<Bound | null>((best, bound) => (best && best.date >= bound.date ? best : bound), null);
  const earliestUpper = upper.reduce<Bound | null>((best, bound) => (best && best.date <= bound.date ? best : bound), null);
  const yearNoteFor = (bound: Bound | null) =>
    bound?.yearAssumed ? `; the page names no year, so ${STORY_YEAR}, the story's year, is assumed` : '';

  if (!latestLower && !earliestUpper) {
    return { publishedOn: null, dateBasis: 'No date could be inferred: the text names no date and no known event.' };
  }
  if (!latestLower && earliestUpper) {
    return {
      publishedOn: earliestUpper.date,
      dateBasis: `On or before ${formatLongDate(earliestUpper.date)}: ${earliestUpper.why}${yearNoteFor(earliestUpper)}.`,
    };
  }
  const from = latestLower!;
  const limit = earliestUpper && earliestUpper.date >= from.date ? earliestUpper.date : addDays(from.date, 7);
  const mentioned = [...weekdays.keys()];
  for (let day = from.date; day <= limit; day = addDays(day, 1)) {
    if (mentioned.length === 0) break;
    if (mentioned.every((weekday) => lastWeekdayOnOrBefore(day, weekday) >= from.date)) {
      const names = [...weekdays.values()].join(', ');
      return {
        publishedOn: day,
        dateBasis: `${formatLongDate(day)}: not before ${formatLongDate(from.date)}, as ${from.why}; the first day after which every weekday it names in the past tense (${names}) falls on or after that${yearNoteFor(from)}.`,
      };
    }
  }
  return {
    publishedOn: from.date,
    dateBasis: `On or after ${formatLongDate(from.date)}: ${from.why}${yearNoteFor(from)}.`,
  };
}

const AGE = /^(an?|one|\d+|a few|several)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$/i;

/**
 * The date of an article listed under another page with an age ("5 hours ago"): the host page's date
 * less the age, to the day.
 * @example dateFromAge('2 days ago', '2025-06-24') // '2025-06-22'
 */
export function dateFromAge(age: string, hostDate: string): string | null {
  const trimmed = age.trim().toLowerCase();
  if (trimmed === 'yesterday') return addDays(hostDate, -1);
  if (trimmed === 'today' || trimmed === 'just now') return hostDate;
  const match = trimmed.match(AGE);
  if (!match) return null;
  const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : match[1] === 'a few' || match[1] === 'several' ? 3 : 1;
  const unit = match[2]!;
  if (unit.startsWith('sec') || unit.startsWith('min') || unit.startsWith('h')) return hostDate;
  if (unit === 'day') return addDays(hostDate, -count);
  if (unit === 'week') return addDays(hostDate, -7 * count);
  if (unit === 'month') return addDays(hostDate, -30 * count);
  return addDays(hostDate, -365 * count);
}
