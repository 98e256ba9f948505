import type { AnchorEvent } from '../data/contract.ts';

/**
 * Dated events of this story that pages mention without a date ("en route to the NATO summit").
 * Curated data, each with its source; `mentions` is matched against one sentence at a time.
 * Add events here as the story grows; nothing else in the pipeline names an event.
 */
export interface AnchorEventDefinition extends AnchorEvent {
  mentions: RegExp;
  /** a sentence matching this is about another event of the same name (e.g. "the Istanbul agreements of 2022") */
  excludes?: RegExp;
}

export const ANCHOR_EVENTS: readonly AnchorEventDefinition[] = [
  {
    id: 'nato-summit-the-hague-2025',
    label: 'NATO summit in The Hague',
    start: '2025-06-24',
    end: '2025-06-25',
    source: 'NATO, "2025 NATO Summit in The Hague", 24–25 June 2025 (nato.int)',
    mentions: /\bNATO summit\b[^.]*\bThe Hague\b|\bThe Hague\b[^.]*\bNATO summit\b|\bsummit in The Hague\b/i,
  },
  {
    id: 'alaska-summit-2025',
    label: 'Trump–Putin summit in Alaska',
    start: '2025-08-15',
    end: '2025-08-15',
    source: 'Wikipedia, "2025 Russia–United States summit" (Anchorage, Alaska, 15 August 2025)',
    mentions: /\b(?:summit|met|meeting|talks)\b[^.]*\bAlaska\b|\bAlaska\b[^.]*\b(?:summit|meeting|talks)\b/i,
  },
  {
    id: 'white-house-meeting-2025-08-18',
    label: 'Zelensky and European leaders at the White House',
    start: '2025-08-18',
    end: '2025-08-18',
    source: 'Wikipedia, "2025 White House multilateral meeting on Ukraine" (18 August 2025)',
    mentions: /\bWhite House meeting\b[^.]*\b(?:Zelensky|Ukrain)/i,
  },
  {
    id: 'istanbul-talks-round-2-2025',
    label: 'Second round of Russia–Ukraine talks in Istanbul',
    start: '2025-06-02',
    end: '2025-06-02',
    source: 'Reuters, "Russia and Ukraine hold second round of peace talks in Istanbul", 2 June 2025',
    mentions: /\bsecond round\b[^.]*\b(?:talks|negotiations)\b[^.]*\b(?:Istanbul|Türkiye|Turkey)\b|\bIstanbul\b[^.]*\bsecond round\b/i,
  },
  {
    id: 'istanbul-talks-round-1-2025',
    label: 'First direct Russia–Ukraine talks since 2022, Istanbul',
    start: '2025-05-16',
    end: '2025-05-16',
    source: 'Reuters, "Russia and Ukraine hold first direct peace talks in three years", 16 May 2025',
    mentions: /\bfirst\b[^.]*\bdirect (?:talks|negotiations)\b[^.]*\bIstanbul\b/i,
    excludes: /\b2022\b/,
  },
  {
    id: 'spief-2025',
    label: 'St. Petersburg International Economic Forum',
    start: '2025-06-18',
    end: '2025-06-21',
    source: 'SPIEF 2025, 18–21 June 2025 (forumspb.com)',
    mentions: /\bSt\.? Petersburg International Economic Forum\b|\bSPIEF\b/,
  },
  {
    id: 'trump-inauguration-2025',
    label: 'Trump inaugurated for a second term',
    start: '2025-01-20',
    end: '2025-01-20',
    source: 'Wikipedia, "Second inauguration of Donald Trump" (20 January 2025)',
    mentions: /\b(?:second inauguration|inauguration)\b[^.]*\bTrump\b|\bTrump\b[^.]*\binauguration\b/i,
  },
];

/** The year a bare "June 2" is read in when nothing on the page names a year: the year of this story's calendar. */
export const STORY_YEAR = 2025;

export function toAnchorEvents(): AnchorEvent[] {
  return ANCHOR_EVENTS.map(({ id, label, start, end, source }) => ({ id, label, start, end, source }));
}
