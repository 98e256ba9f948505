import { useDeferredValue, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { IndexFile } from '#src/data/app-files.ts';
import { QueryGate } from '#src/components/query-gate.tsx';
import { NoticeList } from '#src/components/notice-list.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import type { ListVocabulary } from '#src/config/url-state/list-search.ts';
import { ArticleFilters } from './article-filters.tsx';
import { ArticleResults } from './article-results.tsx';
import { filterArticles } from './filter-articles.ts';
import { useArticleSearch } from './use-article-search.ts';
import { useListState } from './use-list-state.ts';

export function ArticleListPage() {
  useDocumentTitle('Articles');
  const indexQuery = useQuery(corpusQueries.index());
  return (
    <div className="page list-page">
      <h1 className="page-title">Articles</h1>
      <QueryGate query={indexQuery} lines={10}>
        {(data) => <ArticleListView index={data} />}
      </QueryGate>
    </div>
  );
}

function ArticleListView({ index }: { index: IndexFile }) {
  const location = useLocation();
  const vocabulary = useMemo<ListVocabulary>(
    () => ({
      personIds: new Set(index.people.map((person) => person.id)),
      publishers: new Set(index.articles.flatMap((article) => (article.publisher ? [article.publisher] : []))),
    }),
    [index],
  );
  const { state, notices, setState } = useListState(vocabulary);
  // The fields follow every keystroke; searching, filtering and drawing the list follow when React has time
  // (issue 8: typing never waits on work). Until they catch up, the results say they are updating.
  const shown = useDeferredValue(state);
  const search = useArticleSearch(shown.q);
  const matching = useMemo(() => filterArticles(index.articles, shown, search.matches), [index.articles, shown, search.matches]);
  const undatedRange = useMemo(
    () => filterArticles(index.articles, { ...shown, from: null, to: null }, search.matches).flatMap((a) => (a.publishedOn ? [a.publishedOn] : [])),
    [index.articles, shown, search.matches],
  );
  const focusSearch = (location.state as { focusSearch?: boolean } | null)?.focusSearch === true;

  return (
    <div className="list-layout">
      <NoticeList notices={notices} />
      <ArticleFilters index={index} state={state} setState={setState} histogramDates={undatedRange} autoFocusSearch={focusSearch} />
      <ArticleResults index={index} state={shown} setState={setState} search={search} matching={matching} updating={shown !== state} />
    </div>
  );
}
