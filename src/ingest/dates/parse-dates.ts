import * as chrono from 'chrono-node';
import { toIsoDate, weekdayOf } from '../calendar-days.ts';
import { BACKGROUND_AFTER_CUES, BACKGROUND_CUES, EARLIER_CUES, FUTURE_CUES, IMMINENT_CUES, SCHEDULE_CUES } from '../lexicon/date-cues.ts';

/** A calendar day written in the text ("2 June", "Sep 24, 2025", "29.12.2025"), as chrono reads it. */
export interface WrittenDate {
  month: number;
  day: number;
  /** null when the text names no year ("June 2"); the page decides it later */
  year: number | null;
  /** the weekday written with it ("Monday, June 2"), when there is one */
  weekday: number | null;
  /** true for the start of a span ("from 20 to 30 June"), which reports no single past day */
  isRange: boolean;
  /** the day of an earlier event the report looks back on ("had filed on 2 May", "since 3 March", a date inside a quotation), not the page's own day */
  isBackground: boolean;
  /** true when a future or schedule cue precedes it in its clause ("will meet on 3 May", "the final takes place on 3 May") */
  isAhead: boolean;
  text: string;
  index: number;
}

/** A weekday written without a calendar day ("on Tuesday", "late on Friday", "Sunday evening"). */
export interface WeekdayMention {
  weekday: number;
  isAhead: boolean;
  /** a cue places it before the day reported ("had warned on Thursday") */
  isEarlier: boolean;
  text: string;
  index: number;
}

/** The story's calendar sits in one year; a reference there makes chrono's guesses harmless (the year is decided per page). */
const REFERENCE = new Date(2025, 6, 1, 12);
/** The cues of a list as one alternation, each space any run of white space. */
const anyCue = (cues: readonly string[]) => cues.map((cue) => cue.replace(/ /g, '\\s+')).join('|');
/**
 * A cue of a list standing in the same clause, at most 60 characters before a point of the text, or
 * just before it across a comma or bracket that sets the point off ("tomorrow, 14 May", "if, on 3 May").
 */
const cueBefore = (cues: readonly string[]) => new RegExp(`\\b(?:${anyCue(cues)})\\b(?:[^,;:.!?]{0,60}|\\s*[,(]\\s*)$`, 'i');
const FUTURE_IN_CLAUSE = cueBefore(FUTURE_CUES);
const DATE_AHEAD_IN_CLAUSE = cueBefore([...FUTURE_CUES, ...SCHEDULE_CUES]);
const IMMINENT_IN_CLAUSE = cueBefore(IMMINENT_CUES);
const EARLIER_IN_CLAUSE = cueBefore(EARLIER_CUES);
const BACKGROUND_IN_CLAUSE = cueBefore([...EARLIER_CUES, ...BACKGROUND_CUES]);
/** A cue of a list in the same clause, at most 60 characters after a point of the text. */
const BACKGROUND_AFTER_IN_CLAUSE = new RegExp(`^[^,;:.!?]{0,60}\\b(?:${anyCue(BACKGROUND_AFTER_CUES)})\\b`, 'i');
/** Pages in Russian or Ukrainian (or with such lines) get chrono's locales for them as well as English. */
const CYRILLIC = /\p{Script=Cyrillic}/u;
const parsersFor = (text: string) => (CYRILLIC.test(text) ? [chrono.strict, chrono.ru.strict, chrono.uk.strict] : [chrono.strict]);

/** Results of every parser for the text, left to right, one per position. */
const parsed = new Map<string, chrono.ParsedResult[]>();
const MAX_REMEMBERED = 20_000;

function parseAll(text: string): chrono.ParsedResult[] {
  // Every date the strict parsers read has a digit in it (a day, a year); chrono is the costly part of the stage.
  if (!/\d/.test(text)) return [];
  // The same sentence is read for several bounds; remember its results (a pure function of the text).
  const known = parsed.get(text);
  if (known) return known;
  if (parsed.size > MAX_REMEMBERED) parsed.clear();
  const results = parseAllOnce(text);
  parsed.set(text, results);
  return results;
}

