import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { CitedArticle, CitedQuote } from '#src/lib/cite.ts';

// The dialog's content (styles, citation-js) loads on the first click, not with the reader.
const CiteDialogBody = lazy(() => import('./cite-dialog-body.tsx').then((module) => ({ default: module.CiteDialogBody })));

type Props = { article: CitedArticle; quote: CitedQuote | null; label: string; children: ReactNode; className?: string };

/**
 * A button that opens a dialog with the citation in the style the reader picks (remembered), to copy
 * or, for BibTeX and RIS, to download as a file a reference manager imports.
 */
export function CiteButton({ article, quote, label, children, className = 'icon-button' }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  function show() {
    setOpen(true);
    const dialog = dialogRef.current;
    // jsdom has no showModal; an open attribute is the same dialog without the backdrop.
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal();
    else dialog?.setAttribute('open', '');
  }
  function close() {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else {
      dialog?.removeAttribute('open');
      setOpen(false);
    }
  }
  return (
    <>
      <button type="button" className={className} aria-label={label} title={label} aria-haspopup="dialog" onClick={show}>
        {children}
      </button>
      <dialog ref={dialogRef} className="cite-dialog" aria-labelledby={`${article.id}-cite-title`} onClose={() => setOpen(false)}>
        {open && (
          <Suspense fallback={<p>Loading citation styles…</p>}>
            <CiteDialogBody article={article} quote={quote} onClose={close} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}

