import type { AnchorEvent } from '../data/contract.ts';

/**
 * Dated events of this story that pages report without a date ("the summit in The Hague", "on
 * Friday in the Oval Office"). Curated data, each with its source. A page is tied to an event only
 * when it holds every one of the event's `terms` and none of its `excludes`; nothing else in the
 * pipeline names an event. Add events here as the story grows.
 */
export interface AnchorEventDefinition extends AnchorEvent {
  /** distinctive terms that together name this event; each must occur on the page. A weekday names one of the event's days only in a sentence holding one of its terms that is not a person's name */
  terms: readonly RegExp[];
  /** a page matching this speaks of another event of the same name (e.g. an earlier round) */
  excludes?: RegExp;
}

export const ANCHOR_EVENTS: readonly AnchorEventDefinition[] = [
  {
    id: 'trump-inauguration-2025',
    label: 'Trump inaugurated for a second term',
    start: '2025-01-20',
    end: '2025-01-20',
    source: 'Wikipedia, "Second inauguration of Donald Trump" (20 January 2025)',
    terms: [/\binaugurat/i, /\bTrump\b/],
  },
  {
    id: 'trump-dictator-post-2025-02-19',
    label: 'Trump calls Zelensky a "dictator" on Truth Social',
    start: '2025-02-19',
    end: '2025-02-19',
    source: 'Reuters, "Trump calls Zelenskiy a dictator", 19 February 2025',
    terms: [/\bdictator\b/i, /\bZelensk/i, /\bTruth Social\b/i],
  },
  {
    id: 'oval-office-meeting-2025-02-28',
    label: 'Trump–Zelensky clash in the Oval Office',
    start: '2025-02-28',
    end: '2025-02-28',
    source: 'Wikipedia, "2025 Trump–Zelenskyy Oval Office meeting" (28 February 2025)',
    terms: [/\bOval Office\b/, /\bZelensk/i, /\b(?:clash|confrontation|shouting|heated|spat|row|blow-?up)\b/i],
    excludes: /\bEuropean leaders\b/i,
  },
  {
    id: 'istanbul-talks-round-1-2025',
    label: 'First direct Russia–Ukraine talks since 2022, Istanbul',
    start: '2025-05-16',
    end: '2025-05-16',
    source: 'Reuters, "Russia and Ukraine hold first direct peace talks in three years", 16 May 2025',
    terms: [/\bIstanbul\b/, /\bfirst direct (?:talks|negotiations)\b/i],
  },
  {
    id: 'prisoner-swap-1000-2025',
    label: '"1,000 for 1,000" prisoner exchange',
    start: '2025-05-23',
    end: '2025-05-25',
    source: 'Reuters, "Russia and Ukraine complete biggest prisoner swap of the war", 25 May 2025',
    terms: [/\b1,?000[\s-]+for[\s-]+1,?000\b/i, /\b(?:swap|exchange)/i],
  },
  {
    id: 'istanbul-talks-round-2-2025',
    label: 'Second round of Russia–Ukraine talks in Istanbul',
    start: '2025-06-02',
    end: '2025-06-02',
    source: 'Reuters, "Russia and Ukraine hold second round of peace talks in Istanbul", 2 June 2025',
    terms: [/\bIstanbul\b/, /\bsecond round\b/i],
  },
  {
    id: 'spief-2025',
    label: 'St. Petersburg International Economic Forum',
    start: '2025-06-18',
    end: '2025-06-21',
    source: 'SPIEF 2025, 18–21 June 2025 (forumspb.com)',
    terms: [/\bSt\.? Petersburg International Economic Forum\b|\bSPIEF\b/],
  },
  {
    id: 'nato-summit-the-hague-2025',
    label: 'NATO summit in The Hague',
    start: '2025-06-24',
    end: '2025-06-25',
    source: 'NATO, "2025 NATO Summit in The Hague", 24–25 June 2025 (nato.int)',
    terms: [/\bNATO\b/i, /\bsummit\b/i, /\bThe Hague\b/],
  },
  {
    id: 'alaska-summit-2025',
    label: 'Trump–Putin summit in Alaska',
    start: '2025-08-15',
    end: '2025-08-15',
    source: 'Wikipedia, "2025 Russia–United States summit" (Anchorage, Alaska, 15 August 2025)',
    terms: [/\bAlaska\b/, /\b(?:summit|met|meeting|talks)\b/i, /\bPutin\b/],
  },
  {
    id: 'white-house-meeting-2025-08-18',
    label: 'Zelensky and European leaders at the White House',
    start: '2025-08-18',
    end: '2025-08-18',
    source: 'Wikipedia, "2025 White House multilateral meeting on Ukraine" (18 August 2025)',
    terms: [/\bWhite House\b/, /\bEuropean leaders\b/i, /\bZelensk/i],
  },
  {
    id: 'eu-summit-ukraine-loan-2025-12',
    label: 'EU leaders agree a €90bn loan to Ukraine',
    start: '2025-12-18',
    end: '2025-12-19',
    source: 'European Council, conclusions of 18–19 December 2025 (consilium.europa.eu)',
    terms: [/€\s?90\s?(?:bn|billion)\b/i, /\b(?:loan|lend)/i, /\bEU leaders\b|\bEuropean Council\b/i],
  },
];

/** The year a bare "June 2" is read in when nothing on the page names a year: the year of this story's calendar. */
export const STORY_YEAR = 2025;

export function toAnchorEvents(events: readonly AnchorEventDefinition[] = ANCHOR_EVENTS): AnchorEvent[] {
  return events.map(({ id, label, start, end, source }) => ({ id, label, start, end, source }));
}
