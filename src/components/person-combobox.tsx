import { useId, useMemo, useState } from 'react';
import { compareText } from '#src/lib/compare-text.ts';

export type PersonOption = { id: string; name: string; aliases: string[]; count: number };

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Options whose name or alias has a word starting with the typed text, most-mentioned first. */
export function matchPeople(options: readonly PersonOption[], typed: string, exclude: readonly string[], limit = 8): PersonOption[] {
  const needle = fold(typed.trim());
  return options
    .filter((option) => !exclude.includes(option.id))
    .filter((option) => needle === '' || [option.name, ...option.aliases].some((name) => fold(name).split(/[\s-]+/).some((word) => word.startsWith(needle)) || fold(name).startsWith(needle)))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name))
    .slice(0, limit);
}

type Props = {
  options: readonly PersonOption[];
  selected: readonly string[];
  onSelect: (id: string) => void;
  /** the field's label ("Person", "Speaker") */
  label?: string;
  /** what an option's count counts, singular and plural */
  countNoun?: readonly [string, string];
};

/** An ARIA 1.2 combobox with a list-box popup: type, arrow through suggestions, Enter to add. */
export function PersonCombobox({ options, selected, onSelect, label = 'Person', countNoun = ['article', 'articles'] }: Props) {
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchPeople(options, typed, selected), [options, typed, selected]);
  const expanded = open && matches.length > 0;
  const activeOption = expanded ? matches[Math.min(active, matches.length - 1)] : undefined;

  function choose(option: PersonOption | undefined) {
    if (!option) return;
    onSelect(option.id);
    setTyped('');
    setOpen(false);
    setActive(0);
  }

  return (
    <div className="combobox">
      <label htmlFor={`${baseId}-input`}>{label}</label>
      <input
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Type a name…"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${baseId}-${activeOption.id}` : undefined}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((index) => (matches.length === 0 ? 0 : (index + 1) % matches.length));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => (matches.length === 0 ? 0 : (index - 1 + matches.length) % matches.length));
          } else if (event.key === 'Enter' && expanded) {
            event.preventDefault();
            choose(activeOption);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="People" className="combobox-list" hidden={!expanded}>
        {matches.map((option) => (
          <li
            key={option.id}
            id={`${baseId}-${option.id}`}
            role="option"
            aria-selected={option === activeOption}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            <span>{option.name}</span>
            <span className="option-count">
              {option.count} {option.count === 1 ? countNoun[0] : countNoun[1]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
