import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A missing or malformed file will not fix itself on a second try; the error view offers a manual retry.
      queries: { retry: (failureCount, error) => failureCount < 1 && !(error instanceof Error && error.name === 'DataError') },
    },
  });
}

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
