import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary } from '#src/data/app-files.ts';
import type { Dataset } from '#src/data/contract.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { formatDate } from '#src/lib/dates.ts';
import { ExportButtons } from '#src/components/export-buttons.tsx';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { datasetExportRows, pivotPoints, sourceSentences } from './chart-data.ts';
import { tooltipStyle, axisTick, seriesColor } from './chart-style.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

type Props = { dataset: Dataset; article: ArticleSummary | undefined; standalone?: boolean };

/** One dataset as horizontal bars (long labels stay readable on a phone), grouped when points have series. */
export function DatasetFigure({ dataset, article, standalone = false }: Props) {
  const { rows, series } = pivotPoints(dataset);
  const grouped = series.length > 1 || series[0] !== 'value';
  const seriesName = (key: string) => (key === 'value' ? dataset.unit : key);
  const headingId = `chart-${dataset.id}`;
  const description = rows
    .map((row) => `${row.label}: ${series.flatMap((key) => (typeof row[key] === 'number' ? [`${grouped ? `${seriesName(key)} ` : ''}${numberFormat.format(row[key])}`] : [])).join(', ')}`)
    .join('; ');
  const Heading = standalone ? 'h1' : 'h3';
  const height = Math.max(140, rows.length * (series.length * 22 + 18) + 70);
  const absolute = useAbsoluteLink();

  return (
    <article className="chart-card" aria-labelledby={headingId}>
      <Heading id={headingId} className={standalone ? 'page-title' : 'chart-title'}>
        {standalone ? dataset.title : <Link to={paths.chart.href(dataset.id)}>{dataset.title}</Link>}
      </Heading>
      {article && (
        <p className="chart-meta">
          From <Link to={paths.article.href(article.id)}>{article.title}</Link> · {article.publisher ?? 'Unknown publisher'}
          {article.publishedOn && ` · ${formatDate(article.publishedOn)}`}
        </p>
      )}
      <figure role="img" aria-label={`Bar chart: ${dataset.title}, in ${dataset.unit}. ${description}.`} className="chart-figure">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="var(--rule)" />
            <XAxis
              type="number"
              tick={axisTick}
              tickFormatter={(value: number) => numberFormat.format(value)}
              label={{ value: dataset.unit, position: 'insideBottom', offset: -14, fill: 'var(--muted)', fontSize: 12 }}
            />
            <YAxis type="category" dataKey="label" width={130} tick={axisTick} interval={0} />
            <Tooltip
              cursor={{ fill: 'var(--accent-soft)' }}
              contentStyle={tooltipStyle}
              formatter={(value, name) => [`${numberFormat.format(Number(value))} ${dataset.unit}`, name]}
            />
            {grouped && <Legend verticalAlign="top" height={28} />}
            {series.map((key, index) => (
              <Bar key={key} dataKey={key} name={seriesName(key)} fill={seriesColor(index)} isAnimationActive={false} radius={[0, 3, 3, 0]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <SourceSentences dataset={dataset} />
      <div className="chart-actions">
        <ExportButtons
          count={`the ${dataset.points.length} points of “${dataset.title}”`}
          fileStem={`readout-chart-${dataset.id}`}
          rows={() => datasetExportRows(dataset, article, (articleId, block) => absolute(paths.article.href(articleId, block)))}
        />
      </div>
      <details className="data-table">
        <summary>Data table</summary>
        <table>
          <caption className="visually-hidden">
            {dataset.title}, in {dataset.unit}
          </caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              {series.map((key) => (
                <th key={key} scope="col" className="numeric">
                  {seriesName(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {series.map((key) => (
                  <td key={key} className="numeric">
                    {typeof row[key] === 'number' ? numberFormat.format(row[key]) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

/** The words the numbers were read from, linked to the exact paragraph. */
function SourceSentences({ dataset }: { dataset: Dataset }) {
  const file = useQuery(corpusQueries.article(dataset.articleId));
  if (!file.data) return <p className="chart-source muted">{file.isError ? 'The source sentence could not be loaded.' : 'Loading the source sentence…'}</p>;
  return (
    <>
      {sourceSentences(dataset, file.data.article.blocks).map((sentence) => (
        <blockquote key={sentence.block} className="chart-source">
          <p>
            {sentence.before}
            {sentence.parts.map((part, index) => (part.number ? <mark key={index}>{part.text}</mark> : part.text))}
            {sentence.after}{' '}
            <Link to={paths.article.href(dataset.articleId, sentence.block)}>In context</Link>
          </p>
        </blockquote>
      ))}
    </>
  );
}
