import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorView } from './error-view.tsx';
import { Skeleton } from './skeleton.tsx';

type Props<Data> = { query: UseQueryResult<Data>; children: (data: Data) => ReactNode; lines?: number };

/** The three states of a load in one place: skeleton, error with retry, or the content. */
export function QueryGate<Data>({ query, children, lines }: Props<Data>) {
  if (query.isPending) return <Skeleton lines={lines} />;
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
