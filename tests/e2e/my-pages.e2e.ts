import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, readContract, readCorpus, runAxe, screenshot, startSite, waitForView, type OpenedPage } from './support.ts';

let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
});
afterEach(async () => {
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

// Invented pages, of this story's kind and of another: nothing here is seed or dev-page text.
const HARBOUR = [
  'Harbour reopens after the winter storm',
  'The harbour of Porto Seco reopened on Monday after three weeks of repairs, the city said.',
  '“We lost nineteen days of trade, but the quay is stronger now,” harbour master Ana Ruiz said on Monday.',
  'Repairs cost €2.1 million, the port authority said.',
].join('\n');
const KREMLIN = [
  'Kremlin says it will study the new proposal',
  'Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow had received the text.',
  '“We will study every line of this proposal carefully before we give any answer,” Peskov said.',
].join('\n');

async function open(path: string): Promise<Page> {
  opened = await openPage(browser, { width: 1280 });
  await opened.page.goto(site.url + path);
  await waitForView(opened.page);
  return opened.page;
}

/** Files in a DataTransfer, as a browser hands them to a drag and a drop. */
function transferOf(page: Page, files: { name: string; text: string }[]) {
  return page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    return data;
  }, files);
}

/** Drops files on an element (the drop zone unless told) the way a browser does: a drop event holding them. */
async function dropFiles(page: Page, files: { name: string; text: string }[], target = '.drop-zone') {
  await page.locator(target).dispatchEvent('drop', { dataTransfer: await transferOf(page, files) });
}

test('two dropped files become articles everywhere, survive a reload, and one button removes them', async () => {
  const builtIn = readCorpus().articles.length;
  const page = await open('/my-pages');
  expect(await runAxe(page), '/my-pages empty').toEqual([]);
  await dropFiles(page, [
    { name: 'harbour.txt', text: HARBOUR },
    { name: 'harbour.txt.meta.json', text: JSON.stringify({ publisher: 'The Coast Herald', publishedOn: '2025-03-14', url: 'https://herald.example/harbour' }) },
    { name: 'kremlin.txt', text: KREMLIN },
    { name: 'photo.png', text: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' },
  ]);
  await expect.poll(() => page.getByRole('status').filter({ hasText: /^Added 4 files/ }).count(), { timeout: 60_000 }).toBe(1);
  const files = page.getByRole('region', { name: /^Your files/ });
  expect(await files.getByRole('link', { name: 'Harbour reopens after the winter storm' }).count()).toBe(1);
  expect(await files.getByRole('row', { name: /photo\.png/ }).textContent()).toMatch(/not read/i);
  await screenshot(page, 'my-pages-1280');
  expect(await runAxe(page), '/my-pages with pages, light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await runAxe(page), '/my-pages with pages, dark').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.reload();
  await waitForView(page);
  await page.goto(`${site.url}/`);
  await waitForView(page);
  await expect.poll(() => page.locator('.result-count').textContent()).toBe(`${builtIn + 2} articles, newest first`);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('quay');
  await expect.poll(() => page.locator('.result-count').textContent()).toBe(`1 of ${builtIn + 2} articles match`);
  expect(await page.getByRole('region', { name: 'Results' }).getByText('your page').count()).toBe(1);

  // The reader's Peskov is the built-in Peskov: his new quote is in the quotes explorer with the others.
  await page.goto(`${site.url}/quotes?speaker=dmitry-peskov`);
  await waitForView(page);
  await expect.poll(() => page.getByRole('table').getByText(/We will study every line/).count()).toBe(1);

  await page.goto(`${site.url}/my-pages`);
  await waitForView(page);
  await page.getByRole('button', { name: 'Remove all my pages…' }).click();
  await page.getByRole('button', { name: 'Yes, remove them all' }).click();
  await expect.poll(() => page.getByText('You have not added any pages yet.').count()).toBe(1);
  await page.goto(`${site.url}/`);
  await waitForView(page);
  await expect.poll(() => page.locator('.result-count').textContent()).toBe(`${builtIn} articles, newest first`);
});

test('pasted text becomes an article, with the address given as its original page', async () => {
  const page = await open('/my-pages');
  await page.getByRole('textbox', { name: 'Page text' }).fill(HARBOUR);
  await page.getByRole('textbox', { name: /Address of the page/ }).fill('https://herald.example/harbour');
  await page.getByRole('button', { name: 'Add this text' }).click();
  await page.getByRole('link', { name: 'Harbour reopens after the winter storm' }).click({ timeout: 60_000 });
  await waitForView(page);
  expect(await page.getByRole('link', { name: 'Original page' }).getAttribute('href')).toBe('https://herald.example/harbour');
  expect(await page.getByRole('link', { name: 'your page' }).count()).toBe(1);

  // The page leaves as a seeds folder the CLI reads: the text as pasted, its sidecar with the address.
  await page.goto(`${site.url}/my-pages`);
  await waitForView(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download your 1 page as a seeds folder/ }).click()]);
  const { unzipSync, strFromU8 } = await import('fflate');
  const zipped = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const [name] = Object.keys(zipped).filter((entry) => entry.endsWith('.txt'));
  expect(strFromU8(zipped[name!]!)).toBe(HARBOUR);
  expect(JSON.parse(strFromU8(zipped[`${name}.meta.json`]!))).toEqual({ url: 'https://herald.example/harbour' });
});

