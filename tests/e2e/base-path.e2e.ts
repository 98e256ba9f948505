import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { prerenderSite } from '../../src/bin/prerender-site.ts';
import { launchBrowser, openPage, readCorpus, root, startSite, waitForView } from './support.ts';

// A second build under /readout/, in a temporary folder, proves data URLs and links honour the base path.
let outDir: string;
let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'readout-base-'));
  await build({ root, base: '/readout/', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  await prerenderSite(outDir);
  [site, browser] = await Promise.all([startSite({ outDir, base: '/readout/' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

test('a --base /readout/ build loads its data and keeps links under /readout/', async () => {
  const corpus = readCorpus();
  const person = corpus.people.find((p) => p.articleCount > 0)!;
  const { page, errors } = await openPage(browser);
  await page.goto(`${site.url}/readout/people/${person.id}`);
  await waitForView(page);
  expect(await page.locator('main h1').textContent()).toBe(person.name);
  await page.getByRole('region', { name: `Articles mentioning ${person.name}` }).getByRole('link').first().click();
  await page.waitForURL(/\/readout\/articles\//);
  await waitForView(page);
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.waitForURL(`${site.url}/readout/people`);
  expect(errors).toEqual([]);
});

test('under /readout/ the prerendered list is the first view there, and the app draws over it', async () => {
  const served = await (await fetch(`${site.url}/readout/`)).text();
  expect(served).toContain('<div id="root" data-prerendered="/readout/">');
  const { page, errors } = await openPage(browser);
  // Whether a prerendered row was ever on screen: the check must not take /readout/ for another address.
  await page.addInitScript(() => {
    const look = () => {
      if (document.querySelector<HTMLElement>('#root[data-prerendered] .article-list-item')?.checkVisibility()) (window as unknown as { shown: boolean }).shown = true;
      else if (performance.now() < 5000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${site.url}/readout/`);
  await waitForView(page);
  expect(await page.evaluate(() => (window as unknown as { shown?: boolean }).shown)).toBe(true);
  const article = readCorpus().articles[0]!;
  await page.getByRole('heading', { level: 2, name: article.title }).getByRole('link').click();
  await page.waitForURL(`${site.url}/readout/articles/${article.id}`);
  expect(errors).toEqual([]);
});
