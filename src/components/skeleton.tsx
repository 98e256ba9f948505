/** Placeholder lines shaped like the content to come, announced once as loading. */
export function Skeleton({ lines = 6, label = 'Loading…' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton-line" style={{ width: `${60 + ((index * 37) % 40)}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}
