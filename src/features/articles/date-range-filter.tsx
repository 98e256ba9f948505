import { DateInput } from '#src/components/date-input.tsx';
import { DateHistogram } from './date-histogram.tsx';

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
        <DateInput label="From" value={from} min={min} max={to ?? max} onCommit={(value) => onChange({ from: value })} />
        <DateInput label="To" value={to} min={from ?? min} max={max} onCommit={(value) => onChange({ to: value })} />
      </div>
      <DateHistogram dates={dates} domain={domain} from={from} to={to} onChange={onChange} />
    </fieldset>
  );
}
