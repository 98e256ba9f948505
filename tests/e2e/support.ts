import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { indexFileSchema, type IndexFile } from '../../src/data/app-files.ts';
import { corpusSchema, type Corpus } from '../../src/data/contract.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** The build under test: dist/ unless READOUT_DIST names another folder (so several builds can be tested side by side). */
export const distDir = process.env.READOUT_DIST ?? `${root}dist`;

/** Serves a build (dist/ by default) like production, with SPA fallback, on a free port of 127.0.0.1. */
export async function startSite(options: { outDir?: string; base?: string } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    root,
    logLevel: 'silent',
    ...(options.base ? { base: options.base } : {}),
    build: { outDir: options.outDir ?? distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

export type Site = Awaited<ReturnType<typeof startSite>>;

/**
 * dist/ served and Chromium launched once for a test file (before its tests, closed after them); read
 * `site` and `browser` inside the tests.
 */
export function useSiteAndBrowser(): { readonly site: Site; readonly browser: Browser } {
  const shared = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    [shared.site, shared.browser] = await Promise.all([startSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type OpenedPage = { page: Page; errors: string[] };

/** A page that records every console error, uncaught exception and failed data request, for tests to assert none. */
export async function openPage(browser: Browser, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()} ${response.url()}`));
  return { page, errors };
}

/** The corpus as built, so expectations follow the data instead of hard-coded counts. */
export function readCorpus(): IndexFile {
  return indexFileSchema.parse(JSON.parse(readFileSync(`${distDir}/data/index.json`, 'utf8')));
}

/** The whole contract as built, for tests that need quotes or datasets (which the index no longer carries). */
export function readContract(): Corpus {
  return corpusSchema.parse(JSON.parse(readFileSync(`${distDir}/data/corpus.json`, 'utf8')));
}

const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] };

/** Runs axe-core on the page as it is and returns its violations in a readable form. */
export async function runAxe(page: Page): Promise<string[]> {
  // Evaluated over CDP rather than added as an inline <script>, which the site's Content-Security-Policy blocks.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context?: unknown, options?: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')} — ${node.failureSummary}`),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/**
 * Waits until the app has drawn over the build's prerendered HTML (#root loses data-prerendered), the view's
 * heading is in (data loaded), no skeleton is left, and every chart has drawn.
 */
export async function waitForView(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => {
    if (document.querySelector('#root[data-prerendered]')) return false;
    const pending = [...document.querySelectorAll<HTMLElement>('[aria-busy="true"], .histogram-placeholder, .chart-placeholder')];
    if (pending.some((el) => el.offsetParent !== null)) return false;
    // Charts folded away (display: none, e.g. the histogram behind "More filters" on a phone) never draw.
    const shown = [...document.querySelectorAll<HTMLElement>('.recharts-responsive-container')].filter((el) => el.offsetParent !== null);
    return shown.every((el) => el.querySelector('.recharts-surface'));
  });
}
