import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { IndexFile } from '../../src/data/app-files.ts';
import { searchManifestSchema, searchShardSchema } from '../../src/data/search-files.ts';
import type { Quote } from '../../src/data/contract.ts';
import { openShardedSearch } from '../../src/data/search-shards.ts';
import { distDir, launchBrowser, openPage, readContract, readCorpus, runAxe, startSite, waitForView, type OpenedPage } from './support.ts';

/** The answer the built search files give, read from disk: what the page must show. */
function searchBuiltFiles(q: string) {
  const read = (path: string) => JSON.parse(readFileSync(`${distDir}/data/${path}`, 'utf8')) as unknown;
  return openShardedSearch(searchManifestSchema.parse(read('search.json')), async (path) => searchShardSchema.parse(read(path))).search(q);
}

let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;
let corpus: IndexFile;
let quotes: Quote[];
let opened: OpenedPage | undefined;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  corpus = readCorpus();
  quotes = readContract().quotes;
});
afterEach(async () => {
  // Every test fails on a console error unless it closed its own page after expecting one.
  if (opened) {
    const { errors } = opened;
    await opened.page.context().close();
    opened = undefined;
    expect(errors).toEqual([]);
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  opened = await openPage(browser, { width });
  await opened.page.goto(site.url + path);
  await waitForView(opened.page);
  return opened.page;
}

const search = () => new URL(opened!.page.url()).search;
/** The count line once it has settled on the expected text (the URL changes a moment before React re-renders). */
async function expectCount(page: Page, text: string) {
  await expect.poll(() => page.locator('.result-count').textContent()).toBe(text);
}
const matchText = (count: number) => `${count} of ${corpus.articles.length} ${corpus.articles.length === 1 ? 'article' : 'articles'} match`;
const mostMentioned = () => {
  const counts = new Map<string, number>();
  for (const article of corpus.articles) for (const id of article.personIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return corpus.people.find((person) => person.id === id)!;
};

test('person type-ahead filters the list, and the URL, to articles naming them', async () => {
  const page = await open('/');
  const person = mostMentioned();
  await page.getByRole('combobox', { name: 'Person' }).fill(person.name.slice(0, 4));
  await page.getByRole('option', { name: new RegExp(person.name) }).click();
  await page.waitForURL(`**/?person=${person.id}`);
  const expected = corpus.articles.filter((article) => article.personIds.includes(person.id));
  await expectCount(page, matchText(expected.length));
  const shown = await page.locator('.row-title').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const title of shown) expect(expected.map((article) => article.title)).toContain(title);
});

test('publisher select filters, and back, forward and reload restore each state', async () => {
  const page = await open('/');
  const person = mostMentioned();
  const publisher = corpus.articles.find((article) => article.publisher)!.publisher!;
  await page.getByRole('combobox', { name: 'Person' }).fill(person.name.slice(0, 4));
  await page.getByRole('option', { name: new RegExp(person.name) }).click();
  await page.getByRole('combobox', { name: 'Publisher' }).selectOption(publisher);
  await page.waitForURL(/publisher=/);
  expect(search()).toBe(`?${new URLSearchParams({ person: person.id, publisher })}`);
  const both = corpus.articles.filter((a) => a.personIds.includes(person.id) && a.publisher === publisher).length;
  await expectCount(page, matchText(both));

  await page.goBack();
  await page.waitForURL(`**/?person=${person.id}`);
  expect(await page.getByRole('combobox', { name: 'Publisher' }).inputValue()).toBe('');
  await page.goBack();
  await page.waitForURL((url) => url.search === '');
  await expectCount(page, `${corpus.articles.length} articles, newest first`);
  await page.goForward();
  await page.goForward();
  await page.waitForURL(/publisher=/);
  await page.reload();
  await waitForView(page);
  expect(await page.getByRole('combobox', { name: 'Publisher' }).inputValue()).toBe(publisher);
  await expectCount(page, matchText(both));
});

test('date inputs set an inclusive range in the URL', async () => {
  const page = await open('/');
  const dates = corpus.articles.flatMap((a) => (a.publishedOn ? [a.publishedOn] : [])).sort();
  const from = dates[Math.floor(dates.length / 2)]!;
  await page.getByLabel('From').fill(from);
  await page.waitForURL(`**/?from=${from}`);
  await expectCount(page, matchText(dates.filter((date) => date >= from).length));
});

test('clicking a histogram bar sets both dates', async () => {
  const page = await open('/');
  await page.locator('.histogram-bar:not([height="0"])').last().click({ force: true });
  await page.waitForURL(/from=.*to=/);
  const params = new URL(page.url()).searchParams;
  const [from, to] = [params.get('from')!, params.get('to')!];
  expect(from <= to).toBe(true);
  const inRange = corpus.articles.filter((a) => a.publishedOn && a.publishedOn >= from && a.publishedOn <= to).length;
  expect(inRange).toBeGreaterThan(0);
  await expectCount(page, matchText(inRange));
  expect(await page.getByLabel('From').inputValue()).toBe(from);
});

test('a date typed digit by digit commits once, when its year is complete', async () => {
  const page = await open('/');
  const seen: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && seen.push(new URL(frame.url()).search));
  const from = page.getByLabel('From');
  await from.focus();
  // Chromium's date field takes the digits of each part in turn, in the page's locale order.
  const order = await page.evaluate(() => new Intl.DateTimeFormat().formatToParts(new Date(Date.UTC(2025, 5, 1))).map((part) => part.type));
  const digits: Record<string, string> = { month: '06', day: '01', year: '2025' };
  for (const part of order.filter((type) => type in digits)) await page.keyboard.type(digits[part]!, { delay: 40 });
  await page.waitForURL('**/?from=2025-06-01');
  await page.keyboard.press('Tab');
  expect(await from.inputValue()).toBe('2025-06-01');
  expect(seen.filter((query) => /from=0/.test(query))).toEqual([]);
});

test('the histogram has a keyboard path: arrows, Shift to widen, Enter to choose, Escape to clear', async () => {
  const page = await open('/');
  const chart = page.getByRole('group', { name: 'Articles over time' });
  await chart.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Enter');
  await page.waitForURL(/from=.*to=/);
  await expectCount(page, matchText(corpus.articles.filter((a) => a.publishedOn).length));
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => !url.search.includes('from='));
});

