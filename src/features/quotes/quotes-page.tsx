import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { IndexFile, QuoteEntry } from '#src/data/app-files.ts';
import { paths } from '#src/config/paths.ts';
import {
  DEFAULT_QUOTES_STATE,
  QUOTE_KINDS,
  UNATTRIBUTED,
  parseQuotesSearch,
  toQuotesSearch,
  type QuoteKind,
  type QuoteSort,
  type QuotesState,
  type QuotesVocabulary,
} from '#src/config/url-state/quotes-search.ts';
import { DateInput } from '#src/components/date-input.tsx';
import { NoticeList } from '#src/components/notice-list.tsx';
import { PersonCombobox, type PersonOption } from '#src/components/person-combobox.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { RemovableChips } from '#src/components/removable-chips.tsx';
import { ExportButtons } from '#src/components/export-buttons.tsx';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useUrlState, type SetUrlState } from '#src/lib/use-url-state.ts';
import { filterQuotes, quoteExportRows, toQuoteRows, type QuoteRow } from './filter-quotes.ts';
import { QuoteTable } from './quote-table.tsx';

const KIND_LABELS: Record<QuoteKind, string> = { direct: 'Direct quotes', partial: 'Quoted fragments', indirect: 'Reported speech' };
const SORT_LABELS: Record<QuoteSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  speaker: 'By speaker',
  outlet: 'By outlet',
  echoes: 'Most widely quoted first',
};

/** Every quote of the corpus in one table: filter by speaker, kind, outlet, date and words; the URL holds the view. */
export function QuotesPage() {
  useDocumentTitle('Quotes');
  const indexQuery = useQuery(corpusQueries.index());
  const quotesQuery = useQuery(corpusQueries.quotes());
  return (
    <div className="page quotes-page">
      <h1 className="page-title">Quotes</h1>
      <QueryGate query={indexQuery} lines={10}>
        {(index) => (
          <QueryGate query={quotesQuery} lines={10}>
            {(file) => <QuotesView index={index} quotes={file.quotes} />}
          </QueryGate>
        )}
      </QueryGate>
    </div>
  );
}

