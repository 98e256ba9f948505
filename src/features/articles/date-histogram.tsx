import { useMemo, useState } from 'react';
import { Bar, BarChart, Cell, ReferenceArea, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts';
import { binOf, countByBin } from '#src/lib/dates.ts';

type Props = {
  dates: readonly string[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
};

/**
 * Articles per day (or week, or month) as bars; click a bar to pick its dates, drag across bars for a range.
 * A pointer shortcut: the date inputs beside it are the keyboard and screen-reader way to set the same range.
 */
export function DateHistogram({ dates, from, to, onChange }: Props) {
  const { bins, counts } = useMemo(() => countByBin(dates), [dates]);
  const data = bins.map((bin) => ({ key: bin.key, label: bin.label, count: counts.get(bin.key) ?? 0 }));
  const [dragStart, setDragStart] = useState<string | null>(null);
  const [dragEnd, setDragEnd] = useState<string | null>(null);
  if (bins.length === 0) return null;

  const labelOf = (state: MouseHandlerDataParam) => (typeof state.activeLabel === 'string' ? state.activeLabel : null);
  const inRange = (key: string) => {
    const bin = bins.find((b) => b.key === key);
    return bin !== undefined && (from === null || bin.end >= from) && (to === null || bin.start <= to);
  };
  function commit(a: string, b: string) {
    const [first, last] = a <= b ? [a, b] : [b, a];
    const start = bins.find((bin) => bin.key === first);
    const end = bins.find((bin) => bin.key === last);
    if (start && end) onChange({ from: start.start, to: end.end });
  }
  const filtered = from !== null || to !== null;

  return (
    <div className="histogram" aria-hidden="true" title="Click a bar, or drag across bars, to choose dates">
      <ResponsiveContainer width="100%" height={96}>
        <BarChart
          data={data}
          margin={{ top: 4, right: 4, bottom: 0, left: 4 }}
          barCategoryGap={1}
          accessibilityLayer={false}
          onMouseDown={(state) => {
            const key = labelOf(state);
            setDragStart(key);
            setDragEnd(key);
          }}
          onMouseMove={(state) => dragStart && setDragEnd(labelOf(state) ?? dragEnd)}
          onMouseUp={(state) => {
            const end = labelOf(state) ?? dragEnd;
            if (dragStart && end) commit(dragStart, end);
            setDragStart(null);
            setDragEnd(null);
          }}
          onMouseLeave={() => {
            setDragStart(null);
            setDragEnd(null);
          }}
        >
          <XAxis dataKey="key" tickFormatter={(key: string) => binOf(bins, key)?.label ?? key} tick={{ fontSize: 11, fill: 'var(--muted)' }} minTickGap={24} tickLine={false} axisLine={{ stroke: 'var(--rule)' }} />
          <Tooltip
            cursor={{ fill: 'var(--accent-soft)' }}
            labelFormatter={(key) => binOf(bins, String(key))?.label ?? String(key)}
            formatter={(value) => [value, 'articles']}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--rule)', color: 'var(--text)' }}
          />
          <Bar dataKey="count" isAnimationActive={false} radius={[2, 2, 0, 0]}>
            {data.map((entry) => (
              <Cell key={entry.key} fill={!filtered || inRange(entry.key) ? 'var(--accent)' : 'var(--rule)'} cursor="pointer" />
            ))}
          </Bar>
          {dragStart && dragEnd && <ReferenceArea x1={dragStart} x2={dragEnd} fill="var(--accent)" fillOpacity={0.15} />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