test('free-text search uses the index, highlights matches, and adds one history entry while typing', async () => {
  const page = await open('/');
  // A word from a title, so the highlight is sure to be on screen.
  const word = corpus.articles.flatMap((article) => article.title.toLowerCase().match(/\p{L}{7,}/gu) ?? [])[0]!;
  await page.getByRole('searchbox', { name: 'Search articles' }).pressSequentially(word, { delay: 30 });
  await page.waitForURL(`**/?q=${word}`);
  const expected = (await searchBuiltFiles(word)).matches.size;
  await expectCount(page, matchText(expected));
  if (expected > 0) expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(0);
  await page.goBack();
  await page.waitForURL((url) => url.search === '');
  expect(await page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe('');
});

test('an impossible combination says which filter to loosen, and clear resets everything', async () => {
  const page = await open('/?q=zzzzqqqq');
  await page.getByRole('heading', { name: 'No articles match all these filters' }).waitFor();
  await page.getByRole('button', { name: 'Remove the search “zzzzqqqq”' }).click();
  await page.waitForURL((url) => url.search === '');
  await page.goto(`${site.url}/?person=${mostMentioned().id}&from=2020-01-01`);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.waitForURL((url) => url.search === '');
});

test('malformed and hostile parameters are ignored with a visible notice', async () => {
  const page = await open('/?from=garbage&person=%3Cscript%3Ealert(1)%3C%2Fscript%3E&colour=red');
  const notices = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notices.textContent()).resolves.toContain('Ignored from=“garbage”');
  await expect(notices.textContent()).resolves.toContain('<script>alert(1)</script>');
  await expectCount(page, `${corpus.articles.length} articles, newest first`);
});

