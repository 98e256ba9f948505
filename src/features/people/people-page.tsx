import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { paths } from '#src/config/paths.ts';
import { parsePeopleSearch, toPeopleSearch, type PeopleSort, type PeopleState } from '#src/config/url-state/people-search.ts';
import type { IndexFile, PersonSummary } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { NoticeList } from '#src/components/notice-list.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { searchShortcutProps } from '#src/lib/search-shortcut.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useVirtualTableRows } from '#src/lib/use-virtual-table-rows.ts';
import { SpacerRow } from '#src/components/spacer-row.tsx';
import { filterPeople, sortPeople } from './people-stats.ts';

export function PeoplePage() {
  useDocumentTitle('People');
  const indexQuery = useQuery(corpusQueries.index());
  return (
    <div className="page people-page">
      <h1 className="page-title">People</h1>
      <QueryGate query={indexQuery} lines={12}>
        {(data) => <PeopleView index={data} />}
      </QueryGate>
    </div>
  );
}

const SORT_LABELS: Record<PeopleSort, string> = { quotes: 'Quotes', articles: 'Articles', name: 'Name' };

function PeopleView({ index }: { index: IndexFile }) {
  const [params, setParams] = useSearchParams();
  const { state, notices } = useMemo(() => parsePeopleSearch(params), [params]);
  const setState = (next: PeopleState, replace = false) => setParams(new URLSearchParams(toPeopleSearch(next)), { replace, preventScrollReset: true });
  // The field follows each keystroke; the table follows when React has time.
  const shown = useDeferredValue(state);
  const people = useMemo(() => sortPeople(filterPeople(index.people, shown.q), shown.sort), [index.people, shown.q, shown.sort]);

  const typing = useRef(false);
  const [draft, setDraft] = useState(state.q);
  const [seen, setSeen] = useState(state.q);
  if (seen !== state.q) {
    setSeen(state.q);
    if (draft.trim() !== state.q) setDraft(state.q);
  }

  const sortHeader = (sort: PeopleSort, className?: string) => (
    <th scope="col" className={className} aria-sort={state.sort === sort ? (sort === 'name' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => setState({ ...state, sort })}>
        {SORT_LABELS[sort]}
        <span aria-hidden="true">{state.sort === sort ? (sort === 'name' ? ' ↑' : ' ↓') : ''}</span>
      </button>
    </th>
  );

  return (
    <>
      <NoticeList notices={notices} />
      <form role="search" className="search-box people-search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="people-filter">Filter by name</label>
        <input
          id="people-filter"
          type="search"
          value={draft}
          placeholder="e.g. Lavrov"
          {...searchShortcutProps}
          onBlur={() => (typing.current = false)}
          onChange={(event) => {
            setDraft(event.target.value);
            setState({ ...state, q: event.target.value }, typing.current);
            typing.current = true;
          }}
        />
      </form>
      <p role="status" className="result-count">
        {people.length === index.people.length ? `${people.length} people` : `${people.length} of ${index.people.length} people match “${state.q}”`}
      </p>
      {people.length === 0 ? (
        <div className="empty-state">
          <h2>Nobody by that name</h2>
          <p>
            <button type="button" className="button button-quiet" onClick={() => setState({ ...state, q: '' })}>
              Clear the name filter
            </button>
          </p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="people-table" aria-rowcount={people.length + 1}>
            <caption className="visually-hidden">People, sorted by {SORT_LABELS[state.sort].toLowerCase()}</caption>
            <thead>
              <tr aria-rowindex={1}>
                {sortHeader('name')}
                {sortHeader('quotes', 'numeric')}
                {sortHeader('articles', 'numeric')}
                <th scope="col" className="descriptors-column">
                  Described as
                </th>
              </tr>
            </thead>
            <PeopleRows people={people} />
          </table>
        </div>
      )}
    </>
  );
}

/**
 * Only the rows near the viewport are in the DOM (a large collection names thousands of people); the
 * table keeps its semantics, with spacer rows standing in for the rows above and below, as on /quotes.
 */
function PeopleRows({ people }: { people: readonly PersonSummary[] }) {
  const { bodyRef, items, before, after, measureElement } = useVirtualTableRows({ count: people.length, estimateSize: 48, overscan: 12, keyOf: (index) => people[index]!.id });
  return (
    <tbody ref={bodyRef}>
      <SpacerRow height={before} columns={4} />
      {items.map((item) => {
        const person = people[item.index];
        if (!person) return null;
        return (
          <tr key={item.key} ref={measureElement} data-index={item.index} aria-rowindex={item.index + 2}>
            <th scope="row">
              <Link to={paths.person.href(person.id)}>{person.name}</Link>
              {/* On phones the descriptor column folds under the name instead of squeezing the table. */}
              <span className="row-descriptors">{person.topDescriptors.slice(0, 2).join(' · ')}</span>
            </th>
            <td className="numeric">{person.quoteCount}</td>
            <td className="numeric">{person.articleCount}</td>
            <td className="descriptors descriptors-column">{person.topDescriptors.join(' · ') || '—'}</td>
          </tr>
        );
      })}
      <SpacerRow height={after} columns={4} />
    </tbody>
  );
}
