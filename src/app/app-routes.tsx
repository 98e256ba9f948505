import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '#src/components/not-found.tsx';
import { Skeleton } from '#src/components/skeleton.tsx';
import { ArticleListPage } from '#src/features/articles/article-list-page.tsx';
import { ArticlePage } from '#src/features/articles/article-page.tsx';
import { PeoplePage } from '#src/features/people/people-page.tsx';
import { PersonPage } from '#src/features/people/person-page.tsx';
import { paths } from '#src/config/paths.ts';
import { Shell } from './shell.tsx';

// Recharts is the heaviest dependency; the charts view loads it only when visited.
const ChartsPage = lazy(() => import('#src/features/charts/charts-page.tsx').then((module) => ({ default: module.ChartsPage })));

function LazyChartsPage() {
  return (
    <Suspense fallback={<Skeleton lines={10} label="Loading charts…" />}>
      <ChartsPage />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<ArticleListPage />} />
        <Route path={paths.article.pattern} element={<ArticlePage />} />
        <Route path={paths.people.pattern} element={<PeoplePage />} />
        <Route path={paths.person.pattern} element={<PersonPage />} />
        <Route path={paths.charts.pattern} element={<LazyChartsPage />} />
        <Route path={paths.chart.pattern} element={<LazyChartsPage />} />
        <Route
          path="*"
          element={
            <NotFound title="Page not found" backHref={paths.articles.href()} backLabel="All articles">
              <p>There is no page at this address.</p>
            </NotFound>
          }
        />
      </Route>
    </Routes>
  );
}
