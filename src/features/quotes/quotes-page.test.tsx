import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

beforeEach(() => {
  stubDataFetch();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const location = () => screen.getByTestId('location').textContent;
/** The quote texts of the table's body rows, in order. */
async function quoteTexts() {
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.querySelector('blockquote')?.textContent);
}

test('lists every quote, newest first, with its speaker, article and the outlets with the same words', async () => {
  renderApp('/quotes');
  expect(await screen.findByRole('heading', { level: 1, name: 'Quotes' })).toBeInTheDocument();
  expect(await quoteTexts()).toEqual(['Vladimir called me up.', 'the call was constructive', 'I’d like to see a deal with Russia.', "I'd like to see a deal with Russia.", 'We will not accept ultimatums.']);
  expect(screen.getByText('5 quotes, newest first')).toBeInTheDocument();
  const echoed = screen.getAllByRole('row').find((row) => row.textContent?.includes("I'd like to see a deal"))!;
  expect(within(echoed).getByRole('link', { name: 'The Guardian' })).toHaveAttribute('href', '/articles/guardian-putin-called');
  expect(within(echoed).getByRole('link', { name: /^In context/ })).toHaveAttribute('href', '/articles/rt-deal-with-russia#b2');
});

test('filters by speaker through the combobox and keeps the view in the URL', async () => {
  const user = userEvent.setup();
  renderApp('/quotes');
  await user.type(await screen.findByRole('combobox', { name: 'Speaker' }), 'pesk');
  await user.click(await screen.findByRole('option', { name: /Dmitry Peskov/ }));
  await waitFor(() => expect(location()).toBe('/quotes?speaker=dmitry-peskov'));
  expect(await quoteTexts()).toEqual(['the call was constructive']);
  expect(screen.getByText('reported speech')).toBeInTheDocument();
  expect(screen.getByText('1 of 5 quotes match')).toBeInTheDocument();
});

test('opens the same view from a shared address, and unticking a kind narrows it', async () => {
  const user = userEvent.setup();
  renderApp('/quotes?speaker=donald-trump&outlet=The+Guardian');
  expect(await quoteTexts()).toEqual(['Vladimir called me up.', 'I’d like to see a deal with Russia.']);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'echoes');
  await waitFor(() => expect(location()).toContain('sort=echoes'));
  await waitFor(async () => expect(await quoteTexts()).toEqual(['I’d like to see a deal with Russia.', 'Vladimir called me up.']));
  await user.click(screen.getByRole('checkbox', { name: 'Reported speech' }));
  await waitFor(() => expect(location()).toContain('kind=direct%2Cpartial'));
});

test('finds quotes by their words and says what it ignored in the address', async () => {
  const user = userEvent.setup();
  renderApp('/quotes?speaker=nobody');
  expect(await screen.findByText('Ignored speaker “nobody”: nobody with that id.')).toBeInTheDocument();
  await user.type(screen.getByRole('searchbox', { name: 'Words in the quote' }), 'ultimat');
  await waitFor(async () => expect(await quoteTexts()).toEqual(['We will not accept ultimatums.']));
  expect(location()).toBe('/quotes?q=ultimat');
  await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
  await waitFor(() => expect(location()).toBe('/quotes'));
  expect(screen.getByRole('searchbox', { name: 'Words in the quote' })).toHaveValue('');
});

test('an empty result says so', async () => {
  renderApp('/quotes?q=zzzz');
  expect(await screen.findByRole('heading', { name: 'No quotes match all these filters' })).toBeInTheDocument();
});

test('cites a quote in APA from its row, and reported speech as reported speech', async () => {
  const user = userEvent.setup();
  renderApp('/quotes?speaker=dmitry-peskov');
  await user.click(await screen.findByRole('button', { name: /^Cite reported speech of Dmitry Peskov/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Cite this reported speech' });
  await user.click(within(dialog).getByRole('radio', { name: 'APA 7th' }));
  const output = within(dialog).getByLabelText('Citation, APA 7th');
  await waitFor(() => expect(output).toHaveTextContent(/^Reported speech, not a direct quote: Dmitry Peskov, as paraphrased in:/));
  expect(output).toHaveTextContent('Putin called me up, says Trump. (2025, June 25). The Guardian.');
  expect(output).not.toHaveTextContent('“the call was constructive');
  await user.click(within(dialog).getByRole('radio', { name: /^RIS/ }));
  await waitFor(() => expect(within(dialog).getByLabelText(/^Citation, RIS/)).toHaveTextContent(/^TY - NEWS/));
  expect(within(dialog).getByRole('button', { name: 'Download .ris' })).toBeEnabled();
});
