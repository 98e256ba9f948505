import { useState, type FormEvent } from 'react';
import type { ArticleSummary } from '#src/data/app-files.ts';
import type { ArticleCorrection } from '#src/data/corrections.ts';
import { isCompleteDate } from '#src/components/date-input.tsx';

type Original = Pick<ArticleSummary, 'title' | 'publisher' | 'publishedOn' | 'dateBasis' | 'dateSource' | 'url'>;

/** What Readout itself had, before any correction: kept in the correction, else the article as loaded. */
export function originalFacts(summary: Original, correction: ArticleCorrection | undefined): Original {
  return {
    title: correction?.title?.was ?? summary.title,
    publisher: correction?.publisher ? correction.publisher.was : summary.publisher,
    publishedOn: correction?.publishedOn ? correction.publishedOn.was : summary.publishedOn,
    dateBasis: correction?.publishedOn?.wasBasis ?? summary.dateBasis,
    dateSource: correction?.publishedOn?.wasSource ?? summary.dateSource,
    url: correction?.url ? correction.url.was : summary.url,
  };
}

export type CorrectionDraft = { title: string; publisher: string; publishedOn: string; reason: string; url: string };

/** A draft to a correction: each field differing from Readout's own reading is a correction, with what it had. */
export function correctionOf(
  summary: Pick<ArticleSummary, 'id' | 'sourceFile' | 'parentId'>,
  original: Original,
  draft: CorrectionDraft,
  setAt: string,
  speakers?: ArticleCorrection['speakers'],
): { correction: ArticleCorrection } | { error: string } {
  const title = draft.title.trim();
  const publisher = draft.publisher.trim() || null;
  const publishedOn = draft.publishedOn || null;
  const url = draft.url.trim() || null;
  if (!title) return { error: 'A title cannot be empty.' };
  if (publishedOn && !isCompleteDate(publishedOn)) return { error: 'The date is not a day of the calendar.' };
  if (url) {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') return { error: 'The address must start with http:// or https://.' };
  }
  const correction: ArticleCorrection = { articleId: summary.id, sourceFile: summary.sourceFile, isPageArticle: summary.parentId === null, setAt, ...(speakers ? { speakers } : {}) };
  if (title !== original.title) correction.title = { value: title, was: original.title };
  if (publisher !== original.publisher) correction.publisher = { value: publisher, was: original.publisher };
  if (url !== original.url) correction.url = { value: url, was: original.url };
  if (publishedOn !== original.publishedOn) {
    if (!draft.reason.trim()) return { error: 'Say why the date is this one (e.g. “dateline of the page”, “publication line: 3 March”): a reader of your export will ask.' };
    correction.publishedOn = { value: publishedOn, reason: draft.reason.trim(), was: original.publishedOn, wasBasis: original.dateBasis, wasSource: original.dateSource };
  }
  return { correction };
}

type FormProps = { id: string; summary: ArticleSummary; correction: ArticleCorrection | undefined; onSave: (correction: ArticleCorrection) => Promise<void> };

export function CorrectionForm({ id, summary, correction, onSave }: FormProps) {
  const original = originalFacts(summary, correction);
  const [draft, setDraft] = useState<CorrectionDraft>({
    title: summary.title,
    publisher: summary.publisher ?? '',
    publishedOn: summary.publishedOn ?? '',
    reason: correction?.publishedOn?.reason ?? '',
    url: summary.url ?? '',
  });
  const [error, setError] = useState('');
  const field = (key: keyof CorrectionDraft) => ({ value: draft[key], onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value })) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = correctionOf(summary, original, draft, new Date().toISOString(), correction?.speakers);
    if ('error' in result) setError(result.error);
    else {
      setError('');
      await onSave(result.correction);
    }
  }

  return (
    <form id={id} className="correction-form" aria-label="Correct this article" onSubmit={submit} noValidate>
      <p className="muted">Your corrections are kept in this browser beside the page, which is not changed. My pages exports them as sidecar files for the terminal ingest.</p>
      <label>
        Title
        <input type="text" {...field('title')} />
      </label>
      <label>
        Outlet
        <input type="text" {...field('publisher')} placeholder="Unknown" />
      </label>
      <div className="paste-fields">
        <label>
          Published on
          <input type="date" {...field('publishedOn')} />
        </label>
        <label>
          Why this date
          <input type="text" {...field('reason')} placeholder="e.g. publication line at the top" />
        </label>
      </div>
      <label>
        Address of the original page
        <input type="url" {...field('url')} placeholder="https://…" />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        Save corrections
      </button>
    </form>
  );
}
