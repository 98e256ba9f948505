import { useRef, useState } from 'react';

/**
 * A native <dialog> opened as a modal, with whether it is open as state, so its content can exist only
 * while shown (thirty closed dialogs would repeat every quote of a page). Pass `ref` and `onClose` to
 * the <dialog>: Escape and the form's own close both end in its close event.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  function open() {
    setOpen(true);
    const dialog = ref.current;
    // jsdom has no showModal; an open attribute is the same dialog without the backdrop.
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal();
    else dialog?.setAttribute('open', '');
  }
  function close() {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else dialog?.removeAttribute('open');
    setOpen(false);
  }
  return { ref, isOpen, open, close, onClose: () => setOpen(false) };
}
