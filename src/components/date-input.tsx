import { useState } from 'react';
import { isCalendarDate } from '#src/lib/dates.ts';

/** A typed date is complete once its year has four digits: before that, "2" reads as the year 0002. */
export function isCompleteDate(value: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value);
}

type DateInputProps = { label: string; value: string | null; min?: string; max?: string; onCommit: (value: string | null) => void };

/**
 * A date field that keeps what is being typed to itself and commits only a complete date (or an emptied field),
 * on each complete value, on Enter and on blur. Committing every keystroke put `0002-06-01` in the URL after the
 * first digit of the year, and the re-render from the URL then wiped the half-typed field.
 */
export function DateInput({ label, value, min, max, onCommit }: DateInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  // When the URL changes the date (Back, a histogram click, "Clear"), the field shows it: state adjusted in render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }

  function commit(next: string) {
    if (next === '') {
      if (value !== null) onCommit(null);
    } else if (isCompleteDate(next) && next !== value) onCommit(next);
  }
  return (
    <label>
      {label}
      <input
        type="date"
        value={draft}
        min={min}
        max={max}
        onChange={(event) => {
          setDraft(event.target.value);
          // A picked or fully typed date applies at once; partial years wait for more digits or for blur.
          if (event.target.value === '' || isCompleteDate(event.target.value)) commit(event.target.value);
        }}
        onBlur={() => {
          if (draft === '' || isCompleteDate(draft)) commit(draft);
          else setDraft(value ?? '');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft);
        }}
      />
    </label>
  );
}
