import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

beforeEach(() => {
  stubDataFetch();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The main region once the view has settled past its loading skeleton. */
async function settledMain(): Promise<HTMLElement> {
  const main = await screen.findByRole('main');
  await vi.waitFor(() => expect(main.textContent?.trim().replace(/^Loading.*$/, '')).not.toBe(''));
  return main;
}

test.each(['/x%0a', '/articles/a/%0D', '/%0d', '/people/%00', '/x%E0%A4%A'])('%s renders a notice inside the shell, not a blank page', async (url) => {
  renderApp(url);
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.getByRole('main')).toHaveTextContent(/line break or control character|broken %-escape/);
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
});

test('5,000 unknown query keys give one short notice, not 5,000', async () => {
  const query = Array.from({ length: 5000 }, (_, index) => `junk${index}=1`).join('&');
  renderApp(`/?${query}`);
  expect(await screen.findByText(/Ignored 5,000 unknown parameters: “junk0”, “junk1”, “junk2” and 4,997 more\./)).toBeInTheDocument();
  expect(screen.queryAllByText(/Ignored unknown parameter/)).toHaveLength(0);
});

test('no random path or query string throws or leaves the main region empty', async () => {
  const segment = fc.oneof(
    fc.constantFrom('articles', 'people', 'charts', '%0A', '%0D', '%00', '%', '%E0', '..', '%2F', '<script>', 'rt-deal-with-russia', 'donald-trump'),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
  );
  const query = fc.array(fc.tuple(fc.constantFrom('person', 'from', 'to', 'q', 'publisher', 'sort', 'x', '%0A'), fc.string({ maxLength: 12 })), { maxLength: 6 });
  await fc.assert(
    fc.asyncProperty(fc.array(segment, { minLength: 0, maxLength: 3 }), query, async (segments, pairs) => {
      const search = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
      const view = renderApp(`/${segments.join('/')}${search ? `?${search}` : ''}`);
      try {
        await settledMain();
      } finally {
        view.unmount();
      }
    }),
    { numRuns: 40 },
  );
}, 60_000);