function parseAllOnce(text: string): chrono.ParsedResult[] {
  const results = parsersFor(text).flatMap((parser) => parser.parse(text, REFERENCE));
  const byIndex = new Map<number, chrono.ParsedResult>();
  for (const result of results) if (!byIndex.has(result.index)) byIndex.set(result.index, result);
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** chrono reads "from 2 to 9 May" as one span but "between 2 May and 9 May" as two dates: both ends of a span report no single day. */
const SPAN_OPENER = /\b(?:between|from)\s+$/i;
const SPAN_JOINER = /^\s*(?:and|to|until|till|[–-])\s*$/i;
/** "runs through 11 March", "until 4 May": the end of a span still running, not a day reported as past. */
const SPAN_CLOSER = /\b(?:through|until|till)\s+$/i;
function spanEnds(text: string, results: readonly chrono.ParsedResult[]): Set<number> {
  const ends = new Set<number>();
  results.forEach((result, i) => {
    if (SPAN_CLOSER.test(text.slice(0, result.index))) ends.add(result.index);
    const next = results[i + 1];
    if (!next || !SPAN_OPENER.test(text.slice(0, result.index))) return;
    if (!SPAN_JOINER.test(text.slice(result.index + result.text.length, next.index))) return;
    ends.add(result.index).add(next.index);
  });
  return ends;
}

/** All-digit day-first forms ("29.12.2025", "28-07-2025"): chrono's British parser reads them day first. */
const NUMERIC_DAY_FIRST = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/;

/**
 * True when `index` stands inside a quotation: an opening mark before it is not closed yet, or (a
 * sentence of a quotation that opened in an earlier sentence) a closing mark follows it first.
 */
export function isInQuotation(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const count = (part: string, mark: RegExp) => part.match(mark)?.length ?? 0;
  const opens = count(before, /[“«„]/g);
  const closes = count(before, /[”»]/g);
  if (opens > closes || count(before, /"/g) % 2 === 1) return true;
  return opens === closes && /^[^“”«»„]*[”»]/.test(text.slice(index));
}

/** True when the words just before `index` make what follows a plan rather than a report. */
export function isLookingAhead(text: string, index: number): boolean {
  return FUTURE_IN_CLAUSE.test(text.slice(0, index));
}

/** True when the words just before `index` have the subject travelling to what follows ("en route to …"). */
export function isImminent(text: string, index: number): boolean {
  return IMMINENT_IN_CLAUSE.test(text.slice(0, index));
}

/**
 * Every calendar day written in a text, with its day and month certain.
 * @example findWrittenDates('On Monday, June 2, talks resumed.')[0] // { month: 6, day: 2, year: null, weekday: 1, … }
 */
export function findWrittenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  const results = parseAll(text);
  const inSpan = spanEnds(text, results);
  for (const result of results) {
    // "a day earlier", "for 30 days": a span between events, not a day of the calendar.
    if (result.tags().has('result/relativeDate')) continue;
    const start = readDayFirst(result.text.trim()) ?? result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    const year = start.isCertain('year') ? (start.get('year') ?? null) : null;
    // "9/11", "24/7": all digits and no year is a name or a ratio far more often than a day.
    if (year === null && /^\d{1,2}[./-]\d{1,2}$/.test(result.text.trim())) continue;
    // "04/05/2031" is 4 May in Europe and April 5 in the US: with slashes and both parts possible
    // months, the day is not certain (dots and dashes are read day first, as where they are used).
    if (isAmbiguousNumeric(result.text.trim())) continue;
    found.push({
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
      year,
      weekday: start.isCertain('weekday') ? (start.get('weekday') ?? null) : null,
      isRange: (result.end !== undefined && result.end !== null) || inSpan.has(result.index),
      // chrono takes a leading "on" into the date: "the final is on 13 July" has its cue before it.
      isAhead: DATE_AHEAD_IN_CLAUSE.test(text.slice(0, result.index + (/^on\s+/i.exec(result.text)?.[0].length ?? 0))),
      isBackground: BACKGROUND_IN_CLAUSE.test(text.slice(0, result.index)) || BACKGROUND_AFTER_IN_CLAUSE.test(text.slice(result.index + result.text.length)) || isInQuotation(text, result.index),
      text: result.text.trim(),
      index: result.index,
    });
  }
  return found;
}

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/;
function isAmbiguousNumeric(text: string): boolean {
  const [, first, second] = SLASHED.exec(text) ?? [];
  return first !== undefined && second !== undefined && Number(first) <= 12 && Number(second) <= 12 && Number(first) !== Number(second);
}

function readDayFirst(text: string): chrono.ParsedComponents | null {
  if (!NUMERIC_DAY_FIRST.test(text)) return null;
  return chrono.en.GB.parse(text, REFERENCE)[0]?.start ?? null;
}

/** The ISO day of a written date in a given year, or null when the weekday written with it disagrees ("Monday, 3 June" of a year where it is a Tuesday). */
export function isoOfWrittenDate(date: WrittenDate, year: number): string | null {
  const iso = toIsoDate(date.year ?? year, date.month, date.day);
  return date.weekday === null || weekdayOf(iso) === date.weekday ? iso : null;
}

/**
 * Weekdays named without a calendar day, read by chrono's casual parser.
 * @example findWeekdayMentions('He spoke late on Tuesday.')[0]?.weekday // 2
 */
export function findWeekdayMentions(text: string): WeekdayMention[] {
  return chrono.casual
    .parse(text, REFERENCE)
    .filter((result) => result.start.isCertain('weekday') && !result.start.isCertain('day'))
    .map((result) => ({
      weekday: result.start.get('weekday') ?? 0,
      isAhead: isLookingAhead(text, result.index),
      isEarlier: EARLIER_IN_CLAUSE.test(text.slice(0, result.index)),
      text: result.text.trim(),
      index: result.index,
    }));
}
