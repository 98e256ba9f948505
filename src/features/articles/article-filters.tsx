import { useId, useMemo, useState } from 'react';
import type { PersonSummary } from '#src/data/app-files.ts';
import type { ListState } from '#src/config/url-state/list-search.ts';
import { DateRangeFilter } from './date-range-filter.tsx';
import type { ListFacetView } from './list-facets.ts';
import { RemovableChips } from '#src/components/removable-chips.tsx';
import { PersonCombobox, type PersonOption } from '#src/components/person-combobox.tsx';
import { SearchBox } from './search-box.tsx';
import type { SetListState } from './use-list-state.ts';

type Props = {
  people: readonly PersonSummary[];
  facets: ListFacetView;
  state: ListState;
  setState: SetListState;
  histogramDates: readonly string[];
  autoFocusSearch: boolean;
};

export function ArticleFilters({ people, facets, state, setState, histogramDates, autoFocusSearch }: Props) {
  const options = useMemo<PersonOption[]>(
    () => people.map((person) => ({ id: person.id, name: person.name, aliases: person.aliases, count: facets.articlesByPerson.get(person.id) ?? 0 })),
    [people, facets],
  );
  const { publishers, publishedDates: corpusDates } = facets;
  const nameOf = (id: string) => options.find((option) => option.id === id)?.name ?? id;
  const moreId = useId();
  const [open, setOpen] = useState(false);
  const active = state.people.length + (state.publisher ? 1 : 0) + (state.from || state.to ? 1 : 0);

  return (
    <section className="filters" aria-label="Filters">
      <SearchBox value={state.q} autoFocus={autoFocusSearch} onChange={(q, { replace }) => setState((current) => ({ ...current, q }), { replace })} />
      {/* On phones the other filters fold behind this button so the results stay on the first screen. */}
      <button type="button" className="button button-quiet filters-toggle" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen((value) => !value)}>
        {open ? 'Hide filters' : 'More filters'}
        {active > 0 && ` (${active} active)`}
      </button>
      <div className="filters-more" id={moreId} data-open={open || undefined}>
      <div className="filter-group">
        <PersonCombobox options={options} selected={state.people} onSelect={(id) => setState((current) => ({ ...current, people: [...current.people.filter((p) => p !== id), id] }))} />
        <RemovableChips
          label="Selected people"
          items={state.people.map((id) => ({ id, name: nameOf(id) }))}
          onRemove={(id) => setState((current) => ({ ...current, people: current.people.filter((p) => p !== id) }))}
        />
      </div>
      <div className="filter-group">
        <label htmlFor="publisher-filter">Publisher</label>
        <select id="publisher-filter" value={state.publisher ?? ''} onChange={(event) => {
            const publisher = event.target.value || null;
            setState((current) => ({ ...current, publisher }));
          }}>
          <option value="">All publishers</option>
          {publishers.map((publisher) => (
            <option key={publisher} value={publisher}>
              {publisher}
            </option>
          ))}
        </select>
      </div>
      <DateRangeFilter from={state.from} to={state.to} dates={histogramDates} domain={corpusDates} onChange={(range) => setState((current) => ({ ...current, ...range }))} />
      </div>
    </section>
  );
}
