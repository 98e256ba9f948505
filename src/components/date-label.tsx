import { formatDate } from '#src/lib/dates.ts';
import { BasisLabel } from './basis-label.tsx';

import type { Article } from '#src/data/contract.ts';

type Props = { publishedOn: string | null; dateBasis: string; dateSource: Article['dateSource'] };

/** Whether a date was worked out (from the text, or from a host page's date and an age) rather than stated in metadata. */
export function isInferredDate(dateSource: Article['dateSource']): boolean {
  return dateSource === 'inferred' || dateSource === 'host-age';
}

/** A date marked as inferred when it was, with its basis on hover and on keyboard focus. */
export function DateLabel({ publishedOn, dateBasis, dateSource }: Props) {
  return (
    <BasisLabel basis={dateBasis} className="date-label">
      {publishedOn ? <time dateTime={publishedOn}>{formatDate(publishedOn)}</time> : 'Undated'}
      {publishedOn && isInferredDate(dateSource) && <span className="date-inferred"> (inferred)</span>}
    </BasisLabel>
  );
}
