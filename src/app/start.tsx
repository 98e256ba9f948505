import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { createQueryClient } from './providers.tsx';
import { loadFirstViewData } from './first-view-data.ts';
import { isPrerenderedViewShown, PRERENDERED_ATTRIBUTE } from './prerendered-view.ts';

const SEARCH_FIELD = 'input[type="search"]';

/**
 * Draws the app into #root. Over the build's HTML of this view (src/bin/prerender-site.ts) it waits until it can
 * draw the same page, then draws over it; `data-prerendered` leaves #root once the HTML is gone.
 */
export async function start(root: HTMLElement): Promise<void> {
  const client = createQueryClient();
  if (isPrerenderedViewShown(root)) {
    // Drawing only once the data is in means the swap neither blanks nor moves anything. A failed load is
    // drawn by the app's own error view, from the query's state.
    await loadFirstViewData(client, { startWholeIndex: true }).catch(() => undefined);
    const hadFocus = carryTypedSearch(root);
    whenReplaced(root, () => {
      root.removeAttribute(PRERENDERED_ATTRIBUTE);
      if (hadFocus) focusField(root.querySelector<HTMLInputElement>(SEARCH_FIELD));
    });
  } else if (root.hasAttribute(PRERENDERED_ATTRIBUTE)) {
    // Prerendered for another address or another reader (public/first-view-check.js hid it): it goes now.
    root.replaceChildren();
    root.removeAttribute(PRERENDERED_ATTRIBUTE);
  }
  const reactRoot = createRoot(root);
  // In a transition, the first drawing is cut into slices that leave the page free to answer between
  // them (a whole list page at once was a task of 100–200 ms at 10,000 articles); what is on screen
  // (the prerendered HTML, or nothing) stays until it commits.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  });
}

/**
 * Words typed into the prerendered search box before the app took over would vanish with its HTML: they go
 * into the address (the list's `q`), where the app reads them. True when the box had the focus.
 */
function carryTypedSearch(root: HTMLElement): boolean {
  const field = root.querySelector<HTMLInputElement>(SEARCH_FIELD);
  if (!field) return false;
  const typed = field.value.trim();
  if (typed !== '') {
    const url = new URL(window.location.href);
    url.searchParams.set('q', typed);
    window.history.replaceState(window.history.state, '', url);
  }
  return document.activeElement === field;
}

/** Calls `then` once the app's first drawing has removed what #root holds now (React clears it as it commits). */
function whenReplaced(root: HTMLElement, then: () => void): void {
  const prerendered = [...root.children];
  const observer = new MutationObserver(() => {
    if (prerendered.some((element) => element.isConnected)) return;
    observer.disconnect();
    then();
  });
  observer.observe(root, { childList: true });
}

function focusField(field: HTMLInputElement | null): void {
  if (!field) return;
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
}
