import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { buildSearchFiles } from '#src/ingest/build-search-files.ts';
import { AppRoutes } from '#src/app/app-routes.tsx';
import { AppProviders, createQueryClient } from '#src/app/providers.tsx';
import { fixtureArticleFile, fixtureArticles, fixtureDatasetsFile, fixtureIndex, fixturePersonFile, fixtureQuotesFile, fixtureSourceFile } from './fixture-corpus.ts';

function buildSearchFilesOfFixture(): Map<string, string> {
  const names = new Map(fixtureIndex.people.map((person) => [person.id, person.name]));
  const documents = fixtureArticles.map((article) => ({
    id: article.id,
    title: article.title,
    body: article.blocks.map((block) => block.text).join('\n'),
    people: article.personIds.map((id) => names.get(id) ?? id).join(' '),
    publisher: article.publisher ?? '',
  }));
  return buildSearchFiles(documents, {}, 1);
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const missing = () => new Response('not found', { status: 404 });

/** Serves the fixture corpus the way `vite preview` serves public/data, with overrides for failure cases. */
export function stubDataFetch(overrides: Record<string, () => Response | Promise<Response>> = {}) {
  const searchFiles = buildSearchFilesOfFixture();
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = url.slice(url.indexOf('/data/') + '/data/'.length);
    const override = overrides[path];
    if (override) return override();
    if (path === 'index.json') return json(fixtureIndex);
    const search = searchFiles.get(path);
    if (search) return new Response(search, { status: 200, headers: { 'content-type': 'application/json' } });
    if (path === 'datasets.json') return json(fixtureDatasetsFile);
    if (path === 'quotes.json') return json(fixtureQuotesFile);
    const person = /^people\/(.+)\.json$/.exec(path);
    if (person) return fixturePersonFile(decodeURIComponent(person[1]!)) ? json(fixturePersonFile(decodeURIComponent(person[1]!))) : missing();
    const article = /^articles\/(.+)\.json$/.exec(path);
    if (article) return fixtureArticleFile(decodeURIComponent(article[1]!)) ? json(fixtureArticleFile(decodeURIComponent(article[1]!))) : missing();
    const source = /^sources\/(.+)\.json$/.exec(path);
    if (source) return fixtureSourceFile(decodeURIComponent(source[1]!)) ? json(fixtureSourceFile(decodeURIComponent(source[1]!))) : missing();
    return missing();
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

/** Shows the router's current location so tests can assert on the URL the way a user sees the address bar. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

export function renderApp(url: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const view = render(
    <AppProviders client={client}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, client };
}