test('correcting a date re-sorts the list, survives a reload, and exports as the sidecar the CLI reads', async () => {
  const corpus = readCorpus();
  const article = corpus.articles.find((candidate) => candidate.dateSource === 'inferred' && candidate.parentId === null);
  if (!article) throw new Error('no page with an inferred date in the built corpus to correct');
  const page = await open(`/articles/${article.id}`);
  await page.getByRole('button', { name: 'Correct…' }).click();
  const form = page.getByRole('form', { name: 'Correct this article' });
  await form.getByLabel('Published on').fill('2024-12-31');
  await form.getByRole('button', { name: 'Save corrections' }).click();
  expect(await form.getByRole('alert').textContent()).toMatch(/^Say why the date/);
  await form.getByLabel('Why this date').fill('publication line at the top of the page');
  await form.getByRole('button', { name: 'Save corrections' }).click();
  await expect.poll(() => page.locator('.correction-note').textContent()).toMatch(/corrected by you.*date \(Readout had inferred/);
  expect(await runAxe(page), 'reader with a correction').toEqual([]);

  await page.goto(`${site.url}/?sort=oldest`);
  await waitForView(page);
  await expect.poll(() => page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 2 }).first().textContent()).toBe(article.title);
  await page.reload();
  await waitForView(page);
  await expect.poll(() => page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 2 }).first().textContent()).toBe(article.title);

  await page.goto(`${site.url}/my-pages`);
  await waitForView(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download 1 sidecar file/ }).click()]);
  const { unzipSync, strFromU8 } = await import('fflate');
  const zipped = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const sidecar = JSON.parse(strFromU8(zipped[`${article.sourceFile}.meta.json`]!)) as Record<string, string>;
  expect(sidecar).toMatchObject({ publishedOn: '2024-12-31', dateNote: 'publication line at the top of the page' });
});

