import { useId, useState } from 'react';
import { formatDate } from '#src/lib/dates.ts';

type Props = { publishedOn: string | null; dateBasis: string };

/**
 * Every date in this corpus is inferred from the page text (the dumps carry no metadata), so each is marked
 * as inferred and explains its basis on hover and on keyboard focus; Escape hides it (WCAG 1.4.13).
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
      {publishedOn && <span className="date-inferred"> (inferred)</span>}
      <span role="tooltip" id={tipId} className="tooltip">
        {dateBasis}
      </span>
    </span>
  );
}
