import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, openPage, readCorpus, useSiteAndBrowser, waitForView } from './support.ts';

// The build writes the list's first view into index.html (src/bin/prerender-site.ts); the app draws over it.
const live = useSiteAndBrowser();

const newest = () => readCorpus().articles[0]!;

/** Records, from before the page's first byte, layout shifts and whether a prerendered row was ever on screen. */
async function watchFirstView(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { shift: 0, prerenderedRowShown: false };
    (window as unknown as { firstView: typeof seen }).firstView = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const look = () => {
      const row = document.querySelector<HTMLElement>('#root[data-prerendered] .article-list-item');
      if (row && row.checkVisibility()) seen.prerenderedRowShown = true;
      if (performance.now() < 5000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
const firstView = (page: Page) => page.evaluate(() => (window as unknown as { firstView: { shift: number; prerenderedRowShown: boolean } }).firstView);

test('index.html holds the newest articles, without a style attribute the policy would block, and reads without JavaScript', async () => {
  const html = readFileSync(`${distDir}/index.html`, 'utf8');
  const rootHtml = html.slice(html.indexOf('<div id="root"'));
  expect(rootHtml).toMatch(/^<div id="root" data-prerendered="\/">/);
  expect(rootHtml).not.toMatch(/\sstyle="/);
  const context = await live.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${live.site.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: newest().title }).isVisible()).resolves.toBe(true);
  await context.close();
});

test('the app draws over the prerendered list without moving anything', async () => {
  const { page, errors } = await openPage(live.browser);
  await watchFirstView(page);
  await page.goto(`${live.site.url}/`);
  await waitForView(page);
  const seen = await firstView(page);
  expect(seen.prerenderedRowShown).toBe(true);
  expect(seen.shift).toBe(0);
  // The app's own list answers now.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('zzzzqqq');
  await page.getByText('No articles match all these filters').waitFor();
  expect(errors).toEqual([]);
});

test('words typed into the prerendered search box before the app took over are kept, with the focus', async () => {
  const { page, errors } = await openPage(live.browser);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The app takes over once index.json is in: holding it back leaves the prerendered HTML on screen.
  await page.route('**/data/index.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${live.site.url}/`, { waitUntil: 'commit' });
  const prerendered = page.locator('#root[data-prerendered] input[type="search"]');
  await prerendered.waitFor();
  await prerendered.click();
  await page.keyboard.type('putin');
  release();
  await waitForView(page);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  expect(await search.inputValue()).toBe('putin');
  expect(await search.evaluate((field) => field === document.activeElement)).toBe(true);
  expect(new URL(page.url()).searchParams.get('q')).toBe('putin');
  expect(errors).toEqual([]);
});

test('another address, a query, or a reader with pages of their own never sees the prerendered list', async () => {
  for (const [path, ownPages] of [['/people', false], ['/?q=putin', false], ['/', true]] as const) {
    const { page, errors } = await openPage(live.browser);
    if (ownPages) await page.addInitScript(() => window.localStorage.setItem('readout.has-library', '1'));
    await watchFirstView(page);
    await page.goto(`${live.site.url}${path}`);
    await waitForView(page);
    expect((await firstView(page)).prerenderedRowShown, `${path}${ownPages ? ' (own pages)' : ''}`).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});