test('giving a quote to another speaker moves it to their page and the quotes explorer, and survives a reload', async () => {
  const corpus = readCorpus();
  const contract = readContract();
  const titleBlocks = new Map(contract.articles.map((article) => [article.id, article.titleBlock]));
  const quote = contract.quotes.find((q) => q.speakerId !== null && q.kind === 'direct' && titleBlocks.get(q.articleId) !== q.block);
  if (!quote) throw new Error('no attributed direct quote in the built corpus to reassign');
  const from = corpus.people.find((person) => person.id === quote.speakerId)!;
  const to = [...corpus.people].sort((a, b) => a.name.localeCompare(b.name)).find((person) => person.id !== from.id)!;
  const page = await open(`/articles/${quote.articleId}`);
  const block = page.locator(`#b${quote.block}`);
  await block.hover();
  await block.getByRole('button', { name: `Change the speaker of this quote (now ${from.name})` }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Who said this?' });
  expect(await runAxe(page), 'speaker dialog').toEqual([]);
  await dialog.getByRole('combobox', { name: 'Speaker' }).selectOption(to.id);
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  await expect.poll(() => page.locator('.correction-note').textContent()).toMatch(/the speaker of 1 quote/);
  await page.reload();
  await waitForView(page);
  await expect.poll(() => page.locator(`#b${quote.block}`).getByRole('link', { name: `Quote by ${to.name}` }).count()).toBeGreaterThan(0);

  await page.goto(`${site.url}/quotes?speaker=${to.id}`);
  await waitForView(page);
  await expect.poll(() => page.getByRole('table').getByText(quote.text.slice(0, 30)).count()).toBeGreaterThan(0);
});

test('marking a block as not article text folds it and takes its quotes away; a cut kept as text joins the article; both export', async () => {
  const contract = readContract();
  const article = contract.articles.find(
    (candidate) => candidate.parentId === null && candidate.cuts.length > 0 && contract.quotes.some((quote) => quote.articleId === candidate.id && quote.block !== candidate.titleBlock),
  );
  if (!article) throw new Error('no page with a cut and a quote in the built corpus');
  const quote = contract.quotes.find((candidate) => candidate.articleId === article.id && candidate.block !== article.titleBlock)!;
  const block = article.blocks[quote.block]!;
  const noun = block.type === 'list-item' ? 'list item' : block.type;
  const page = await open(`/articles/${article.id}`);
  await page.locator(`#b${quote.block}`).hover();
  await page.getByRole('button', { name: `Mark ${noun} ${quote.block} as not article text` }).click();
  await expect.poll(() => page.locator(`#b${quote.block}`).textContent()).toMatch(/^You marked this .* as not article text/);
  await expect.poll(() => page.locator('.correction-note').textContent()).toMatch(/1 block taken out as not article text/);
  expect(await runAxe(page), 'reader with a folded block').toEqual([]);

  // In the source, the block is now a cut by the reader; a cut of the pipeline can be kept as text.
  await page.goto(`${site.url}/articles/${article.id}/source`);
  await waitForView(page);
  await expect.poll(() => page.getByText('removed: marked as not article text by you').count()).toBeGreaterThan(0);
  const keep = page.getByRole('button', { name: 'Keep as article text' });
  // The buttons are a lazy chunk: wait for them before counting.
  await expect.poll(() => keep.count()).toBeGreaterThan(0);
  const cuts = await keep.count();
  await keep.first().click();
  await expect.poll(() => keep.count()).toBe(cuts - 1);
  await page.goto(`${site.url}/articles/${article.id}`);
  await waitForView(page);
  await expect.poll(() => page.getByText(/^Restored by you from text Readout had cut/).count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.correction-note').textContent()).toMatch(/1 cut stretch kept as article text/);

  await page.goto(`${site.url}/my-pages`);
  await waitForView(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download 1 sidecar file/ }).click()]);
  const { unzipSync, strFromU8 } = await import('fflate');
  const zipped = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const sidecar = JSON.parse(strFromU8(zipped[`${article.sourceFile}.meta.json`]!)) as { blocks: Record<string, string> };
  expect(Object.entries(sidecar.blocks)).toEqual(expect.arrayContaining([[String(block.start), 'chrome']]));
  expect(Object.values(sidecar.blocks)).toContain('text');
});

test('files dropped on any view go to My pages and are added there', async () => {
  const page = await open('/people');
  const transfer = await transferOf(page, [{ name: 'harbour.txt', text: HARBOUR }]);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Drop to add these pages to My pages' }).count()).toBe(1);
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await page.waitForURL('**/my-pages');
  await page.getByRole('link', { name: 'Harbour reopens after the winter storm' }).click({ timeout: 60_000 });
  await waitForView(page);
  expect(await page.getByRole('link', { name: 'your page' }).count()).toBe(1);
});

test('files dropped on My pages outside its drop zone are added at once', async () => {
  const page = await open('/my-pages');
  await dropFiles(page, [{ name: 'kremlin.txt', text: KREMLIN }], 'h1');
  await expect.poll(() => page.getByRole('link', { name: 'Kremlin says it will study the new proposal' }).count(), { timeout: 60_000 }).toBe(1);
});
