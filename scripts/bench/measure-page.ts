/**
 * Measuring one page in headless Chromium as the benchmark does (scripts/bench.ts): a cold load
 * (largest contentful paint, layout shift, total blocking time, JavaScript and data bytes, heap),
 * then typing "trump" in the search box (each key until the page settles, the longest keystroke by
 * Event Timing). The floor (scripts/bench-floor) and the app are measured by the same function.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';

export type Sample = { lcp: number; cls: number; tbt: number; scriptBytes: number; dataBytes: number; laterDataBytes: number; heapMB: number; settleFirst: number; settle: number; settleLast: number; longestKey: number; personSettle: number; personLongestKey: number };

/** Serves a built folder as production would (vite preview: compression off, SPA fallback). */
export async function serve(root: string, outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({ root, configFile: false, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  return { url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`, close: () => server.close() };
}

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

// Observers installed before any script of the page runs: what Lighthouse and the web-vitals library read.
// (__name: tsx keeps function names with a helper of that name, which the functions evaluated in the page call.)
const OBSERVERS = `
  window.__name = (fn) => fn;
  window.__bench = { lcp: 0, cls: 0, shifts: [], longTasks: [], events: [], keys: [], mutations: [] };
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) { window.__bench.cls += entry.value; window.__bench.shifts.push([entry.value, (entry.sources || []).map((source) => source.node && source.node.nodeName + '.' + (source.node.className || '')).join(' ')]); } }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__bench.events.push([entry.name, entry.duration]); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  addEventListener('keydown', () => { window.__bench.keys.push(performance.now()); }, true);
  new MutationObserver(() => { window.__bench.mutations.push(performance.now()); }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`;

export async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  page.on('console', (message) => message.text().startsWith('layout shifts') && process.env.BENCH_VERBOSE && console.log(url, message.text()));
  const client = await context.newCDPSession(page);
  await client.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.waitFor();
  await page.waitForTimeout(1500);
  const load = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { lcp: number; cls: number; shifts: [number, string][]; longTasks: [number, number][] } }).__bench;
    if (bench.shifts.length > 0) console.log(`layout shifts: ${JSON.stringify(bench.shifts)}`);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const bytes = (test: (entry: PerformanceResourceTiming) => boolean) => resources.filter(test).reduce((sum, entry) => sum + (entry.encodedBodySize || entry.transferSize), 0);
    return {
      lcp: bench.lcp,
      cls: bench.cls,
      // Total blocking time as Lighthouse counts it: the part of each long task over 50 ms, after the first paint.
      tbt: bench.longTasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      scriptBytes: bytes((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js')),
      // What the largest paint waited for, and what loaded after it (a large index's parts, within the 1.5 s above).
      dataBytes: bytes((entry) => entry.name.endsWith('.json') && entry.responseEnd <= bench.lcp),
      laterDataBytes: bytes((entry) => entry.name.endsWith('.json') && entry.responseEnd > bench.lcp),
    };
  });
  const metrics = await client.send('Performance.getMetrics');
  const heap = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;

  await search.click();
  // The first key loads the search index: let it arrive, so the later keys measure typing alone.
  await page.keyboard.type('t');
  await page.waitForTimeout(1500);
  await page.keyboard.type('rump', { delay: 120 });
  await page.waitForTimeout(1500);
  const searchTyping = await typingSince(page, 1500);
  // The first key also loads the search index; the others show what typing costs once it is there.
  const typing = { settleFirst: searchTyping.settle[0] ?? 0, settle: Math.max(0, ...searchTyping.settle.slice(1)), settleLast: searchTyping.settle.at(-1) ?? 0, longestKey: searchTyping.longestKey };
  // The person filter's type-ahead (the app only; the floor has one field): each key until its suggestions are drawn.
  const person = page.getByRole('combobox', { name: 'Person' });
  let personTyping = { personSettle: 0, personLongestKey: 0 };
  if ((await person.count()) > 0) {
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { events: unknown[]; keys: unknown[]; mutations: unknown[] } }).__bench;
      for (const list of [bench.events, bench.keys, bench.mutations]) list.length = 0;
    });
    await person.click();
    await page.keyboard.type('oka', { delay: 120 });
    await page.waitForTimeout(1000);
    const figures = await typingSince(page, 1000);
    personTyping = { personSettle: Math.max(0, ...figures.settle), personLongestKey: figures.longestKey };
  }
  await context.close();
  return { ...load, heapMB: heap / 1e6, ...typing, ...personTyping };
}

/**
 * What the keys typed so far cost: for each key, the last change of the page before the next key (or
 * within `windowMs`), when what it asked for was drawn; and the longest key event (Event Timing).
 */
function typingSince(page: Page, windowMs: number): Promise<{ settle: number[]; longestKey: number }> {
  return page.evaluate((windowMs) => {
    const bench = (window as unknown as { __bench: { events: [string, number][]; keys: number[]; mutations: number[] } }).__bench;
    const keyEvents = bench.events.filter(([name]) => /^(keydown|keypress|keyup|input|beforeinput)$/.test(name));
    const settle = bench.keys.map((key, index) => {
      const until = Math.min(bench.keys[index + 1] ?? Infinity, key + windowMs);
      const inWindow = bench.mutations.filter((time) => time >= key && time < until);
      return inWindow.length > 0 ? inWindow[inWindow.length - 1]! - key : 0;
    });
    return { settle, longestKey: keyEvents.reduce((max, [, duration]) => Math.max(max, duration), 0) };
  }, windowMs);
}

export const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

