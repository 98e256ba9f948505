import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { NotFound } from '#src/components/not-found.tsx';
import { Skeleton } from '#src/components/skeleton.tsx';
import { ArticleListPage } from '#src/features/articles/article-list-page.tsx';
import { paths } from '#src/config/paths.ts';
import { describeUnreadablePath } from '#src/config/url-state/unreadable-path.ts';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { Shell } from './shell.tsx';

/** A route's page, loaded on its first visit, with a skeleton that says what is coming meanwhile. */
function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>, label: string, lines: number): ComponentType<Props> {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPage(props: Props) {
    return (
      <Suspense fallback={<Skeleton lines={lines} label={label} />}>
        <Page {...props} />
      </Suspense>
    );
  };
}

// The reader (quote marks, citations, corrections, view source) is not the first view's work: the list is.
const LazyArticlePage = lazyPage(() => import('#src/features/articles/article-page.tsx').then((module) => module.ArticlePage), 'Loading the article…', 12);
// The speaker index and a person's page are other routes than the list: their code comes when visited.
const LazyPeoplePage = lazyPage(() => import('#src/features/people/people-page.tsx').then((module) => module.PeoplePage), 'Loading people…', 12);
const LazyPersonPage = lazyPage(() => import('#src/features/people/person-page.tsx').then((module) => module.PersonPage), 'Loading the person…', 12);
// The quotes explorer loads every quote (quotes.json) and its own code only when visited.
const LazyQuotesPage = lazyPage(() => import('#src/features/quotes/quotes-page.tsx').then((module) => module.QuotesPage), 'Loading quotes…', 10);
// A story loads its members' files; its code waits until a story is opened.
const LazyStoryPage = lazyPage(() => import('#src/features/stories/story-page.tsx').then((module) => module.StoryPage), 'Loading the story…', 10);
// Adding pages pulls in the whole pipeline (in a worker) and IndexedDB: only for readers who go there.
const LazyMyPagesPage = lazyPage(() => import('#src/features/my-pages/my-pages-page.tsx').then((module) => module.MyPagesPage), 'Loading…', 6);
// Recharts is the heaviest dependency; the charts view loads it only when visited.
const LazyChartsPage = lazyPage(() => import('#src/features/charts/charts-page.tsx').then((module) => module.ChartsPage), 'Loading charts…', 10);

/** Each route's element inside its own error boundary, so one failing view never blanks the others or the shell. */
function guarded(element: ReactNode) {
  return <RouteErrorBoundary>{element}</RouteErrorBoundary>;
}

/** Matches the `*` route; an address no pattern can match is routed here so it gets a notice, not a blank page. */
const UNREADABLE_ADDRESS = '/unreadable-address';

export function AppRoutes() {
  const location = useLocation();
  const unreadable = describeUnreadablePath(location.pathname);
  return (
    // The outer boundary keeps a failure of the shell itself from blanking the page.
    <RouteErrorBoundary>
      <Routes location={unreadable ? { ...location, pathname: UNREADABLE_ADDRESS } : location}>
        <Route element={<Shell />}>
          <Route index element={guarded(<ArticleListPage />)} />
          <Route path={paths.article.pattern} element={guarded(<LazyArticlePage />)} />
          <Route path={paths.articleSource.pattern} element={guarded(<LazyArticlePage view="source" />)} />
          <Route path={paths.people.pattern} element={guarded(<LazyPeoplePage />)} />
          <Route path={paths.person.pattern} element={guarded(<LazyPersonPage />)} />
          <Route path={paths.quotes.pattern} element={guarded(<LazyQuotesPage />)} />
          <Route path={paths.story.pattern} element={guarded(<LazyStoryPage />)} />
          <Route path={paths.myPages.pattern} element={guarded(<LazyMyPagesPage />)} />
          <Route path={paths.charts.pattern} element={guarded(<LazyChartsPage />)} />
          <Route path={paths.chart.pattern} element={guarded(<LazyChartsPage />)} />
          <Route
            path="*"
            element={
              <NotFound title="Page not found" backHref={paths.articles.href()} backLabel="All articles">
                <p>{unreadable ?? 'There is no page at this address.'}</p>
              </NotFound>
            }
          />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}
