import { DataError } from '#src/data/load-data.ts';

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** A failed load, in words a reader can act on, with a retry where retrying can help. */
export function ErrorView({ error, onRetry, title = 'The data could not be loaded' }: Props) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const canRetry = onRetry && !(error instanceof DataError && error.kind === 'schema-version');
  return (
    <div className="error-view" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {canRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
