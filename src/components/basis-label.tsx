import { useId, useState, type ReactNode } from 'react';

type Props = { basis: string; className?: string; children: ReactNode };

/**
 * A fact Readout read or inferred (a date, a publisher) with the evidence for it on hover and on
 * keyboard focus, as its accessible description; Escape hides the evidence (WCAG 1.4.13).
 */
export function BasisLabel({ basis, className, children }: Props) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className={className ? `basis-label ${className}` : 'basis-label'}
      tabIndex={0}
      aria-describedby={tipId}
      data-dismissed={dismissed || undefined}
      onKeyDown={(event) => event.key === 'Escape' && setDismissed(true)}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      {children}
      <span role="tooltip" id={tipId} className="tooltip">
        {basis}
      </span>
    </span>
  );
}
