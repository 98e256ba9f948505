import { useId, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleSummary, PersonSummary, QuoteEntry } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { ArticleCorrection } from '#src/data/corrections.ts';
import { saveCorrection } from '#src/data/library-store.ts';

const NOBODY = '';

/** The article's correction with one quote's speaker set (or the setting undone, when it is Readout's own again). */
export function withSpeaker(base: ArticleCorrection, quote: QuoteEntry, to: string | null, setAt: string): ArticleCorrection {
  const speakers = { ...base.speakers };
  const was = speakers[quote.id]?.was ?? quote.speakerId;
  if (to === was) delete speakers[quote.id];
  else speakers[quote.id] = { to, was, quote: { ...quote, speakerId: was } };
  return { ...base, setAt, speakers };
}

type Props = { quote: QuoteEntry; summary: ArticleSummary; people: readonly PersonSummary[]; speakerName: string | null };

/** A block button that opens a dialog to give a quote to another person, or to nobody, as a correction. */
export function ChangeSpeaker({ quote, summary, people, speakerName }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selectId = useId();
  const correctionsQuery = useQuery(corpusQueries.corrections());
  const queryClient = useQueryClient();
  const correction = correctionsQuery.data?.get(summary.id);
  const stated = correction?.speakers?.[quote.id];
  const [choice, setChoice] = useState(quote.speakerId ?? NOBODY);
  // The dialog's content exists only while it is open: thirty closed dialogs would repeat every quote in the page.
  const [isOpen, setOpen] = useState(false);
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? id) : 'no speaker named');
  const label = `Change the speaker of this ${quote.kind === 'indirect' ? 'reported speech' : 'quote'} (now ${speakerName ?? 'no speaker named'})`;

  function open() {
    setChoice(quote.speakerId ?? NOBODY);
    setOpen(true);
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal();
    else dialog?.setAttribute('open', '');
  }
  function close() {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else dialog?.removeAttribute('open');
    setOpen(false);
  }
  async function save() {
    const base = correction ?? { articleId: summary.id, sourceFile: summary.sourceFile, isPageArticle: summary.parentId === null, setAt: '' };
    await saveCorrection(withSpeaker(base, quote, choice === NOBODY ? null : choice, new Date().toISOString()));
    close();
    // The reader, the person pages and the quotes explorer all read the reassigned quote again.
    await queryClient.resetQueries({ queryKey: ['corpus'] });
  }

  return (
    <>
      <button type="button" className="icon-button speaker-button" aria-label={label} title={label} aria-haspopup="dialog" onClick={open}>
        <span aria-hidden="true">✎</span>
      </button>
      <dialog ref={dialogRef} className="cite-dialog" aria-labelledby={`${selectId}-title`} onClose={() => setOpen(false)}>
        {isOpen && (
        <>
        <h2 id={`${selectId}-title`}>Who said this?</h2>
        <blockquote className={`quote-card quote-${quote.kind}`}>
          <p>{quote.text}</p>
        </blockquote>
        <p className="muted">{stated ? `Set by you; Readout had ${nameOf(stated.was)}.` : `Readout reads it as ${nameOf(quote.speakerId)}.`}</p>
        <label htmlFor={selectId}>Speaker</label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value={NOBODY}>No speaker named</option>
          {sorted.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => void save()}>
            Save speaker
          </button>
          <button type="button" className="button button-quiet" onClick={close}>
            Cancel
          </button>
        </div>
        </>
        )}
      </dialog>
    </>
  );
}
