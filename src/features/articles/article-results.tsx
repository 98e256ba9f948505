import { useMemo } from 'react';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary, IndexFile } from '#src/data/app-files.ts';
import { DEFAULT_LIST_STATE, isDefaultListState, type ListSort, type ListState } from '#src/config/url-state/list-search.ts';
import { ErrorView } from '#src/components/error-view.tsx';
import { Skeleton } from '#src/components/skeleton.tsx';
import { ArticleRow } from './article-row.tsx';
import { ExportButtons } from '#src/components/export-buttons.tsx';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { articleExportRows } from './export-articles.ts';
import { suggestLoosening } from './filter-articles.ts';
import type { ArticleSearch } from './use-article-search.ts';
import type { SetListState } from './use-list-state.ts';
import { VirtualArticleList } from './virtual-article-list.tsx';
import { lazy, Suspense } from 'react';

// Grouping by story is asked for in the URL or by a click: its code stays out of the first view.
const StoryGroupedList = lazy(() => import('./story-grouped-list.tsx'));

const SORT_LABELS: Record<ListSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  quotes: 'Most quotes first',
  outlet: 'By outlet',
  relevance: 'Best match first',
};

type Props = {
  index: IndexFile;
  /** every article's count, also while only the first screen's are loaded */
  total: number;
  /** the state asks for more than the first screen holds: the rest of the articles are still loading */
  loadingRest?: boolean;
  /** only the first screen's articles are loaded: an export would hold those alone */
  partial?: boolean;
  state: ListState; setState: SetListState; search: ArticleSearch; matching: ArticleSummary[]; updating?: boolean };

export function ArticleResults({ index, total, loadingRest = false, partial = false, state, setState, search, matching, updating = false }: Props) {
  const byId = useMemo(() => new Map(index.articles.map((article) => [article.id, article])), [index.articles]);
  const names = useMemo(() => new Map(index.people.map((person) => [person.id, person.name])), [index.people]);
  const personName = (id: string) => names.get(id) ?? id;
  const filtered = !isDefaultListState({ ...state, group: null });

  const renderArticle = (article: ArticleSummary) => (
    <ArticleRow article={article} parent={article.parentId ? byId.get(article.parentId) : undefined} personName={personName} terms={search.terms} />
  );

  let body;
  const loadingAll = `Loading all ${total} articles…`;
  if (loadingRest) body = <Skeleton lines={8} label={loadingAll} />;
  else if (search.status === 'loading') body = <Skeleton lines={8} label="Loading the search index…" />;
  else if (search.status === 'error') body = <ErrorView error={search.error} onRetry={search.retry} title="Search is unavailable" />;
  else if (matching.length === 0) body = <EmptyState index={index} state={state} setState={setState} search={search} personName={personName} />;
  else
    body = (
      state.group === 'story' ? (
        <Suspense fallback={<Skeleton lines={8} label="Grouping by story…" />}>
          <StoryGroupedList index={index} articles={matching} renderArticle={renderArticle} />
        </Suspense>
      ) : (
        <VirtualArticleList articles={matching} renderRow={renderArticle} />
      )
    );

  return (
    <section className="results" aria-label="Results" id="results" tabIndex={-1} aria-busy={updating || undefined} data-updating={updating || undefined}>
      <div className="results-bar">
        <p role="status" className="result-count">
          {loadingRest
            ? loadingAll
            : search.status === 'loading'
            ? 'Searching…'
            : filtered
              ? `${matching.length} of ${total} ${total === 1 ? 'article' : 'articles'} match`
              : `${total} ${total === 1 ? 'article' : 'articles'}, ${SORT_LABELS[state.sort].toLowerCase()}`}
        </p>
        <div className="results-actions">
          <label className="inline-field sort-field">
            Sort
            <select value={state.sort} onChange={(event) => setState((current) => ({ ...current, sort: event.target.value as ListSort }))}>
              {(Object.keys(SORT_LABELS) as ListSort[])
                .filter((sort) => sort !== 'relevance' || state.q !== '' || state.sort === 'relevance')
                .map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
            </select>
          </label>
          <label className="inline-field check-field">
            <input
              type="checkbox"
              checked={state.group === 'story'}
              onChange={(event) => setState((current) => ({ ...current, group: event.target.checked ? 'story' : null }))}
            />
            Group by story
          </label>
          {filtered && (
            <button type="button" className="button button-quiet" onClick={() => setState(() => ({ ...DEFAULT_LIST_STATE, group: state.group }))}>
              Clear all filters
            </button>
          )}
          {partial ? (
            // In place but disabled until every article is in: appearing later would shift the bar.
            <ArticleExport articles={matching} total={total} personName={personName} pending={loadingAll} />
          ) : (
            search.status !== 'loading' && matching.length > 0 && <ArticleExport articles={matching} total={matching.length} personName={personName} />
          )}
        </div>
      </div>
      {body}
    </section>
  );
}

/** The list as it is on screen (filters, search and order applied), as CSV or JSON, each row linking back. */
/** `total`: the articles the export stands for (every one, while `pending` says why it must wait for them). */
function ArticleExport({ articles, total, personName, pending }: { articles: readonly ArticleSummary[]; total: number; personName: (id: string) => string; pending?: string }) {
  const absolute = useAbsoluteLink();
  const count = `${total} ${total === 1 ? 'article' : 'articles'}`;
  return <ExportButtons count={count} fileStem="readout-articles" pending={pending} rows={() => articleExportRows(articles, personName, (id) => absolute(paths.article.href(id)))} />;
}

type EmptyProps = { index: IndexFile; state: ListState; setState: SetListState; search: ArticleSearch; personName: (id: string) => string };

function EmptyState({ index, state, setState, search, personName }: EmptyProps) {
  const suggestions = suggestLoosening(index.articles, state, search.matches, personName);
  return (
    <div className="empty-state">
      <h2>No articles match all these filters</h2>
      {suggestions.length > 0 ? (
        <>
          <p>Loosen one of them:</p>
          <ul>
            {suggestions.map((suggestion) => (
              <li key={suggestion.label}>
                <button type="button" className="button button-quiet" onClick={() => setState(() => suggestion.next)}>
                  Remove {suggestion.label}
                </button>{' '}
                to see {suggestion.count} {suggestion.count === 1 ? 'article' : 'articles'}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No single filter is to blame; try clearing them all.</p>
      )}
    </div>
  );
}
