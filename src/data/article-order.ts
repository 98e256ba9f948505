import { compareText } from '#src/lib/compare-text.ts';

/** The list's default order, shared by the ingest (which writes index.json in it) and the app (which sorts by it). */
type Dated = { publishedOn: string | null; title: string };

/** Newest first; undated articles last; ties by title so the order is stable across builds. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  if (a.publishedOn !== b.publishedOn) {
    if (a.publishedOn === null) return 1;
    if (b.publishedOn === null) return -1;
    return a.publishedOn < b.publishedOn ? 1 : -1;
  }
  return compareText(a.title, b.title);
}
