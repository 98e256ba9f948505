import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { IndexFile } from '../../src/data/app-files.ts';
import type { Dataset } from '../../src/data/contract.ts';
import { launchBrowser, openPage, readContract, readCorpus, runAxe, screenshot, startSite, waitForView } from './support.ts';

let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;
let corpus: IndexFile;
let datasets: Dataset[];

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  corpus = readCorpus();
  datasets = readContract().datasets;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function routes(): { name: string; path: string; heading: string }[] {
  const article = corpus.articles.find((a) => a.embeddedIds.length > 0) ?? corpus.articles[0]!;
  const person = [...corpus.people].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const dataset = datasets[0];
  const story = corpus.stories[0];
  return [
    { name: 'list', path: '/', heading: 'Articles' },
    { name: 'list-filtered', path: `/?person=${person.id}&q=russia`, heading: 'Articles' },
    { name: 'list-notice', path: '/?from=garbage&person=nobody', heading: 'Articles' },
    { name: 'article', path: `/articles/${article.id}`, heading: article.title },
    { name: 'article-source', path: `/articles/${article.id}/source`, heading: article.title },
    { name: 'people', path: '/people', heading: 'People' },
    { name: 'person', path: `/people/${person.id}`, heading: person.name },
    { name: 'quotes', path: '/quotes', heading: 'Quotes' },
    { name: 'quotes-filtered', path: `/quotes?speaker=${person.id}&kind=direct,partial&sort=oldest`, heading: 'Quotes' },
    { name: 'my-pages', path: '/my-pages', heading: 'My pages' },
    { name: 'list-by-story', path: '/?group=story', heading: 'Articles' },
    ...(story ? [{ name: 'story', path: `/stories/${story.id}`, heading: story.title }] : []),
    { name: 'story-missing', path: '/stories/no-such-story', heading: 'Story not found' },
    { name: 'charts', path: '/charts', heading: 'Charts' },
    ...(dataset ? [{ name: 'chart', path: `/charts/${dataset.id}`, heading: dataset.title }] : []),
    { name: 'article-missing', path: '/articles/no-such-article', heading: 'Article not found' },
    { name: 'person-missing', path: '/people/nobody', heading: 'Person not found' },
    { name: 'chart-missing', path: '/charts/nothing-here', heading: 'Chart not found' },
  ];
}

// One page visits every route once: axe in light and dark, screenshots at 1280px (light) and 390px (dark).
test('every route opens by deep link, passes axe in light and dark, and logs no errors', async () => {
  const { page, errors } = await openPage(browser, { width: 1280, colorScheme: 'light' });
  for (const route of routes()) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.url + route.path);
    await waitForView(page);
    // By accessible name: a quote marked in an article's headline puts its speaker tag inside the h1, not in its name.
    const titled = page.locator('main').getByRole('heading', { level: 1, name: route.heading, exact: true });
    expect(await titled.count(), `${route.path}: ${await page.locator('main h1').first().textContent()}`).toBeGreaterThanOrEqual(1);
    expect(await runAxe(page), `${route.path} in light`).toEqual([]);
    await screenshot(page, `${route.name}-1280`);

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(page), `${route.path} in dark`).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForView(page);
    // Charts re-measure a moment after the resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${route.path} fits a 390px phone` }).toBeLessThanOrEqual(390);
    await screenshot(page, `${route.name}-390`);
  }
  expect(errors).toEqual([]);
});
