// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { basePathOf, movedStyles, PrerenderError, withFirstView } from './prerender-site.ts';

const built = (base: string) => `<!doctype html>
<html lang="en">
  <head>
    <title>Readout</title>
    <script type="module" crossorigin src="${base}assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="${base}assets/index-def456.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

test('the deploy base is read from the entry script, at the root or under a sub-path', () => {
  expect(basePathOf(built('/'))).toBe('/');
  expect(basePathOf(built('/readout/'))).toBe('/readout/');
  expect(() => basePathOf('<html><body><div id="root"></div></body></html>')).toThrow(PrerenderError);
});

test('style attributes leave the HTML for a style sheet, each kept for the element it was on, unescaped', () => {
  const { view, css } = movedStyles('<ol class="list" style="padding-top:0;padding-bottom:320px"><li style="font-family:&quot;Georgia&quot;">a</li></ol>');
  expect(view).toBe('<ol class="list" data-first-view-style="0"><li data-first-view-style="1">a</li></ol>');
  expect(css).toBe('[data-first-view-style="0"]{padding-top:0;padding-bottom:320px}\n[data-first-view-style="1"]{font-family:"Georgia"}\n');
  expect(movedStyles('<p>no styles</p>')).toEqual({ view: '<p>no styles</p>', css: '\n' });
  // A value that could close the rule is dropped, not written into the sheet.
  expect(movedStyles('<p style="color:red}body{display:none">x</p>')).toEqual({ view: '<p>x</p>', css: '\n' });
});

test('the view goes into #root, marked with its address, and its style sheet and check come before the entry script', () => {
  const html = withFirstView(built('/readout/'), '<h1>Articles</h1>', '/readout/');
  expect(html).toContain('<div id="root" data-prerendered="/readout/"><h1>Articles</h1></div>');
  const check = html.indexOf('<script src="/readout/first-view-check.js" data-path="/readout/"></script>');
  const styles = html.indexOf('<link rel="stylesheet" href="/readout/first-view.css">');
  const entry = html.indexOf('<script type="module"');
  expect(check).toBeGreaterThan(0);
  expect(styles).toBeGreaterThan(0);
  expect(check).toBeLessThan(entry);
  expect(styles).toBeLessThan(entry);
});

test('a page already prerendered, or not a build, is refused rather than written twice', () => {
  const once = withFirstView(built('/'), '<h1>Articles</h1>', '/');
  expect(() => withFirstView(once, '<h1>Articles</h1>', '/')).toThrow(/exactly one empty/);
});

test('the check reads the flag the library store keeps for a reader with pages of their own', () => {
  // public/first-view-check.js is plain script (it runs before the app's code): its copy of the flag must not drift.
  const check = readFileSync(new URL('../../public/first-view-check.js', import.meta.url), 'utf8');
  const store = readFileSync(new URL('../data/library-store.ts', import.meta.url), 'utf8');
  const flag = /const FLAG = '([^']+)'/.exec(store)?.[1];
  expect(flag).toBeTruthy();
  expect(check).toContain(`'${flag}'`);
  expect(check).toContain("'data-first-view', 'elsewhere'");
});
