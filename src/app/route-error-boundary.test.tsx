import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

// The people page throws while `failing` is set: a stand-in for any record a view cannot render.
const state = vi.hoisted(() => ({ failing: true }));
vi.mock('#src/features/people/people-page.tsx', () => ({
  PeoplePage: () => {
    if (state.failing) throw new Error('Invalid time value');
    return <h1>People, rendered</h1>;
  },
}));

beforeEach(() => {
  state.failing = true;
  stubDataFetch();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('a view that throws shows the error inside the shell, not a white page', async () => {
  renderApp('/people');
  expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('Invalid time value');
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /All articles/ })).toHaveAttribute('href', '/');
});

test('"Try again" renders the view again once it can be shown', async () => {
  const user = userEvent.setup();
  renderApp('/people');
  await screen.findByRole('heading', { name: 'This page could not be shown' });
  state.failing = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { name: 'People, rendered' })).toBeInTheDocument();
});

test('the way home leaves the failure behind', async () => {
  const user = userEvent.setup();
  renderApp('/people');
  await user.click(await screen.findByRole('link', { name: /All articles/ }));
  expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
  expect(await screen.findByRole('link', { name: 'Putin called me up, says Trump' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).not.toBeInTheDocument();
});
