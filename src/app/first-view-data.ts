import type { QueryClient } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';

/**
 * Loads what the list's first drawing needs into the query cache: a large index's first screen, or (small
 * collections, a reader's own pages) the whole index. The build's prerender and the browser's start both call
 * it, so the page the browser draws first is the page the build wrote into index.html.
 */
export async function loadFirstViewData(client: QueryClient): Promise<void> {
  // Started together, the two share index.json's request (src/data/load-corpus.ts), as on the list page.
  const whole = client.prefetchQuery(corpusQueries.index());
  const firstScreen = await client.fetchQuery(corpusQueries.firstScreen());
  if (firstScreen === null) await whole;
}
