import { screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const withDate = (publishedOn: string) => () =>
  new Response(JSON.stringify({ ...fixtureIndex, articles: fixtureIndex.articles.map((article, index) => (index === 0 ? { ...article, publishedOn } : article)) }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

test.each(['/', '/charts', '/people'])('an index with the date 2025-13-01 gives %s a message, not a blank page', async (url) => {
  stubDataFetch({ 'index.json': withDate('2025-13-01') });
  renderApp(url);
  expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/index\.json does not match the expected format.*real calendar date/);
});
