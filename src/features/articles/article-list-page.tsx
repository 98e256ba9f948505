import { useDeferredValue, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { IndexFile } from '#src/data/app-files.ts';
import { QueryGate } from '#src/components/query-gate.tsx';
import { NoticeList } from '#src/components/notice-list.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { isDefaultListState, type ListState, type ListVocabulary } from '#src/config/url-state/list-search.ts';
import { ArticleFilters } from './article-filters.tsx';
import { ArticleResults } from './article-results.tsx';
import { filterArticles, matchArticles } from './filter-articles.ts';
import { facetsOfArticles, facetsOfFirstScreen, type ListFacetView } from './list-facets.ts';
import { useArticleSearch } from './use-article-search.ts';
import { useListState } from './use-list-state.ts';

/** The list as drawn: every article, or (partial) a large index's first screen while its parts load. */
type ListSource = { index: IndexFile; facets: ListFacetView; partial: boolean };

export function ArticleListPage() {
  useDocumentTitle('Articles');
  const indexQuery = useQuery(corpusQueries.index());
  const firstScreenQuery = useQuery({ ...corpusQueries.firstScreen(), enabled: indexQuery.data === undefined });
  const firstScreen = firstScreenQuery.data ?? null;
  const source = useMemo<ListSource | null>(() => {
    if (indexQuery.data) return { index: indexQuery.data, facets: facetsOfArticles(indexQuery.data.articles), partial: false };
    if (firstScreen && !indexQuery.isError) return { index: firstScreen, facets: facetsOfFirstScreen(firstScreen.facets, firstScreen.people), partial: true };
    return null;
  }, [indexQuery.data, indexQuery.isError, firstScreen]);
  // The whole index replaces the first screen in the background, so the swap never holds up a keystroke;
  // the first thing drawn (first screen or whole index) is drawn at once.
  const deferredSource = useDeferredValue(source);
  const shownSource = deferredSource ?? source;
  return (
    <div className="page list-page">
      <h1 className="page-title">Articles</h1>
      {/* One element in one place whichever source it shows, so the fields keep their focus and text across the swap. */}
      {shownSource ? <ArticleListView source={shownSource} /> : <QueryGate query={indexQuery} lines={10}>{() => null}</QueryGate>}
    </div>
  );
}

function ArticleListView({ source }: { source: ListSource }) {
  const { index, facets, partial } = source;
  const location = useLocation();
  const vocabulary = useMemo<ListVocabulary>(
    () => ({ personIds: new Set(index.people.map((person) => person.id)), publishers: new Set(facets.publishers) }),
    [index.people, facets.publishers],
  );
  const { state, notices, setState } = useListState(vocabulary);
  // The fields follow every keystroke; filtering and drawing the list follow when React has time (issue 8:
  // typing never waits on work). Until they catch up, the results say they are updating.
  const shown = useDeferredValue(state);
  // The search starts on the keystroke itself: the worker answers while React is still drawing. The list
  // takes the words through that answer (the previous one stays until it is in), so a word typed costs
  // one filtering of the list, when its matches arrive, not one for the word and one for its matches.
  const search = useArticleSearch(state.q);
  const filters = useFiltersWithoutWords(shown);
  // The fields' own copy, not deferred: what the reader picks shows at once.
  const fields = useFiltersWithoutWords(state);
  // A first screen answers only the default list (its newest articles); anything else waits for every article.
  const answerable = !partial || isDefaultListState(shown);
  const matching = useMemo(
    () => (answerable ? filterArticles(index.articles, filters, search.matches) : []),
    [answerable, index.articles, filters, search.matches],
  );
  const undatedRange = useMemo(
    () =>
      partial
        ? facets.publishedDates
        : matchArticles(index.articles, { ...filters, from: null, to: null }, search.matches).flatMap((a) => (a.publishedOn ? [a.publishedOn] : [])),
    [partial, facets.publishedDates, index.articles, filters, search.matches],
  );
  const focusSearch = (location.state as { focusSearch?: boolean } | null)?.focusSearch === true;

  return (
    <div className="list-layout">
      <NoticeList notices={notices} />
      <ArticleFilters people={index.people} facets={facets} words={state.q} filters={fields} setState={setState} histogramDates={undatedRange} autoFocusSearch={focusSearch} />
      <ArticleResults
        index={index}
        total={facets.total}
        loadingRest={!answerable}
        partial={partial}
        state={shown}
        setState={setState}
        search={search}
        matching={matching}
        updating={shown !== state || search.pending}
      />
    </div>
  );
}

/**
 * The list's state without its words, the same object for as long as only the words change: filtering needs
 * the words' matches (from the search), not the words. (Keyed by its text, so no ref is read during render.)
 */
function useFiltersWithoutWords(state: ListState): ListState {
  const key = JSON.stringify({ ...state, q: '' });
  return useMemo(() => JSON.parse(key) as ListState, [key]);
}
