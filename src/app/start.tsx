import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { createQueryClient } from './providers.tsx';
import { loadFirstViewData } from './first-view-data.ts';
import { isPrerenderedViewShown, PRERENDERED_ATTRIBUTE } from './prerendered-view.ts';

/** Draws the app into #root: over the build's HTML of this view once it can draw the same, else at once. */
export async function start(root: HTMLElement): Promise<void> {
  const client = createQueryClient();
  if (isPrerenderedViewShown(root)) {
    // The build's HTML of this very view is on screen: draw over it only once the app can draw the same
    // page (its data loaded), so the swap neither blanks nor moves anything. A failed load is drawn by the
    // app's own error view, from the query's state.
    await loadFirstViewData(client).catch(() => undefined);
  } else if (root.hasAttribute(PRERENDERED_ATTRIBUTE)) {
    // Prerendered for another address or another reader (public/first-view-check.js hid it): it goes now.
    root.replaceChildren();
    root.removeAttribute(PRERENDERED_ATTRIBUTE);
  }
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
