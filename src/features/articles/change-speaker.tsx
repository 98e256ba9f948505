import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleSummary, PersonSummary, QuoteEntry } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { withSpeaker } from '#src/data/corrections.ts';
import { saveCorrection } from '#src/data/library-store.ts';
import { useModalDialog } from '#src/lib/use-modal-dialog.ts';

const NOBODY = '';

type Props = { quote: QuoteEntry; summary: ArticleSummary; people: readonly PersonSummary[]; speakerName: string | null };

/** A block button that opens a dialog to give a quote to another person, or to nobody, as a correction. */
export function ChangeSpeaker({ quote, summary, people, speakerName }: Props) {
  const { ref: dialogRef, isOpen, open: openDialog, close: closeDialog, onClose } = useModalDialog();
  const selectId = useId();
  const correctionsQuery = useQuery(corpusQueries.corrections());
  const queryClient = useQueryClient();
  const correction = correctionsQuery.data?.get(summary.id);
  const stated = correction?.speakers?.[quote.id];
  const [choice, setChoice] = useState(quote.speakerId ?? NOBODY);
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? id) : 'no speaker named');
  const label = `Change the speaker of this ${quote.kind === 'indirect' ? 'reported speech' : 'quote'} (now ${speakerName ?? 'no speaker named'})`;

  function open() {
    setChoice(quote.speakerId ?? NOBODY);
    openDialog();
  }
  async function save() {
    const base = correction ?? { articleId: summary.id, sourceFile: summary.sourceFile, isPageArticle: summary.parentId === null, setAt: '' };
    await saveCorrection(withSpeaker(base, quote, choice === NOBODY ? null : choice, new Date().toISOString()));
    closeDialog();
    // The reader, the person pages and the quotes explorer all read the reassigned quote again.
    await queryClient.resetQueries({ queryKey: ['corpus'] });
  }

  return (
    <>
      <button type="button" className="icon-button speaker-button" aria-label={label} title={label} aria-haspopup="dialog" onClick={open}>
        <span aria-hidden="true">✎</span>
      </button>
      <dialog ref={dialogRef} className="cite-dialog" aria-labelledby={`${selectId}-title`} onClose={onClose}>
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
          <button type="button" className="button button-quiet" onClick={closeDialog}>
            Cancel
          </button>
        </div>
        </>
        )}
      </dialog>
    </>
  );
}
