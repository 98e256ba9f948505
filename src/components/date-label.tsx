import { useId, useState } from 'react';
import { formatDate } from '#src/lib/dates.ts';

type Props = { publishedOn: string | null; dateBasis: string };

/**
 * Whether a date was worked out rather than read from metadata. The contract has no field for this yet, so it
 * reads the ingest's wording for a sidecar date ("…, as stated in x.txt.meta.json."); everything else is inferred.
 */
export function isInferredDate(dateBasis: string): boolean {
  return !/\bas stated in\b/i.test(dateBasis);
}

/**
 * A date marked as inferred when it was, with its basis on hover and on keyboard focus; Escape hides the
 * basis (WCAG 1.4.13).
 */
export function DateLabel({ publishedOn, dateBasis }: Props) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className="date-label"
      tabIndex={0}
      aria-describedby={tipId}
      data-dismissed={dismissed || undefined}
      onKeyDown={(event) => event.key === 'Escape' && setDismissed(true)}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      {publishedOn ? <time dateTime={publishedOn}>{formatDate(publishedOn)}</time> : 'Undated'}
      {publishedOn && isInferredDate(dateBasis) && <span className="date-inferred"> (inferred)</span>}
      <span role="tooltip" id={tipId} className="tooltip">
        {dateBasis}
      </span>
    </span>
  );
}
