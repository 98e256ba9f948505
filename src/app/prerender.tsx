// First, before any module that builds a zod schema (see the file).
import './zod-without-eval.ts';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoutes } from './app-routes.tsx';
import { routerBasename } from './app.tsx';
import { loadFirstViewData } from './first-view-data.ts';
import { AppProviders, createQueryClient } from './providers.tsx';

/**
 * The list at its default address as HTML, with the data the build just wrote (src/bin/prerender-site.ts reads it
 * through fetch): the browser paints it before any script has run, and the app then draws the same page over it.
 */
export async function renderFirstView(): Promise<string> {
  const client = createQueryClient();
  await loadFirstViewData(client, { startWholeIndex: false });
  const basename = routerBasename(import.meta.env.BASE_URL);
  return renderToString(
    <StrictMode>
      <AppProviders client={client}>
        <StaticRouter basename={basename} location={basename}>
          <AppRoutes />
        </StaticRouter>
      </AppProviders>
    </StrictMode>,
  );
}
