import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

// The fixture's two pages of 24–25 June share the words of one statement and the same people: one story.
const STORY = 'story-rt-deal-with-russia';

beforeEach(() => stubDataFetch());
afterEach(() => vi.unstubAllGlobals());

test('the list grouped by story puts the story first with its articles, and the toggle keeps it in the URL', async () => {
  const user = userEvent.setup();
  renderApp('/?group=story');
  const results = await screen.findByRole('region', { name: 'Results' });
  const storyLink = await within(results).findByRole('link', { name: 'Story: Trump says he wants to see deal with Russia' });
  expect(storyLink).toHaveAttribute('href', `/stories/${STORY}`);
  expect(within(results).getByText(/2 articles · 2 outlets/)).toBeInTheDocument();
  const toggle = screen.getByRole('checkbox', { name: 'Group by story' });
  expect(toggle).toBeChecked();
  await user.click(toggle);
  expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
  expect(within(results).queryByText(/2 articles · 2 outlets/)).not.toBeInTheDocument();
});

test("a story page sets its outlets side by side: each one's descriptions and quotes, and why they were grouped", async () => {
  renderApp(`/stories/${STORY}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Trump says he wants to see deal with Russia' })).toBeInTheDocument();
  expect(screen.getByText(/Grouped because/)).toHaveTextContent(/Donald Trump, Vladimir Putin/);
  const guardian = screen.getByRole('region', { name: 'Putin called me up, says Trump' });
  expect(await within(guardian).findByText('Russian President')).toBeInTheDocument();
  expect(await within(guardian).findByRole('link', { name: /Vladimir called me up/ })).toHaveAttribute('href', expect.stringMatching(/^\/articles\/guardian-putin-called#b\d+$/));
  const rt = screen.getByRole('region', { name: 'Trump says he wants to see deal with Russia' });
  expect(await within(rt).findByText('US President')).toBeInTheDocument();
});

test('an unknown story says so and leads back to the grouped list', async () => {
  renderApp('/stories/no-such-story');
  expect(await screen.findByRole('heading', { name: 'Story not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '← Articles grouped by story' })).toHaveAttribute('href', '/?group=story');
});

test('the reader of a story member links to the side-by-side view', async () => {
  renderApp('/articles/rt-deal-with-russia');
  expect(await screen.findByRole('link', { name: 'compare the outlets side by side' })).toHaveAttribute('href', `/stories/${STORY}`);
});
