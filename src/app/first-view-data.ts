import type { QueryClient } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';

/**
 * Loads what the list's first drawing needs into the query cache: a large index's first screen, or (small
 * collections, a reader's own pages) the whole index. The build's prerender and the browser's start both call
 * it, so the page the browser draws first is the page the build wrote into index.html.
 */
export async function loadFirstViewData(client: QueryClient, { startWholeIndex }: { startWholeIndex: boolean }): Promise<void> {
  // In the browser the whole index is wanted next anyway: started together, the two share index.json's
  // request (src/data/load-corpus.ts), as on the list page. The prerender draws the first screen alone and
  // would read every part for nothing (70 MB at 100,000 articles).
  const whole = startWholeIndex ? client.prefetchQuery(corpusQueries.index()) : null;
  const firstScreen = await client.fetchQuery(corpusQueries.firstScreen());
  if (firstScreen === null) await (whole ?? client.fetchQuery(corpusQueries.index()));
}
