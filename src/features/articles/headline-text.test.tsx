import { screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { fixtureArticleFile } from '#src/testing/fixture-corpus.ts';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('marks a quote in the headline with a link to its speaker, keeping the heading named by the title', async () => {
  const file = fixtureArticleFile('rt-deal-with-russia')!;
  const title = file.article.blocks[0]!;
  const start = title.start + title.text.indexOf('deal with Russia');
  const headlineQuote = { ...file.quotes[0]!, id: 'rt-deal-with-russia-headline', text: 'deal with Russia', block: 0, start, end: start + 'deal with Russia'.length };
  stubDataFetch({ 'articles/rt-deal-with-russia.json': () => Response.json({ ...file, quotes: [...file.quotes, headlineQuote] }) });
  renderApp('/articles/rt-deal-with-russia');
  const heading = await screen.findByRole('heading', { level: 1, name: 'Trump says he wants to see deal with Russia' });
  expect((await within(heading).findByText('deal with Russia')).tagName).toBe('MARK');
  expect(within(heading).getByRole('link', { name: 'Quote by Donald Trump' })).toHaveAttribute('href', '/people/donald-trump');
});
