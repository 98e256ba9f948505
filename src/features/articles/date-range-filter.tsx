import { lazy, Suspense } from 'react';

// Recharts stays out of the first page's JavaScript; the date inputs work before (and without) the histogram.
const DateHistogram = lazy(() => import('./date-histogram.tsx').then((module) => ({ default: module.DateHistogram })));

type Props = {
  from: string | null;
  to: string | null;
  dates: readonly string[];
  domain: readonly string[];
  onChange: (range: { from?: string | null; to?: string | null }) => void;
};

export function DateRangeFilter({ from, to, dates, domain, onChange }: Props) {
  const sorted = [...dates].sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  return (
    <fieldset className="date-range">
      <legend>Published</legend>
      <div className="date-inputs">
        <label>
          From
          <input type="date" value={from ?? ''} min={min} max={to ?? max} onChange={(event) => onChange({ from: event.target.value || null })} />
        </label>
        <label>
          To
          <input type="date" value={to ?? ''} min={from ?? min} max={max} onChange={(event) => onChange({ to: event.target.value || null })} />
        </label>
      </div>
      <Suspense fallback={<div className="histogram-placeholder" aria-hidden="true" />}>
        <DateHistogram dates={dates} domain={domain} from={from} to={to} onChange={onChange} />
      </Suspense>
    </fieldset>
  );
}
