/**
 * Words that, shortly before a date or a weekday in the same clause, make it a plan or a
 * possibility ("will meet on Tuesday", "could be signed on 3 May") rather than a reported event.
 * One cue a line; matched as whole words, case-insensitively.
 */
export const FUTURE_CUES: readonly string[] = [
  'will',
  'would',
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
