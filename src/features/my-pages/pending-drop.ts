import type { PickedFile } from '#src/ingest/collect-inputs.ts';
import { filesOfDrop } from './read-dropped.ts';

/**
 * Files dropped anywhere outside My pages, on their way there. The drop's entries must be taken during
 * the drop event itself (the browser empties the DataTransfer after it), so the shell starts reading
 * them at once and My pages picks up the result when it opens.
 */
let pending: Promise<PickedFile[]> | null = null;
/** My pages, while it is open: a drop goes straight to it. */
let receiver: ((files: Promise<PickedFile[]>) => void) | null = null;

export function holdDrop(transfer: DataTransfer): void {
  const files = filesOfDrop(transfer);
  if (receiver) receiver(files);
  else pending = files;
}

/** Called by My pages while it is open; returns the function that stops it receiving. */
export function receiveDrops(onFiles: (files: Promise<PickedFile[]>) => void): () => void {
  receiver = onFiles;
  return () => {
    if (receiver === onFiles) receiver = null;
  };
}

/** The held drop, once: a second call (or a view opened later) gets null. */
export function takeHeldDrop(): Promise<PickedFile[]> | null {
  const held = pending;
  pending = null;
  return held;
}
