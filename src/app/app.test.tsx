import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fixtureDatasetsFile, fixturePersonFile } from '#src/testing/fixture-corpus.ts';
import { renderApp, stubDataFetch } from '#src/testing/render-app.tsx';

beforeEach(() => {
  stubDataFetch();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const location = () => screen.getByTestId('location').textContent;
const articleLinks = async () => {
  const results = await screen.findByRole('region', { name: 'Results' });
  return within(results).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
};

test('lists every article newest first at /', async () => {
  renderApp('/');
  expect(await screen.findByRole('link', { name: 'Putin called me up, says Trump' })).toBeInTheDocument();
  expect(await articleLinks()).toEqual([
    'Putin called me up, says Trump',
    'Trump says he wants to see deal with Russia',
    'Lavrov rejects Western demands',
    'A note without a date',
  ]);
  expect(screen.getByText('4 articles, newest first')).toBeInTheDocument();
});

test("shows only Lavrov's articles for ?person=sergey-lavrov", async () => {
  renderApp('/?person=sergey-lavrov');
  expect(await articleLinks()).toEqual(['Lavrov rejects Western demands']);
  expect(screen.getByText('1 of 4 articles match')).toBeInTheDocument();
});

test('says which page an embedded article was found in', async () => {
  renderApp('/?person=sergey-lavrov');
  const results = await screen.findByRole('region', { name: 'Results' });
  expect(await within(results).findByText(/found inside/i)).toHaveTextContent('Found inside Trump says he wants to see deal with Russia');
});

test('shows a notice and ignores ?from=garbage and an unknown person', async () => {
  renderApp('/?from=garbage&person=nobody');
  expect(await screen.findByText(/Ignored from=“garbage”/)).toBeInTheDocument();
  expect(screen.getByText(/Ignored person “nobody”/)).toBeInTheDocument();
  expect(await articleLinks()).toHaveLength(4);
});

test('renders a <script> parameter as text, never as markup', async () => {
  renderApp('/?person=%3Cscript%3Ealert(1)%3C/script%3E');
  expect(await screen.findByText(/Ignored person “<script>alert\(1\)<\/script>”/)).toBeInTheDocument();
  expect(document.querySelector('script')).toBeNull();
});

test('filters by publisher through the select and pushes the URL', async () => {
  const user = userEvent.setup();
  renderApp('/');
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Publisher' }), 'The Guardian');
  expect(location()).toBe('/?publisher=The+Guardian');
  expect(await articleLinks()).toEqual(['Putin called me up, says Trump']);
});

test('adds a person through the type-ahead', async () => {
  const user = userEvent.setup();
  renderApp('/');
  await user.type(await screen.findByRole('combobox', { name: 'Person' }), 'pesk');
  await user.click(await screen.findByRole('option', { name: /Dmitry Peskov/ }));
  expect(location()).toBe('/?person=dmitry-peskov');
  expect(await articleLinks()).toEqual(['Putin called me up, says Trump']);
});

test('adds and removes a person with the keyboard alone', async () => {
  const user = userEvent.setup();
  renderApp('/');
  await user.click(await screen.findByRole('combobox', { name: 'Person' }));
  await user.keyboard('v');
  await user.keyboard('{ArrowDown}{Enter}');
  expect(location()).toBe('/?person=volodymyr-zelensky');
  await user.click(screen.getByRole('button', { name: /Volodymyr Zelensky.*remove/i }));
  expect(location()).toBe('/');
});

test('searches the prebuilt index and highlights the match', async () => {
  const user = userEvent.setup();
  renderApp('/');
  await user.type(await screen.findByRole('searchbox', { name: 'Search articles' }), 'ultimat');
  await waitFor(async () => expect(await articleLinks()).toEqual(['Lavrov rejects Western demands']));
  expect(location()).toBe('/?q=ultimat');
  expect(screen.getByRole('region', { name: 'Results' }).querySelector('mark')).toHaveTextContent('ultimatums');
});

test('a result shows the passage that matched, not the opening, with the words marked', async () => {
  const user = userEvent.setup();
  renderApp('/');
  await user.type(await screen.findByRole('searchbox', { name: 'Search articles' }), 'prisoner');
  const results = screen.getByRole('region', { name: 'Results' });
  await waitFor(() => expect(within(results).getByText(/Matched passage/)).toBeInTheDocument());
  const passage = within(results).getByText(/Matched passage/).closest('p')!;
  expect(passage).toHaveTextContent('Prisoner exchanges continued after talks on June 2.');
  expect(passage).not.toHaveTextContent('US President Donald Trump says');
  expect(passage.querySelector('mark')).toHaveTextContent('Prisoner');
});

test('explains which filter to loosen when nothing matches', async () => {
  const user = userEvent.setup();
  renderApp('/?person=sergey-lavrov&publisher=The+Guardian');
  expect(await screen.findByRole('heading', { name: 'No articles match all these filters' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Remove the person Sergey Lavrov' }));
  expect(location()).toBe('/?publisher=The+Guardian');
});

test('clears every filter in one click', async () => {
  const user = userEvent.setup();
  renderApp('/?person=donald-trump&from=2025-06-01');
  await user.click(await screen.findByRole('button', { name: 'Clear all filters' }));
  expect(location()).toBe('/');
});

test('opens an article by deep link with quotes linked to their speakers', async () => {
  renderApp('/articles/rt-deal-with-russia');
  expect(await screen.findByRole('heading', { level: 1, name: 'Trump says he wants to see deal with Russia' })).toBeInTheDocument();
  expect(await screen.findByText("I'd like to see a deal with Russia.")).toContainHTML('');
  expect(screen.getByRole('link', { name: 'Quote by Donald Trump' })).toHaveAttribute('href', '/people/donald-trump');
  expect(screen.getByRole('link', { name: 'Lavrov rejects Western demands' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Key points' })).toBeInTheDocument();
  expect(screen.getAllByRole('listitem').some((item) => item.textContent?.includes('6,000 troops'))).toBe(true);
});

test('the reader page gives the evidence for its publisher, as it does for its date', async () => {
  renderApp('/articles/rt-deal-with-russia');
  await screen.findByRole('heading', { level: 1, name: 'Trump says he wants to see deal with Russia' });
  // The basis comes with the article's own file, after the summary has drawn the name.
  await waitFor(() => expect(document.querySelector('.reader-meta .publisher')).toHaveAccessibleDescription(/^The page names it: "© Autonomous Nonprofit Organization TV-Novosti/));
});

test('highlights the headline when #b names the title block', async () => {
  renderApp('/articles/rt-deal-with-russia#b0');
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-highlighted'));
});

test('highlights the block named in #b3', async () => {
  renderApp('/articles/rt-deal-with-russia#b3');
  await waitFor(() => expect(document.getElementById('b3')).toHaveAttribute('data-highlighted'));
  expect(document.getElementById('b3')).toHaveFocus();
});

test('view source strikes out cuts with their reason and marks other articles', async () => {
  const user = userEvent.setup();
  renderApp('/articles/rt-deal-with-russia');
  await user.click(await screen.findByRole('link', { name: 'View source' }));
  expect(await screen.findByText('removed: site chrome')).toBeInTheDocument();
  expect(screen.getByText('Try Our AI Features').tagName).toBe('DEL');
  expect(await screen.findByRole('link', { name: 'another article: Lavrov rejects Western demands' })).toBeInTheDocument();
});

test('the source view has its own address, and Escape leaves it for the clean text', async () => {
  const user = userEvent.setup();
  renderApp('/articles/rt-deal-with-russia/source');
  expect(await screen.findByText('removed: site chrome')).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(await screen.findByRole('link', { name: 'View source' })).toHaveAttribute('href', '/articles/rt-deal-with-russia/source');
  expect(screen.queryByText('removed: site chrome')).not.toBeInTheDocument();
});

test('shows a not-found view with a way back for an unknown article', async () => {
  renderApp('/articles/no-such-article');
  expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /all articles/i })).toHaveAttribute('href', '/');
});

test('shows a not-found view for an unknown person', async () => {
  renderApp('/people/nobody');
  expect(await screen.findByRole('heading', { name: 'Person not found' })).toBeInTheDocument();
});

test('lists people sorted by quotes and filters by name', async () => {
  const user = userEvent.setup();
  renderApp('/people');
  const table = await screen.findByRole('table');
  const names = () => within(table).getAllByRole('link').map((link) => link.textContent);
  expect(names()[0]).toBe('Donald Trump');
  await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'lav');
  expect(names()).toEqual(['Sergey Lavrov']);
  expect(location()).toBe('/people?q=lav');
});

test('sorts people by name through the column header', async () => {
  const user = userEvent.setup();
  renderApp('/people');
  await user.click(await screen.findByRole('button', { name: 'Name' }));
  expect(location()).toBe('/people?sort=name');
  expect(within(screen.getByRole('table')).getAllByRole('link')[0]).toHaveTextContent('Dmitry Peskov');
});

test("person page links each quote to its exact block and groups descriptors by publisher", async () => {
  renderApp('/people/donald-trump');
  expect(await screen.findByRole('heading', { level: 1, name: 'Donald Trump' })).toBeInTheDocument();
  const quotes = screen.getByRole('region', { name: 'Quotes' });
  expect(await within(quotes).findByRole('link', { name: 'Trump says he wants to see deal with Russia' })).toHaveAttribute('href', '/articles/rt-deal-with-russia#b2');
  expect(within(await screen.findByRole('region', { name: 'Described as' })).getByText('RT')).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'Mentioned alongside' })).getByRole('link', { name: /Vladimir Putin/ })).toHaveAttribute('href', '/people/vladimir-putin');
});

test('the first view loads the index alone: no quote or dataset file', async () => {
  const fetchStub = stubDataFetch();
  renderApp('/');
  expect(await articleLinks()).toHaveLength(4);
  expect(fetchStub.mock.calls.map(([input]) => String(input))).toEqual(['/data/index.json']);
});

test("a person page loads that person's quotes from their own file", async () => {
  const fetchStub = stubDataFetch();
  renderApp('/people/sergey-lavrov');
  expect(await screen.findByText('We will not accept ultimatums.')).toBeInTheDocument();
  expect(fetchStub.mock.calls.map(([input]) => String(input))).toEqual(['/data/index.json', '/data/people/sergey-lavrov.json']);
});

test("a person page shows who they are while their quotes fail to load, with a retry", async () => {
  const user = userEvent.setup();
  let calls = 0;
  stubDataFetch({ 'people/donald-trump.json': () => (calls++ === 0 ? new Response('down', { status: 503 }) : Response.json(fixturePersonFile('donald-trump'))) });
  renderApp('/people/donald-trump');
  const quotes = await screen.findByRole('region', { name: 'Quotes' });
  expect(await within(quotes).findByRole('alert')).toHaveTextContent('people/donald-trump.json failed to load (HTTP 503)');
  expect(screen.getByRole('region', { name: 'Mentioned alongside' })).toBeInTheDocument();
  await user.click(within(quotes).getByRole('button', { name: 'Try again' }));
  expect(await within(quotes).findByText('Vladimir called me up.')).toBeInTheDocument();
});

test('the charts page loads the datasets file and retries it when it fails', async () => {
  const user = userEvent.setup();
  let calls = 0;
  stubDataFetch({ 'datasets.json': () => (calls++ === 0 ? new Response('down', { status: 503 }) : Response.json(fixtureDatasetsFile)) });
  renderApp('/charts');
  expect(await screen.findByRole('alert')).toHaveTextContent('datasets.json failed to load (HTTP 503)');
  expect(screen.getByRole('img', { name: /articles and quotes over time/i })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('img', { name: /Bar chart: Remains exchanged, in soldiers/ })).toBeInTheDocument();
});

test('the timeline counts quotes by their article dates without loading any quote', async () => {
  renderApp('/charts');
  const timeline = await screen.findByRole('region', { name: 'Coverage over time' });
  const row = (await within(timeline).findByRole('rowheader', { name: '25 Jun' })).closest('tr')!;
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '3']);
});

