import { ANCHOR_EVENTS, STORY_YEAR, type AnchorEventDefinition } from './anchor-events.ts';
import { addDays, formatLongDate } from './calendar-days.ts';
import { collectEvidence, latest } from './dates/collect-evidence.ts';
import { inferFromEvidence, type InferredDate } from './dates/infer-from-text.ts';
import { findPublicationLines, KIND_RANK, type PublicationLine } from './dates/publication-lines.ts';

export type { InferredDate } from './dates/infer-from-text.ts';

/** A line the segmenter cut as chrome, kept for the evidence it may carry (a publication line, a date stamp). */
export interface CutLine {
  text: string;
  reason: string;
  /** offset in the source */
  start: number;
}

export interface DateEvidence {
  cutLines?: readonly CutLine[];
  /** the story's calendar (the lexicon's events); the built-in calendar when left out */
  events?: readonly AnchorEventDefinition[];
}

/** Publication lines sit at the top: the first cut lines and the first body paragraphs, whichever the segmenter kept. */
const TOP_CUT_LINES = 15;
const TOP_PARAGRAPHS = 6;

const HOW_STATED: Record<PublicationLine['kind'], string> = {
  published: "the page's publication line",
  stamp: 'the date stamp the storing tool put before the text',
  'dated-line': 'the date line near the top',
  updated: "the page's update line (no publication line was found)",
  dateline: 'the dateline of the report (same-day publication assumed)',
};

/** Lines that state a date strongly enough to disagree with the best one: an update or a wire dateline may lag or lead by a day. */
const isFirm = (line: PublicationLine) => KIND_RANK[line.kind] <= KIND_RANK['dated-line'];
const daysApart = (a: string, b: string) => a > addDays(b, 1) || b > addDays(a, 1);

function dateFromLines(lines: readonly PublicationLine[], pageYear: number | null): InferredDate | null {
  const [best] = lines;
  if (!best) return null;
  const rival = isFirm(best) ? lines.find((line) => isFirm(line) && daysApart(line.date, best.date)) : undefined;
  if (rival) {
    return { publishedOn: null, dateBasis: `No date: the page's date lines disagree ("${best.text}" gives ${formatLongDate(best.date)}, "${rival.text}" gives ${formatLongDate(rival.date)}).` };
  }
  const yearNote = best.yearAssumed ? `; it names no year, so ${best.date.slice(0, 4)}, ${pageYear === null ? "the story's year" : "the year of the page's own dates"}, is assumed` : '';
  return { publishedOn: best.date, dateBasis: `${formatLongDate(best.date)}, from ${HOW_STATED[best.kind]} "${best.text}"${yearNote}.` };
}

/**
 * Dates an article the way a careful reader would: a line that states the page's date (publication
 * or update line, the storing tool's stamp, a date-and-time line, a wire dateline), found among the
 * lines cut as chrome and the first body lines, beats inference; otherwise the body's dates,
 * weekdays and known events are solved together (see `inferFromText`). When the evidence is weak or
 * disagrees, `publishedOn` is null and `dateBasis` says why.
 * @example inferPublicationDate(['The club signed the striker on Friday.'], { cutLines: [{ text: 'Published 3 May 2024, 09:12', reason: 'date line', start: 0 }] }).publishedOn // '2024-05-03'
 */
export function inferPublicationDate(paragraphs: readonly string[], evidence: DateEvidence = {}): InferredDate {
  const cutTexts = [...(evidence.cutLines ?? [])].sort((a, b) => a.start - b.start).slice(0, TOP_CUT_LINES).map((line) => line.text);
  const calendar = evidence.events ?? ANCHOR_EVENTS;
  const body = collectEvidence(paragraphs, STORY_YEAR, calendar);
  const lines = findPublicationLines([...cutTexts, ...paragraphs.slice(0, TOP_PARAGRAPHS)], body.pageYear ?? STORY_YEAR);
  const stated = dateFromLines(lines, body.pageYear);
  if (!stated?.publishedOn) return stated ?? inferFromEvidence(body);
  // A line that dates the page before what its own text reports as past is a masthead or a stale
  // stamp; a bare "June 2" of the text is read in the line's year.
  const reported = latest(collectEvidence(paragraphs, Number(stated.publishedOn.slice(0, 4)), calendar).pastDates);
  if (reported && reported.day > addDays(stated.publishedOn, 1)) {
    return { publishedOn: null, dateBasis: `No date: ${stated.dateBasis.replace(/\.$/, '')}, but the text reports ${reported.said} (${formatLongDate(reported.day)}) as past.` };
  }
  // An update line is a revision's date, on or after the publication: when the text itself pins an
  // earlier day, the page was first published somewhere between the two.
  if (lines[0]?.kind === 'updated') {
    const fromText = inferFromEvidence(body);
    if (fromText.publishedOn && fromText.publishedOn < addDays(stated.publishedOn, -1)) {
      return { publishedOn: null, dateBasis: `No date: ${stated.dateBasis.replace(/\.$/, '')}, but the text itself points to ${formatLongDate(fromText.publishedOn)}; the first publication lies somewhere between.` };
    }
  }
  return stated;
}
