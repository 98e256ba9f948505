import { lazy, Suspense, type ReactNode } from 'react';
import type { CitedArticle, CitedQuote } from '#src/lib/cite.ts';
import { useModalDialog } from '#src/lib/use-modal-dialog.ts';

// The dialog's content (styles, citation-js) loads on the first click, not with the reader.
const CiteDialogBody = lazy(() => import('./cite-dialog-body.tsx').then((module) => ({ default: module.CiteDialogBody })));

type Props = { article: CitedArticle; quote: CitedQuote | null; label: string; children: ReactNode; className?: string };

/**
 * A button that opens a dialog with the citation in the style the reader picks (remembered), to copy
 * or, for BibTeX and RIS, to download as a file a reference manager imports.
 */
export function CiteButton({ article, quote, label, children, className = 'icon-button' }: Props) {
  const { ref: dialogRef, isOpen, open: openDialog, close: closeDialog, onClose } = useModalDialog();
  return (
    <>
      <button type="button" className={className} aria-label={label} title={label} aria-haspopup="dialog" onClick={openDialog}>
        {children}
      </button>
      <dialog ref={dialogRef} className="cite-dialog" aria-labelledby={`${article.id}-cite-title`} onClose={onClose}>
        {isOpen && (
          <Suspense fallback={<p>Loading citation styles…</p>}>
            <CiteDialogBody article={article} quote={quote} onClose={closeDialog} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}

