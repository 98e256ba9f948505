import { useMemo, useState } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { DatasetsFile, IndexFile } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { ExportButtons } from '#src/components/export-buttons.tsx';
import { FigureTable } from '#src/components/figure-table.tsx';
import { NotFound } from '#src/components/not-found.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { ShowMoreButton } from '#src/components/show-more-button.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { useIncrementalList } from '#src/lib/use-incremental-list.ts';
import { figureExportRows } from './chart-data.ts';
import { DatasetFigure } from './dataset-figure.tsx';
import { TimelineFigure } from './timeline-figure.tsx';

/**
 * Both /charts (everything) and /charts/<datasetId> (one dataset). Loaded lazily with Recharts; the datasets
 * file is loaded only here, beside the index, so the first view never pays for it.
 */
export function ChartsPage() {
  const { datasetId } = useParams();
  const indexQuery = useQuery(corpusQueries.index());
  // Requested beside the index, not after it: the two downloads overlap.
  const datasetsQuery = useQuery(corpusQueries.datasets());
  return (
    <div className="page charts-page">
      <QueryGate query={indexQuery} lines={12}>
        {(data) =>
          datasetId === undefined ? (
            <AllCharts index={data} datasetsQuery={datasetsQuery} />
          ) : (
            <QueryGate query={datasetsQuery} lines={10}>
              {(file) => <OneChart index={data} datasets={file.datasets} datasetId={datasetId} />}
            </QueryGate>
          )
        }
      </QueryGate>
    </div>
  );
}

const DATASET_STEP = 8;
const FIGURE_STEP = 50;

function AllCharts({ index, datasetsQuery }: { index: IndexFile; datasetsQuery: UseQueryResult<DatasetsFile> }) {
  useDocumentTitle('Charts');
  return (
    <>
      <h1 className="page-title">Charts</h1>
      <TimelineFigure index={index} />
      <h2 className="section-title">Figures reported in the articles</h2>
      <QueryGate query={datasetsQuery} lines={8}>
        {(file) => (
          <>
            <DatasetGrid index={index} datasets={file.datasets} />
            <AllFigures index={index} figures={file.figures} />
          </>
        )}
      </QueryGate>
    </>
  );
}

/** Every quantity stated anywhere, filterable by unit: the single numbers no chart groups. */
function AllFigures({ index, figures }: { index: IndexFile; figures: DatasetsFile['figures'] }) {
  const [unit, setUnit] = useState('');
  // Counted once per file, not once per unit per render.
  const unitCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const figure of figures) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [figures]);
  const titles = useMemo(() => new Map(index.articles.map((article) => [article.id, article.title])), [index.articles]);
  const articlesById = useMemo(() => new Map(index.articles.map((article) => [article.id, article])), [index.articles]);
  const absolute = useAbsoluteLink();
  const shown = unit ? figures.filter((figure) => figure.unit === unit) : figures;
  const rows = useIncrementalList(shown, FIGURE_STEP);
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="all-figures-heading" className="all-figures">
      <h2 id="all-figures-heading" className="section-title">
        Every figure stated
      </h2>
      <label className="inline-field">
        Unit{' '}
        <select value={unit} onChange={(event) => setUnit(event.target.value)}>
          <option value="">All units ({figures.length})</option>
          {unitCounts.map(([name, count]) => (
            <option key={name} value={name}>
              {name} ({count})
            </option>
          ))}
        </select>
      </label>
      <div className="chart-actions">
        <ExportButtons
          count={`${shown.length} ${shown.length === 1 ? 'figure' : 'figures'}${unit ? ` in ${unit}` : ''}`}
          fileStem={`readout-figures${unit ? `-${unit}` : ''}`}
          rows={() => figureExportRows(shown, articlesById, (articleId, block) => absolute(paths.article.href(articleId, block)))}
        />
      </div>
      <FigureTable figures={rows.visible} caption={`${shown.length} ${shown.length === 1 ? 'figure' : 'figures'}${unit ? ` in ${unit}` : ''}, each linked to its paragraph`} articleTitle={(id) => titles.get(id)} />
      <ShowMoreButton remaining={rows.remaining} step={FIGURE_STEP} noun="figures" onClick={rows.showMore} />
    </section>
  );
}

function DatasetGrid({ index, datasets }: { index: IndexFile; datasets: DatasetsFile['datasets'] }) {
  const shown = useIncrementalList(datasets, DATASET_STEP);
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  return (
    <>
      {datasets.length === 0 && <p>No article in this corpus reports a set of comparable figures.</p>}
      <div className="chart-grid">
        {shown.visible.map((dataset) => (
          <DatasetFigure key={dataset.id} dataset={dataset} article={articles.get(dataset.articleId)} />
        ))}
      </div>
      <ShowMoreButton remaining={shown.remaining} step={DATASET_STEP} noun="charts" onClick={shown.showMore} />
    </>
  );
}

function OneChart({ index, datasets, datasetId }: { index: IndexFile; datasets: DatasetsFile['datasets']; datasetId: string }) {
  const dataset = datasets.find((d) => d.id === datasetId);
  useDocumentTitle(dataset?.title ?? 'Chart not found');
  if (!dataset) {
    return (
      <NotFound title="Chart not found" backHref={paths.charts.href()} backLabel="All charts">
        <p>No dataset in this corpus has the id {`“${datasetId}”`}.</p>
      </NotFound>
    );
  }
  return (
    <>
      <p className="eyebrow">
        <Link to={paths.charts.href()}>All charts</Link>
      </p>
      <DatasetFigure dataset={dataset} article={index.articles.find((a) => a.id === dataset.articleId)} standalone />
    </>
  );
}
