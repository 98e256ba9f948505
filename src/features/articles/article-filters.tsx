import { memo, useId, useMemo, useState } from 'react';
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
  /** the words typed, which change with every key */
  words: string;
  /** the other filters: the same object for as long as only the words change */
  filters: ListState;
  setState: SetListState;
  histogramDates: readonly string[];
  autoFocusSearch: boolean;
};

export function ArticleFilters({ people, facets, words, filters, setState, histogramDates, autoFocusSearch }: Props) {
  const moreId = useId();
  const [open, setOpen] = useState(false);
  const active = filters.people.length + (filters.publisher ? 1 : 0) + (filters.from || filters.to ? 1 : 0);

  return (
    <section className="filters" aria-label="Filters">
      <SearchBox value={words} autoFocus={autoFocusSearch} onChange={(q, { replace }) => setState((current) => ({ ...current, q }), { replace })} />
      {/* On phones the other filters fold behind this button so the results stay on the first screen. */}
      <button type="button" className="button button-quiet filters-toggle" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen((value) => !value)}>
        {open ? 'Hide filters' : 'More filters'}
        {active > 0 && ` (${active} active)`}
      </button>
      <MoreFilters id={moreId} open={open} people={people} facets={facets} filters={filters} setState={setState} histogramDates={histogramDates} />
    </section>
  );
}

type MoreFiltersProps = Pick<Props, 'people' | 'facets' | 'filters' | 'setState' | 'histogramDates'> & { id: string; open: boolean };

/**
 * Person, publisher and dates. Memoised: a key typed in the search box changes none of its props
 * (issue 8: typing never waits on work), so the combobox and the histogram are not drawn again for it.
 */
const MoreFilters = memo(function MoreFilters({ id, open, people, facets, filters, setState, histogramDates }: MoreFiltersProps) {
  const options = useMemo<PersonOption[]>(
    () => people.map((person) => ({ id: person.id, name: person.name, aliases: person.aliases, count: facets.articlesByPerson.get(person.id) ?? 0 })),
    [people, facets],
  );
  const { publishers, publishedDates: corpusDates } = facets;
  const nameOf = (personId: string) => options.find((option) => option.id === personId)?.name ?? personId;
  return (
    <div className="filters-more" id={id} data-open={open || undefined}>
      <div className="filter-group">
        <PersonCombobox options={options} selected={filters.people} onSelect={(personId) => setState((current) => ({ ...current, people: [...current.people.filter((p) => p !== personId), personId] }))} />
        <RemovableChips
          label="Selected people"
          items={filters.people.map((personId) => ({ id: personId, name: nameOf(personId) }))}
          onRemove={(personId) => setState((current) => ({ ...current, people: current.people.filter((p) => p !== personId) }))}
        />
      </div>
      <div className="filter-group">
        <label htmlFor="publisher-filter">Publisher</label>
        <select
          id="publisher-filter"
          value={filters.publisher ?? ''}
          onChange={(event) => {
            const publisher = event.target.value || null;
            setState((current) => ({ ...current, publisher }));
          }}
        >
          <option value="">All publishers</option>
          {publishers.map((publisher) => (
            <option key={publisher} value={publisher}>
              {publisher}
            </option>
          ))}
        </select>
      </div>
      <DateRangeFilter from={filters.from} to={filters.to} dates={histogramDates} domain={corpusDates} onChange={(range) => setState((current) => ({ ...current, ...range }))} />
    </div>
  );
});