test('"/" focuses the search field, from any page', async () => {
  const page = await open('/people');
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('people-filter');
  await page.goto(`${site.url}/charts`);
  await waitForView(page);
  await page.keyboard.press('/');
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('#article-search:focus').waitFor();
});

test('#bN scrolls to and highlights that block of an article', async () => {
  const quote = quotes.find((q) => q.block > 3) ?? quotes[0]!;
  const page = await open(`/articles/${quote.articleId}#b${quote.block}`, 390);
  const block = page.locator(`#b${quote.block}`);
  await expect.poll(() => block.getAttribute('data-highlighted')).toBe('');
  const box = await block.boundingBox();
  expect(box && box.y >= 0 && box.y < 844).toBe(true);
});

test('view source shows cuts struck through with their reason', async () => {
  const file = JSON.parse(readFileSync(`${distDir}/data/index.json`, 'utf8')) as IndexFile;
  const page = await open(`/articles/${file.articles[0]!.id}`);
  await page.getByRole('link', { name: 'View source' }).click();
  await page.waitForURL(`**/articles/${file.articles[0]!.id}/source`);
  await page.locator('.source-text').waitFor();
  const cuts = await page.locator('.source-text del.source-cut').count();
  const reasons = await page.locator('.cut-reason').count();
  expect(cuts).toBe(reasons);
  await page.reload();
  await page.locator('.source-text').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForURL(`**/articles/${file.articles[0]!.id}`);
  await page.getByRole('link', { name: 'View source' }).waitFor();
});

