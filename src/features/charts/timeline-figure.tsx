import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndexFile } from '#src/data/app-files.ts';
import { binOf, countByBin, formatDate } from '#src/lib/dates.ts';
import { paths } from '#src/config/paths.ts';
import { ExportButtons } from '#src/components/export-buttons.tsx';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { axisTick, seriesColor, tooltipStyle } from './chart-style.ts';

/** Articles and quotes per day (or week) with the story's dated events marked, so coverage can be read against them. */
export function TimelineFigure({ index }: { index: IndexFile }) {
  const { rows, bins, events } = useMemo(() => {
    const articleDates = index.articles.flatMap((article) => (article.publishedOn ? [article.publishedOn] : []));
    // A quote is dated by its article, so the summaries' quote counts give the quote dates without loading any quote.
    const quoteDates = index.articles.flatMap((article) => (article.publishedOn ? Array<string>(article.quoteCount).fill(article.publishedOn) : []));
    const eventDates = index.anchorEvents.flatMap((event) => [event.start, event.end]);
    const articleCounts = countByBin(articleDates, [...quoteDates, ...eventDates]);
    const quoteCounts = countByBin(quoteDates, [...articleDates, ...eventDates]);
    const rows = articleCounts.bins.map((bin) => ({ key: bin.key, label: bin.label, articles: articleCounts.counts.get(bin.key) ?? 0, quotes: quoteCounts.counts.get(bin.key) ?? 0 }));
    const events = [...index.anchorEvents].sort((a, b) => a.start.localeCompare(b.start));
    return { rows, bins: articleCounts.bins, events };
  }, [index]);

  const absolute = useAbsoluteLink();
  if (rows.length === 0) return <p>No dated articles yet.</p>;
  const busy = rows.filter((row) => row.articles > 0);
  const summary = `${busy.length} ${busy.length === 1 ? 'period has' : 'periods have'} articles between ${formatDate(rows[0]!.key)} and ${formatDate(rows[rows.length - 1]!.key)}; events marked: ${events.map((event) => event.label).join(', ') || 'none'}.`;

  return (
    <section className="chart-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="chart-title">
        Coverage over time
      </h2>
      <p className="chart-meta">Articles and quotes by inferred publication date; shaded bands and lines are dated events in the story.</p>
      <figure role="img" aria-label={`Bar chart of articles and quotes over time. ${summary}`} className="chart-figure">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: -12 }} accessibilityLayer={false} barGap={0}>
            <CartesianGrid vertical={false} stroke="var(--rule)" />
            <XAxis dataKey="key" tick={axisTick} tickFormatter={(key: string) => binOf(bins, key)?.label ?? key} minTickGap={28} />
            <YAxis allowDecimals={false} tick={axisTick} />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--accent-soft)' }} labelFormatter={(key) => binOf(bins, String(key))?.label ?? String(key)} />
            {/* Below the plot: above it, the legend covered the numbers of the events marked at the top. */}
            <Legend verticalAlign="bottom" height={28} />
            {events.map((event, eventIndex) => {
              const start = binOf(bins, event.start)?.key;
              const end = binOf(bins, event.end)?.key;
              if (!start || !end) return null;
              const label = { value: String(eventIndex + 1), position: 'top' as const, fill: 'var(--event)', fontSize: 11, fontWeight: 700 };
              return start === end ? (
                <ReferenceLine key={event.id} x={start} stroke="var(--event)" strokeDasharray="4 3" strokeWidth={2} label={label} />
              ) : (
                <ReferenceArea key={event.id} x1={start} x2={end} fill="var(--event)" fillOpacity={0.18} stroke="var(--event)" strokeOpacity={0.5} label={label} />
              );
            })}
            <Bar dataKey="articles" name="Articles" fill={seriesColor(0)} isAnimationActive={false} />
            <Bar dataKey="quotes" name="Quotes" fill={seriesColor(1)} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {events.length > 0 && (
        <ol className="event-list" aria-label="Events marked on the timeline">
          {events.map((event, eventIndex) => (
            <li key={event.id}>
              <span className="event-swatch" aria-hidden="true">
                {eventIndex + 1}
              </span>
              <strong>{event.label}</strong>, {event.start === event.end ? formatDate(event.start) : `${formatDate(event.start)} – ${formatDate(event.end)}`}
              <span className="muted"> — {event.source}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="chart-actions">
        <ExportButtons
          count={`articles and quotes of ${busy.length} ${busy.length === 1 ? 'period' : 'periods'}`}
          fileStem="readout-coverage"
          rows={() =>
            busy.map((row) => {
              const bin = binOf(bins, row.key)!;
              // Each period links to the list filtered to it: the articles behind the bar.
              return { period_start: bin.start, period_end: bin.end, articles: row.articles, quotes: row.quotes, readout_link: absolute(paths.articles.href({ from: bin.start, to: bin.end })) };
            })
          }
        />
      </div>
      <details className="data-table">
        <summary>Data table</summary>
        <table>
          <caption className="visually-hidden">Articles and quotes by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="numeric">
                Articles
              </th>
              <th scope="col" className="numeric">
                Quotes
              </th>
            </tr>
          </thead>
          <tbody>
            {busy.map((row) => (
              <tr key={row.key}>
                <th scope="row">{binOf(bins, row.key)?.label ?? row.key}</th>
                <td className="numeric">{row.articles}</td>
                <td className="numeric">{row.quotes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
