import { toIsoDate } from '../calendar-days.ts';
import { findWrittenDates, type WrittenDate } from './parse-dates.ts';
import { PUBLICATION_LABELS, UPDATE_LABELS } from '../lexicon/publication-labels.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';

/** How a line states the page's date, strongest first. */
export type PublicationLineKind = 'published' | 'stamp' | 'dated-line' | 'updated' | 'dateline';

export interface PublicationLine {
  date: string;
  kind: PublicationLineKind;
  text: string;
  /** the dateline named no year, so the page's or the story's year was assumed */
  yearAssumed: boolean;
}

export const KIND_RANK: Record<PublicationLineKind, number> = { published: 0, stamp: 1, 'dated-line': 2, updated: 3, dateline: 4 };

const escape = (label: string) => escapeRegExp(label).replace(/ /g, '\\s+');
const LABEL = (labels: readonly string[]) => new RegExp(`^\\s*(?:${labels.map(escape).join('|')})(?!\\p{L})\\s*:?`, 'iu');
const PUBLISHED = LABEL(PUBLICATION_LABELS);
const UPDATED = LABEL(UPDATE_LABELS);
/** The storing tool's stamp in front of the text (" date 2025-03-14"): a format, not prose. */
const STAMP = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** What may follow a date on a date line: a clock time, a zone, separators ("· 06:19 AM", "10:58 PM IST", "|"). */
const TIME_TAIL = /^[\s,|·•–-]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?[\s,|·•]*$/i;
/** Before a date on a date line only a byline or a weekday may stand: short, no sentence punctuation. */
const SHORT_PREFIX = /^[^.!?"“”:;]{0,40}$/;
/** A wire dateline opens a paragraph with a place in capitals ("OSLO, March 3 (AP) —", "LYON, 4 May. /Agency/."). */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,\s*\p{L}[\p{L}\s.]{1,25})?,\s*$/u;

function withYear(date: WrittenDate | undefined): string | null {
  return date && date.year !== null ? toIsoDate(date.year, date.month, date.day) : null;
}

/** The publication evidence one line carries, if any. */
function readLine(line: string, defaultYear: number): PublicationLine | null {
  const text = line.trim();
  const stamp = STAMP.exec(line);
  if (stamp) return { date: `${stamp[1]}-${stamp[2]}-${stamp[3]}`, kind: 'stamp', text: stamp[0].trim(), yearAssumed: false };
  const label = PUBLISHED.exec(text) ?? UPDATED.exec(text);
  if (label) {
    const date = withYear(findWrittenDates(text.slice(label[0].length))[0]);
    if (!date) return null;
    return { date, kind: PUBLISHED.test(text) ? 'published' : 'updated', text, yearAssumed: false };
  }
  const [first] = findWrittenDates(text);
  if (!first) return null;
  const full = withYear(first);
  if (full && text.length <= 90 && SHORT_PREFIX.test(text.slice(0, first.index)) && TIME_TAIL.test(text.slice(first.index + first.text.length))) {
    return { date: full, kind: 'dated-line', text, yearAssumed: false };
  }
  if (DATELINE_PLACE.test(text.slice(0, first.index))) {
    return { date: toIsoDate(first.year ?? defaultYear, first.month, first.day), kind: 'dateline', text: text.slice(0, first.index + first.text.length), yearAssumed: first.year === null };
  }
  return null;
}

/**
 * The lines of a page that state its own date: a publication or update line, the storing tool's
 * stamp, a date-and-time line (also run into a byline), a wire dateline. Strongest first.
 * @example findPublicationLines(['Published Mon, Mar 3, 2031 · 09:40 AM'], 2031)[0] // { date: '2031-03-03', kind: 'published', … }
 */
export function findPublicationLines(lines: readonly string[], defaultYear: number): PublicationLine[] {
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) => readLine(line, defaultYear))
    .filter((line): line is PublicationLine => line !== null)
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}