function QuotesView({ index, quotes }: { index: IndexFile; quotes: readonly QuoteEntry[] }) {
  const articlesById = useMemo(() => new Map(index.articles.map((article) => [article.id, article])), [index.articles]);
  const names = useMemo(() => new Map(index.people.map((person) => [person.id, person.name])), [index.people]);
  const rows = useMemo(() => toQuoteRows(quotes, articlesById, (id) => names.get(id)), [quotes, articlesById, names]);
  const vocabulary = useMemo<QuotesVocabulary>(
    () => ({ personIds: new Set(names.keys()), outlets: new Set(rows.flatMap((row) => (row.article?.publisher ? [row.article.publisher] : []))) }),
    [names, rows],
  );
  const parse = useCallback((params: URLSearchParams) => parseQuotesSearch(params, vocabulary), [vocabulary]);
  const { state, notices, setState } = useUrlState(parse, toQuotesSearch);
  // Typing in the words field updates the URL at once; the table follows when React has time, so keys never wait on it.
  const deferredState = useDeferredValue(state);
  const shown = useMemo(() => filterQuotes(rows, deferredState), [rows, deferredState]);
  const filtered = toQuotesSearch({ ...state, sort: 'newest' }) !== '';

  return (
    <div className="list-layout">
      <NoticeList notices={notices} />
      <QuoteFilters rows={rows} state={state} setState={setState} nameOf={(id) => (id === UNATTRIBUTED ? 'No speaker named' : (names.get(id) ?? id))} />
      <section className="results" aria-label="Quotes found" id="results" tabIndex={-1}>
        <div className="results-bar">
          <p role="status" className="result-count">
            {filtered ? `${shown.length} of ${rows.length} quotes match` : `${rows.length} quotes, ${SORT_LABELS[state.sort].toLowerCase()}`}
          </p>
          <div className="results-actions">
            <label className="inline-field sort-field">
              Sort
              <select value={state.sort} onChange={(event) => setState((current) => ({ ...current, sort: event.target.value as QuoteSort }))}>
                {(Object.keys(SORT_LABELS) as QuoteSort[]).map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </label>
            {filtered && (
              <button type="button" className="button button-quiet" onClick={() => setState((current) => ({ ...DEFAULT_QUOTES_STATE, sort: current.sort }))}>
                Clear all filters
              </button>
            )}
            {shown.length > 0 && <QuoteExport rows={shown} />}
          </div>
        </div>
        {shown.length === 0 ? (
          <div className="empty-state">
            <h2>No quotes match all these filters</h2>
            <p>Remove a filter, or clear them all.</p>
          </div>
        ) : (
          <QuoteTable rows={shown} articlesById={articlesById} />
        )}
      </section>
    </div>
  );
}

type FilterProps = { rows: readonly QuoteRow[]; state: QuotesState; setState: SetUrlState<QuotesState>; nameOf: (id: string) => string };

function QuoteFilters({ rows, state, setState, nameOf }: FilterProps) {
  const speakerOptions = useMemo<PersonOption[]>(() => {
    const counts = new Map<string, { name: string; count: number }>();
    for (const row of rows) {
      const id = row.quote.speakerId ?? UNATTRIBUTED;
      const entry = counts.get(id) ?? { name: row.speakerName ?? 'No speaker named', count: 0 };
      entry.count += 1;
      counts.set(id, entry);
    }
    return [...counts].map(([id, { name, count }]) => ({ id, name, aliases: [], count }));
  }, [rows]);
  const outlets = useMemo(() => [...new Set(rows.flatMap((row) => (row.article?.publisher ? [row.article.publisher] : [])))].sort((a, b) => a.localeCompare(b)), [rows]);
  const dates = useMemo(() => rows.flatMap((row) => (row.article?.publishedOn ? [row.article.publishedOn] : [])).sort(), [rows]);
  const [draftQ, setDraftQ] = useState(state.q);
  const [shownQ, setShownQ] = useState(state.q);
  // Back/Forward or "Clear all filters" change the words in the URL: the field follows (state adjusted in render).
  if (shownQ !== state.q) {
    setShownQ(state.q);
    if (draftQ.trim() !== state.q) setDraftQ(state.q);
  }

  return (
    <section className="filters" aria-label="Filters">
      <div className="filter-group">
        <label htmlFor="quote-words">Words in the quote</label>
        <input
          id="quote-words"
          type="search"
          value={draftQ}
          placeholder="e.g. ceasefire"
          onChange={(event) => {
            setDraftQ(event.target.value);
            // One history entry per search, not per key.
            setState((current) => ({ ...current, q: event.target.value.trim() }), { replace: true });
          }}
        />
      </div>
      <div className="filter-group">
        <PersonCombobox
          label="Speaker"
          countNoun={['quote', 'quotes']}
          options={speakerOptions}
          selected={state.speakers}
          onSelect={(id) => setState((current) => ({ ...current, speakers: [...current.speakers.filter((s) => s !== id), id] }))}
        />
        <RemovableChips
          label="Selected speakers"
          items={state.speakers.map((id) => ({ id, name: nameOf(id) }))}
          onRemove={(id) => setState((current) => ({ ...current, speakers: current.speakers.filter((s) => s !== id) }))}
        />
      </div>
      <fieldset className="filter-group kind-filter">
        <legend>Kind</legend>
        {QUOTE_KINDS.map((kind) => (
          <label key={kind} className="check-field">
            <input
              type="checkbox"
              checked={state.kinds.length === 0 || state.kinds.includes(kind)}
              onChange={(event) =>
                setState((current) => {
                  const ticked = current.kinds.length === 0 ? [...QUOTE_KINDS] : current.kinds;
                  const kinds = event.target.checked ? [...ticked, kind] : ticked.filter((k) => k !== kind);
                  return { ...current, kinds: QUOTE_KINDS.filter((k) => kinds.includes(k)) };
                })
              }
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <div className="filter-group">
        <label htmlFor="quote-outlet">Outlet</label>
        <select id="quote-outlet" value={state.outlet ?? ''} onChange={(event) => {
          const outlet = event.target.value || null;
          setState((current) => ({ ...current, outlet }));
        }}>
          <option value="">All outlets</option>
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="date-range">
        <legend>Article published</legend>
        <div className="date-inputs">
          <DateInput label="From" value={state.from} min={dates[0]} max={state.to ?? dates.at(-1)} onCommit={(from) => setState((current) => ({ ...current, from }))} />
          <DateInput label="To" value={state.to} min={state.from ?? dates[0]} max={dates.at(-1)} onCommit={(to) => setState((current) => ({ ...current, to }))} />
        </div>
      </fieldset>
    </section>
  );
}

/** The table as it is on screen (filters and order applied), as CSV or JSON, each row linking to its paragraph. */
function QuoteExport({ rows }: { rows: readonly QuoteRow[] }) {
  const absolute = useAbsoluteLink();
  const count = `${rows.length} ${rows.length === 1 ? 'quote' : 'quotes'}`;
  return <ExportButtons count={count} fileStem="readout-quotes" rows={() => quoteExportRows(rows, (row) => absolute(paths.article.href(row.quote.articleId, row.quote.block)))} />;
}
