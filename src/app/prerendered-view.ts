/**
 * The build writes the list's default view into index.html (src/bin/prerender-site.ts), so the browser paints it
 * before any script runs. `#root` then carries this attribute, its value the address that was rendered.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * Set on <html> by public/first-view-check.js, before the body is parsed, when the prerendered view is not
 * this page's (another address, a query, a reader with pages or corrections of their own); the style sheet
 * then keeps it hidden.
 */
export const ELSEWHERE_MARK = { attribute: 'data-first-view', value: 'elsewhere' } as const;

/** Whether what is on screen is the build's HTML of the view the app is about to draw. */
export function isPrerenderedViewShown(root: HTMLElement): boolean {
  return root.hasAttribute(PRERENDERED_ATTRIBUTE) && document.documentElement.getAttribute(ELSEWHERE_MARK.attribute) !== ELSEWHERE_MARK.value;
}