test('a data file that fails to load shows an error with a retry that recovers', async () => {
  opened = await openPage(browser);
  const { page } = opened;
  let fail = true;
  await page.route('**/data/index.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto(`${site.url}/people`);
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('HTTP 503');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('table').waitFor();
  // The 503 was deliberate: drop the errors it logged, keep checking for any others.
  opened.errors.splice(0, opened.errors.length, ...opened.errors.filter((error) => !error.includes('503')));
});

test('copy-link and cite put a #bN link and the quote with its speaker on the clipboard', async () => {
  // A quote in the body: the headline block is the h1, which has no buttons of its own.
  const titleBlocks = new Map(corpus.articles.map((article) => [article.id, article.titleBlock]));
  const quote = quotes.find((q) => q.speakerId !== null && q.kind !== 'indirect' && titleBlocks.get(q.articleId) !== q.block)!;
  const speaker = corpus.people.find((person) => person.id === quote.speakerId)!;
  const page = await open(`/articles/${quote.articleId}`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const block = page.locator(`#b${quote.block}`);
  await block.hover();
  await block.getByRole('button', { name: /^Copy link to / }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/articles/${quote.articleId}#b${quote.block}`);
  await block.getByRole('button', { name: `Cite quote by ${speaker.name}` }).first().click();
  await page.getByRole('dialog', { name: 'Cite this quote' }).getByRole('button', { name: 'Copy citation' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`— ${speaker.name}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`#b${quote.block}`);
});

test('a citation of reported speech says so, and names the article, its outlet and the date basis', async () => {
  const titleBlocks = new Map(corpus.articles.map((article) => [article.id, article]));
  const quote = quotes.find((q) => q.speakerId !== null && q.kind === 'indirect' && titleBlocks.get(q.articleId)!.titleBlock !== q.block);
  // The seeds have attributed reported speech; if a pipeline change lost all of it, this test must say so, not pass.
  if (!quote) throw new Error('no attributed indirect quote in the built corpus to cite');
  const article = titleBlocks.get(quote.articleId)!;
  const speaker = corpus.people.find((person) => person.id === quote.speakerId)!;
  const page = await open(`/articles/${quote.articleId}`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const block = page.locator(`#b${quote.block}`);
  await block.hover();
  await block.getByRole('button', { name: `Cite reported speech of ${speaker.name}` }).first().click();
  await page.getByRole('dialog', { name: 'Cite this reported speech' }).getByRole('button', { name: 'Copy citation' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Reported speech, not a direct quote:/);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(`“${article.title}”`);
  expect(text).not.toContain(`“${quote.text}`);
  if (article.publisher) expect(text).toContain(article.publisher);
  if (article.publishedOn && article.dateSource !== 'stated') expect(text).toContain('(date inferred by Readout)');
});

test('cites a quote in APA and Chicago from the quotes explorer, with citation-js running under the CSP', async () => {
  const quote = quotes.find((q) => q.speakerId !== null && q.kind === 'direct');
  if (!quote) throw new Error('no attributed direct quote in the built corpus to cite');
  const speaker = corpus.people.find((person) => person.id === quote.speakerId)!;
  const article = corpus.articles.find((a) => a.id === quote.articleId)!;
  const page = await open(`/quotes?speaker=${speaker.id}&kind=direct`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.getByRole('button', { name: `Cite quote by ${speaker.name}: ${quote.text.slice(0, 40)}` }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Cite this quote' });
  await dialog.getByRole('radio', { name: 'APA 7th' }).check();
  await expect.poll(() => dialog.getByLabel('Citation, APA 7th').textContent()).toContain(`— ${speaker.name}, quoted in:`);
  expect(await dialog.getByLabel('Citation, APA 7th').textContent()).toContain(article.title.slice(0, 20));
  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('quoted in:');
  await dialog.getByRole('radio', { name: /^Chicago/ }).check();
  await expect.poll(() => dialog.getByLabel(/^Citation, Chicago/).textContent()).toContain('quoted in:');
  expect(await runAxe(page), 'cite dialog in light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await runAxe(page), 'cite dialog in dark').toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await page.reload();
  // The style chosen last is the one the next dialog opens with.
  await page.getByRole('button', { name: `Cite quote by ${speaker.name}: ${quote.text.slice(0, 40)}` }).first().click();
  expect(await page.getByRole('dialog', { name: 'Cite this quote' }).getByRole('radio', { name: /^Chicago/ }).isChecked()).toBe(true);
});

test('copying a paragraph gives the article text, without speaker tags', async () => {
  const titleBlocks = new Map(corpus.articles.map((article) => [article.id, article.titleBlock]));
  const quote = quotes.find((q) => q.speakerId !== null && titleBlocks.get(q.articleId) !== q.block)!;
  const file = JSON.parse(readFileSync(`${distDir}/data/articles/${quote.articleId}.json`, 'utf8')) as { article: { blocks: { text: string }[] } };
  const page = await open(`/articles/${quote.articleId}`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.locator(`#b${quote.block} .block-text`).selectText();
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(file.article.blocks[quote.block]!.text.trim());
});

test('keyboard: a skip link reaches the results in two Tabs, and removing a person keeps focus in the filters', async () => {
  const page = await open('/');
  const focused = () => page.evaluate(() => (document.activeElement === document.body ? 'body' : (document.activeElement?.textContent ?? '').trim()));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Skip to results');
  await page.keyboard.press('Enter');
  // From the results region: past its own controls (sort, group by story, CSV, JSON) to the first article, not 18 Tabs.
  const first = (await page.locator('.results .row-title a').first().textContent())!.trim();
  let tabs = 0;
  while ((await focused()) !== first && tabs < 6) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  expect(await focused()).toBe(first);
  expect(tabs).toBeLessThanOrEqual(5);
  expect(new URL(page.url()).hash).toBe('');

  const person = mostMentioned();
  const box = page.getByRole('combobox', { name: 'Person' });
  await box.fill(person.name.slice(0, 4));
  await page.getByRole('option', { name: new RegExp(person.name) }).click();
  await page.waitForURL(`**/?person=${person.id}`);
  await box.focus();
  await page.keyboard.press('Tab');
  expect(await focused()).toContain(person.name);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.search.includes('person='));
  expect(await focused()).not.toBe('body');
});

test('an article opened from search starts at its first match with the terms marked', async () => {
  const page = await open('/');
  const word = 'kiev';
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
  await page.waitForURL(`**/?q=${word}`);
  // Kiev and Kyiv are one word to search: either spelling finds the same articles.
  const found = (await searchBuiltFiles(word)).matches;
  expect([...(await searchBuiltFiles('Kyiv')).matches].sort()).toEqual([...found].sort());
  expect(found.size).toBeGreaterThan(0);
  await page.locator('.results h2 a, .results h3 a').first().click();
  await page.waitForURL('**/articles/**');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0);
  // Focus moves to the first block that has a term, when the body has one (it may be only in the headline).
  const focused = await page.evaluate(() => document.activeElement?.closest('.reader-body .block')?.textContent ?? null);
  if (focused !== null) expect(focused.toLowerCase()).toMatch(/kyiv|kiev/);
});

test('the filtered list exports as CSV that parses back to the rows shown, with links back', async () => {
  const person = mostMentioned();
  const page = await open(`/?person=${person.id}`);
  const expected = corpus.articles.filter((article) => article.personIds.includes(person.id));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${expected.length} ${expected.length === 1 ? 'article' : 'articles'} as CSV` }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const shown = await page.locator('.results .row-title a').allTextContents();
  // The list is virtual: the rows drawn are the start of the export, in the same order.
  expect(shown.length).toBeGreaterThan(0);
  expect(parsed.data.map((row) => row.title).slice(0, shown.length)).toEqual(shown.map((title) => title.trim()));
  expect(parsed.data).toHaveLength(expected.length);
  for (const row of parsed.data) expect(row.readout_link).toBe(`${site.url}/articles/${row.article_id}`);
});

test("a chart's data exports as CSV with one row per point, each linking to the paragraph it was read from", async () => {
  const dataset = readContract().datasets[0];
  if (!dataset) return;
  const page = await open(`/charts/${dataset.id}`);
  const name = `Export the ${dataset.points.length} points of “${dataset.title}” as CSV`;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((row) => [row.label, Number(row.value)])).toEqual(dataset.points.map((point) => [point.label, point.value]));
  for (const [position, row] of parsed.data.entries()) expect(row.readout_link).toBe(`${site.url}/articles/${dataset.articleId}#b${dataset.points[position]!.block}`);
});

test('a search result shows the passage that matched, with the word marked', async () => {
  const page = await open('/?q=ceasefire');
  const passage = page.locator('.results .row-passage', { hasText: 'Matched passage' }).first();
  await expect.poll(() => passage.count()).toBeGreaterThan(0);
  expect((await passage.locator('mark.search-hit').first().textContent())?.toLowerCase()).toContain('ceasefire');
});

test('a search worker that cannot load says so, and Try again starts a fresh one', async () => {
  // A tab left open across a redeploy asks for a worker script that is gone.
  const { page, errors } = await openPage(browser, { width: 1280 });
  let gone = true;
  await page.route('**/search.worker-*.js', (route) => (gone ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await page.goto(`${site.url}/?q=ceasefire`);
  const results = page.getByRole('region', { name: 'Results' });
  await results.getByText('Search is unavailable').waitFor();
  expect(await results.textContent()).toMatch(/search stopped working/i);
  gone = false;
  await results.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/^\d+ of \d+ articles match$/);
  expect(errors.filter((error) => !/404|Failed to load/.test(error))).toEqual([]);
  await page.context().close();
});

test('sorting the list by quotes puts it in the URL and the most quoted article first', async () => {
  const page = await open('/');
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('quotes');
  await page.waitForURL('**/?sort=quotes');
  const most = Math.max(...corpus.articles.map((article) => article.quoteCount));
  const mostQuoted = corpus.articles.filter((article) => article.quoteCount === most).map((article) => article.title);
  // The URL changes a moment before React re-renders the list: poll for the new first row.
  await expect.poll(async () => mostQuoted.includes((await page.locator('.results .row-title a').first().textContent())!.trim())).toBe(true);
  await page.reload();
  expect(await page.getByRole('combobox', { name: 'Sort' }).inputValue()).toBe('quotes');
});
