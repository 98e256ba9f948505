import { useId, useState } from 'react';
import { formatDate } from '#src/lib/dates.ts';

import type { Article } from '#src/data/contract.ts';

type Props = { publishedOn: string | null; dateBasis: string; dateSource: Article['dateSource'] };

/** Whether a date was worked out (from the text, or from a host page's date and an age) rather than stated in metadata. */
export function isInferredDate(dateSource: Article['dateSource']): boolean {
  return dateSource === 'inferred' || dateSource === 'host-age';
}

/**
 * A date marked as inferred when it was, with its basis on hover and on keyboard focus; Escape hides the
 * basis (WCAG 1.4.13).
 */
export function DateLabel({ publishedOn, dateBasis, dateSource }: Props) {
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
      {publishedOn && isInferredDate(dateSource) && <span className="date-inferred"> (inferred)</span>}
      <span role="tooltip" id={tipId} className="tooltip">
        {dateBasis}
      </span>
    </span>
  );
}
