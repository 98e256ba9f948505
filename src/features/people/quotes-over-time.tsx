import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countByBin } from '#src/lib/dates.ts';

/** A small bar chart of a person's quotes by date; the quote list below it is the same data as text. */
export function QuotesOverTime({ name, dates }: { name: string; dates: readonly string[] }) {
  const data = useMemo(() => {
    const { bins, counts } = countByBin(dates);
    return bins.map((bin) => ({ key: bin.key, label: bin.label, quotes: counts.get(bin.key) ?? 0 }));
  }, [dates]);
  const busiest = data.reduce((best, row) => (row.quotes > best.quotes ? row : best), data[0] ?? { label: '', quotes: 0 });
  return (
    <figure role="img" aria-label={`Bar chart of ${name}'s ${dates.length} quotes over time; most on ${busiest.label} (${busiest.quotes}).`} className="mini-chart">
      <ResponsiveContainer width="100%" height={140}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--rule)" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: 'var(--muted)' }} minTickGap={20} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} width={44} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--rule)', color: 'var(--text)' }} />
          <Bar dataKey="quotes" name="Quotes" fill="var(--accent)" isAnimationActive={false} radius={[2, 2, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