test('draws every dataset with a data table at /charts', async () => {
  renderApp('/charts');
  expect(await screen.findByRole('heading', { level: 1, name: 'Charts' })).toBeInTheDocument();
  expect(await screen.findByRole('img', { name: /Bar chart: Remains exchanged, in soldiers/ })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: /articles and quotes over time/i })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '6,000' })).toBeInTheDocument();
});

test("every chart's data leaves as CSV or JSON: each dataset, the coverage timeline and the figures table", async () => {
  renderApp('/charts');
  expect(await screen.findByRole('button', { name: /^Export the \d+ points of “Remains exchanged” as CSV$/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^Export articles and quotes of \d+ periods? as JSON$/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^Export \d+ figures? as CSV$/ })).toBeInTheDocument();
});

test('shows one dataset with its source sentence at /charts/<id>', async () => {
  renderApp('/charts/remains-exchanged');
  expect(await screen.findByRole('heading', { level: 1, name: 'Remains exchanged' })).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'In context' })).toHaveAttribute('href', '/articles/rt-deal-with-russia#b5');
});

test('shows a not-found view for an unknown chart', async () => {
  renderApp('/charts/nope');
  expect(await screen.findByRole('heading', { name: 'Chart not found' })).toBeInTheDocument();
});

test('says which schema version the data was built for when it mismatches', async () => {
  stubDataFetch({ 'index.json': () => new Response(JSON.stringify({ schemaVersion: 7 }), { status: 200 }) });
  renderApp('/');
  expect(await screen.findByRole('alert')).toHaveTextContent('This data was built for schema version 7; the app expects 1. Run npm run ingest.');
});

