import { lazy, Suspense, useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { ArticleCorrection } from '#src/data/corrections.ts';
import { saveCorrection } from '#src/data/library-store.ts';
import { formatDate } from '#src/lib/dates.ts';

// The form loads when a reader opens it, not with every article.
const CorrectionForm = lazy(() => import('./correction-form.tsx').then((module) => ({ default: module.CorrectionForm })));

/** "date set by you; Readout had inferred 22 Aug 2025", one phrase per corrected field. */
export function describeCorrection(correction: ArticleCorrection): string[] {
  const parts: string[] = [];
  if (correction.title) parts.push(`title (was “${correction.title.was}”)`);
  if (correction.publisher) parts.push(`outlet (was ${correction.publisher.was ?? 'unknown'})`);
  if (correction.publishedOn) {
    const was = correction.publishedOn.was ? `${correction.publishedOn.wasSource === 'stated' ? 'read' : 'inferred'} ${formatDate(correction.publishedOn.was)}` : 'found no date';
    parts.push(`date (Readout had ${was})`);
  }
  if (correction.url) parts.push(`address (was ${correction.url.was ?? 'none'})`);
  const speakers = Object.keys(correction.speakers ?? {}).length;
  if (speakers > 0) parts.push(`the speaker of ${speakers} ${speakers === 1 ? 'quote' : 'quotes'}`);
  const marks = Object.values(correction.blocks ?? {});
  const taken = marks.filter((mark) => mark.kind === 'chrome').length;
  const kept = marks.length - taken;
  if (taken > 0) parts.push(`${taken} ${taken === 1 ? 'block' : 'blocks'} taken out as not article text`);
  if (kept > 0) parts.push(`${kept} cut ${kept === 1 ? 'stretch' : 'stretches'} kept as article text`);
  return parts;
}

/** The reader's corrections of an article, shown as corrections, with a form to make or undo them. */
export function CorrectArticle({ summary }: { summary: ArticleSummary }) {
  const correctionsQuery = useQuery(corpusQueries.corrections());
  const correction = correctionsQuery.data?.get(summary.id);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const formId = useId();

  async function save(next: ArticleCorrection) {
    await saveCorrection(next);
    // Every view reads the corrected corpus again: the list re-sorts by the new date, the quotes table shows the new outlet.
    await queryClient.resetQueries({ queryKey: ['corpus'] });
  }

  const described = correction ? describeCorrection(correction) : [];
  return (
    <div className="corrections">
      {described.length > 0 && (
        <p className="correction-note">
          <span className="tag">corrected by you</span> {described.join('; ')}.{' '}
          <button type="button" className="link-button" onClick={() => void save({ articleId: summary.id, sourceFile: summary.sourceFile, isPageArticle: summary.parentId === null, setAt: new Date().toISOString() })}>
            Undo corrections
          </button>
        </p>
      )}
      <button type="button" className="button button-quiet" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((value) => !value)}>
        {open ? 'Close corrections' : 'Correct…'}
      </button>
      {open && (
        <Suspense fallback={<p>Loading…</p>}>
          <CorrectionForm id={formId} summary={summary} correction={correction} onSave={async (next) => (await save(next), setOpen(false))} />
        </Suspense>
      )}
    </div>
  );
}

