/**
 * Writes the article list's default view into a built site's index.html (src/app/prerender.tsx renders it
 * with the site's own data), so the browser paints the list from the HTML, before any script has run.
 * Every other address and every reader with pages of their own still start from an empty page
 * (public/first-view-check.js). Used by `npm run build` (build-site.ts) and by the benchmark's sites.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { PRERENDERED_ATTRIBUTE } from '../app/prerendered-view.ts';
import type * as FirstView from '../app/prerender.tsx';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const EMPTY_ROOT = '<div id="root"></div>';
const FIRST_VIEW_STYLES = 'first-view.css';
const FIRST_VIEW_STYLE_ATTRIBUTE = 'data-first-view-style';

export class PrerenderError extends Error {}

/** The deploy base the site was built for, read from its entry script's address ("/", "/readout/"). */
export function basePathOf(html: string): string {
  const entry = /<script type="module"[^>]*\ssrc="([^"]*?)assets\/[^"]+\.js"/.exec(html);
  if (!entry) throw new PrerenderError('index.html has no entry script under assets/: is this a built site (npm run build)?');
  return entry[1]!;
}

/** A style attribute as React writes it, its value unescaped. */
const STYLE_ATTRIBUTE = / style="([^"]*)"/g;
const unescapeAttribute = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/**
 * The site's Content-Security-Policy (style-src 'self') blocks style attributes written in the HTML, which the
 * browser would otherwise draw the view with (the list's padding, the histogram's labels). Each becomes a rule of
 * a style sheet of the site's own, keyed by an attribute; the app's own drawing sets styles by script, which the
 * policy allows.
 */
export function movedStyles(view: string): { view: string; css: string } {
  const rules: string[] = [];
  const moved = view.replace(STYLE_ATTRIBUTE, (_attribute, value: string) => {
    const declarations = unescapeAttribute(value);
    // Declarations only: anything that could close the rule or the sheet is left out (the policy would block it anyway).
    if (/[{}<>\\]/.test(declarations)) return '';
    rules.push(`[${FIRST_VIEW_STYLE_ATTRIBUTE}="${rules.length}"]{${declarations}}`);
    return ` ${FIRST_VIEW_STYLE_ATTRIBUTE}="${rules.length - 1}"`;
  });
  return { view: moved, css: `${rules.join('\n')}\n` };
}

/**
 * index.html with the rendered view in #root, its styles in first-view.css, and the check that hides it on
 * any other address. Both go before the entry script so the browser asks for them first: the check holds up
 * the parsing of the body until it has run.
 */
export function withFirstView(html: string, view: string, base: string): string {
  if (html.split(EMPTY_ROOT).length !== 2) {
    throw new PrerenderError(`index.html must hold exactly one empty ${EMPTY_ROOT} (a fresh build: was it prerendered already?)`);
  }
  const entry = html.indexOf('<script type="module"');
  const tags = `<link rel="stylesheet" href="${base}${FIRST_VIEW_STYLES}">\n    <script src="${base}first-view-check.js" data-path="${base}"></script>\n    `;
  const withTags = `${html.slice(0, entry)}${tags}${html.slice(entry)}`;
  return withTags.replace(EMPTY_ROOT, () => `<div id="root" ${PRERENDERED_ATTRIBUTE}="${base}">${view}</div>`);
}

/** fetch() as the site's server would answer it, from the site's folder (the loaders ask for `${base}data/…`). */
function fetchFromFolder(site: string, base: string): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
    const path = decodeURIComponent(url.startsWith(base) ? url.slice(base.length) : url);
    try {
      return new Response(await readFile(join(site, path)), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  }) as typeof fetch;
}

/** Renders the site's first view and writes it into its index.html; returns the size of what was written. */
export async function prerenderSite(site: string): Promise<{ bytes: number }> {
  const htmlPath = join(site, 'index.html');
  const html = await readFile(htmlPath, 'utf8');
  const base = basePathOf(html);
  const server = await createServer({
    root: projectRoot,
    base,
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchFromFolder(site, base);
  try {
    const { renderFirstView } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof FirstView;
    const { view, css } = movedStyles(await renderFirstView());
    const written = withFirstView(html, view, base);
    await writeFile(join(site, FIRST_VIEW_STYLES), css);
    await writeFile(htmlPath, written);
    return { bytes: Buffer.byteLength(written) };
  } finally {
    globalThis.fetch = realFetch;
    await server.close();
  }
}
