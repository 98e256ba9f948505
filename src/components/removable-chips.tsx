type Props = { label: string; items: readonly { id: string; name: string }[]; onRemove: (id: string) => void };

/**
 * The chosen values of a filter as buttons that remove them. Removing one moves focus to the next chip,
 * else the one before, else the filter's own input, so keyboard focus never drops to <body>.
 */
export function RemovableChips({ label, items, onRemove }: Props) {
  if (items.length === 0) return null;
  return (
    <ul className="chips selected-people" aria-label={label}>
      {items.map(({ id, name }) => (
        <li key={id}>
          <button
            type="button"
            className="chip chip-removable"
            onClick={(event) => {
              const item = event.currentTarget.closest('li');
              const group = event.currentTarget.closest('.filter-group');
              const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button');
              (next ?? group?.querySelector<HTMLElement>('[role="combobox"]'))?.focus();
              onRemove(id);
            }}
          >
            {name}
            <span aria-hidden="true"> ×</span>
            <span className="visually-hidden"> (remove)</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
