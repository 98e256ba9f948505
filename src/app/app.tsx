// First, before any module that builds a zod schema (see the file).
import './zod-without-eval.ts';
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes.tsx';
import { AppProviders, createQueryClient } from './providers.tsx';

/** The deploy base ("/readout/" for `vite build --base /readout/`) becomes the router basename. */
export function routerBasename(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed === '' || trimmed === '.' ? '/' : trimmed;
}

/** `client`: one the start already filled (src/app/start.tsx, over a prerendered page); a new one otherwise. */
export function App({ client: given }: { client?: QueryClient } = {}) {
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <AppProviders client={client}>
      <BrowserRouter basename={routerBasename(import.meta.env.BASE_URL)}>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
