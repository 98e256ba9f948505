/**
 * Labels that open a page's own publication line ("Published 3 May 2024", "Updated: …").
 * One label a line, matched at the start of a line, case-insensitively; longer labels first.
 */
export const PUBLICATION_LABELS: readonly string[] = [
  'first published',
  'published on',
  'published',
  'publication date',
  'publication',
  'posted on',
  'posted',
  'date published',
  'release date',
  'опубликовано',
  'опубліковано',
];

/** Labels of a later revision: a date, but of an update, so it ranks below the publication line. */
export const UPDATE_LABELS: readonly string[] = [
  'last updated',
  'updated at',
  'updated on',
  'updated',
  'обновлено',
  'оновлено',
];
