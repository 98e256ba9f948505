/**
 * Words that, shortly before a date or a weekday in the same clause, make it a plan or a
 * possibility ("will meet on Tuesday", "could be signed on 3 May") rather than a reported event.
 * One cue a line; matched as whole words, case-insensitively.
 */
export const FUTURE_CUES: readonly string[] = [
  'will',
  'would',
  'should',
  'shall',
  'could',
  'might',
  'set to',
  'is to',
  'are to',
  'is due',
  'are due',
  'due to',
  'scheduled',
  'planned',
  'plans to',
  'expected',
  'next',
  'upcoming',
  'ahead of',
  'en route to',
  'heading to',
  'to be held',
  'to take place',
  'proposed',
  'proposes',
  'preparing',
  'aims to',
  'aim to',
  'hopes to',
  'hope to',
  'intends to',
  'intend to',
  'seeks to',
  'if',
  'unless',
  'tomorrow',
];

/**
 * Words that, shortly before a calendar date in the same clause, make it a schedule, a deadline or
 * a new date set for later ("the final takes place on 13 July", "when the premier hosts her
 * counterparts on 22 April", "the deadline is 5 June", "adjourned the trial to 17 September"): a
 * report of a past day would be in the past tense. A date so read bounds the page's day from above
 * only. Not applied to bare weekdays: one misread there would drop a weekday that holds a date back.
 * One cue a line; whole words, any case.
 */
export const SCHEDULE_CUES: readonly string[] = [
  'takes place',
  'take place',
  'is on',
  'set for',
  'slated',
  'deadline',
  'must',
  'has until',
  'have until',
  'adjourned',
  'postponed',
  'delayed',
  'pushed back',
  'rescheduled',
  'begins',
  'starts',
  'opens',
  'resumes',
  'resume',
  'kicks off',
  'hosts',
  'meets',
  'expires',
  'go to the polls',
  'goes to the polls',
  'head to the polls',
];

/**
 * Words that put a planned event within a day of the writing: the subject is already travelling
 * to it ("en route to the summit"), so the page was written at most a day before it began.
 */
export const IMMINENT_CUES: readonly string[] = [
  'en route to',
  'on his way to',
  'on her way to',
  'on their way to',
  'flight to',
  'flew to',
  'arrived in',
  'arriving in',
];

/**
 * Words that, before a weekday in its clause, place it before the day the report is about
 * ("he had warned on Thursday"), so it does not move the publication day forward.
 */
export const EARLIER_CUES: readonly string[] = [
  'had',
  'earlier',
  'previously',
  'before that',
];

/**
 * Words that, shortly before a calendar date in its clause, make it the day of another, earlier
 * event that the report looks back on ("ten years since the flood of 14 August 2021", "last
 * year's summit on 3 March", "a week after the sides drew on 1 March", "born on 11 November
 * 2019"): the page is on or after it, but it is not the page's own day. Together with
 * EARLIER_CUES. One cue a line; whole words, any case.
 */
export const BACKGROUND_CUES: readonly string[] = [
  'since',
  'after',
  'anniversary',
  'last',
  'born',
  'founded',
  'established',
  'a year earlier',
  'years earlier',
  'a year before',
  'years before',
];

/** The same, after the date in its clause ("the truce agreed on 2 February has held since then"). */
export const BACKGROUND_AFTER_CUES: readonly string[] = [
  'since then',
  'ever since',
  'since that day',
];
