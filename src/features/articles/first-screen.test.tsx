import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import type { IndexFile, IndexPart } from '#src/data/app-files.ts';
import { compareNewestFirst } from '#src/data/article-order.ts';
import { listFacetsOf } from '#src/ingest/build-app-files.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

// The fixture as the ingest writes a large collection: the newest article in index.json, the rest in a part.
const sorted = [...fixtureIndex.articles].sort(compareNewestFirst);
const head: IndexFile = {
  ...fixtureIndex,
  articles: sorted.slice(0, 1),
  articleParts: ['index/articles-0.json'],
  stories: [],
  storiesPart: 'index/stories.json',
  facets: listFacetsOf(sorted),
};
const storiesFile = { schemaVersion: fixtureIndex.schemaVersion, stories: fixtureIndex.stories };
const part: IndexPart = { schemaVersion: fixtureIndex.schemaVersion, articles: sorted.slice(1) };
const respond = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

function stubWithHeldPart() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  stubDataFetch({ 'index.json': () => respond(head), 'index/stories.json': () => respond(storiesFile), 'index/articles-0.json': async () => (await held, respond(part)) });
  return release;
}

const rowTitles = () => within(screen.getByRole('region', { name: 'Results' })).queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

test('the list draws its newest articles and the whole count before the rest of a large index arrives', async () => {
  const release = stubWithHeldPart();
  renderApp('/');
  expect(await screen.findByText('4 articles, newest first')).toBeInTheDocument();
  expect(rowTitles()).toEqual(['Putin called me up, says Trump']);
  // An export now would hold the first screen's articles alone: the buttons keep their place, disabled.
  expect(screen.getByRole('button', { name: 'Export 4 articles as CSV' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Export 4 articles as CSV' })).toHaveAttribute('title', 'Loading all 4 articles…');
  // The filters already offer every outlet, from the ingest's facets.
  expect(within(screen.getByRole('combobox', { name: 'Publisher' })).getAllByRole('option').map((option) => option.textContent)).toEqual(
    ['All publishers', ...listFacetsOf(sorted).publishers],
  );
  release();
  expect(await screen.findByRole('heading', { level: 2, name: 'A note without a date' })).toBeInTheDocument();
  expect(rowTitles()).toHaveLength(4);
  expect(screen.getByRole('button', { name: 'Export 4 articles as CSV' })).toBeEnabled();
  // The stories came from their own file: grouping by story finds them.
  expect(fixtureIndex.stories.length).toBeGreaterThan(0);
  await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Group by story' }));
  const story = fixtureIndex.stories[0]!;
  expect(await screen.findByRole('link', { name: `Story: ${story.title}` })).toHaveAttribute('href', `/stories/${story.id}`);
});

test('a filter set before the rest arrives waits for every article instead of answering from the first screen', async () => {
  const release = stubWithHeldPart();
  const user = userEvent.setup();
  renderApp('/');
  await screen.findByText('4 articles, newest first');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Publisher' }), 'The Guardian');
  const results = screen.getByRole('region', { name: 'Results' });
  expect((await within(results).findAllByRole('status'))[0]).toHaveTextContent('Loading all 4 articles…');
  expect(rowTitles()).toEqual([]);
  release();
  expect(await screen.findByText(/of 4 articles match/)).toBeInTheDocument();
  expect(rowTitles().length).toBeGreaterThan(0);
});

test('parts that do not add up to the count are reported, not shown as the whole list', async () => {
  stubDataFetch({
    'index.json': () => respond({ ...head, facets: { ...head.facets!, articleCount: 5 } }),
    'index/stories.json': () => respond(storiesFile),
    'index/articles-0.json': () => respond(part),
  });
  renderApp('/?publisher=RT');
  expect(await screen.findByRole('alert')).toHaveTextContent('index.json counts 5 articles but its parts hold 4');
});