test('offers a retry when a data file fails to load', async () => {
  const user = userEvent.setup();
  let calls = 0;
  stubDataFetch({ 'index.json': () => (calls++ === 0 ? new Response('boom', { status: 500 }) : new Response(JSON.stringify({ schemaVersion: 1 }), { status: 500 })) });
  renderApp('/people');
  expect(await screen.findByRole('alert')).toHaveTextContent('index.json failed to load (HTTP 500)');
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(calls).toBe(2));
});

test('the reader lists the figures the article states, each linked to its paragraph', async () => {
  renderApp('/articles/rt-deal-with-russia');
  const table = await screen.findByRole('table', { name: /1 quantity stated in the text/ });
  expect(within(table).getByRole('cell', { name: '6,000 soldiers' })).toBeInTheDocument();
  expect(within(table).getByRole('link', { name: /Paragraph \d+/ }).getAttribute('href')).toMatch(/^\/articles\/rt-deal-with-russia#b\d+$/);
});

test('the charts page tables every figure, filterable by unit', async () => {
  const user = userEvent.setup();
  renderApp('/charts');
  const table = await screen.findByRole('table', { name: /1 figure, each linked/ });
  expect(within(table).getByRole('cell', { name: 'Remains returned by Russia' })).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: /Unit/ }), 'soldiers');
  expect(await screen.findByRole('table', { name: /1 figure in soldiers/ })).toBeInTheDocument();
});

test('the reader and the person page say which other outlets carried the same words', async () => {
  const { unmount } = renderApp('/articles/rt-deal-with-russia');
  const note = await screen.findByText(/Also quoted by 1 other outlet/);
  expect(within(note).getByRole('link', { name: 'The Guardian' })).toHaveAttribute('href', '/articles/guardian-putin-called');
  unmount();
  renderApp('/people/donald-trump');
  const notes = await screen.findAllByText(/Also quoted by 1 other outlet/);
  expect(notes.map((element) => within(element).getByRole('link').textContent).sort()).toEqual(['RT', 'The Guardian']);
});
