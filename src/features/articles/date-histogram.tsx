import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { Bar, BarChart, Cell, ReferenceArea, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import { binOf, countByBin, type DateBin } from '#src/lib/dates.ts';

type Props = {
  dates: readonly string[];
  /** Every date of the corpus: the bins and axis span these, so narrowing other filters doesn't rescale the chart. */
  domain: readonly string[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
};

const MARGIN = { top: 4, right: 4, bottom: 0, left: 4 };

/**
 * Articles per day (or week, or month) as bars; click a bar to pick its dates, drag across bars for a range.
 * Pointer events on the wrapper, not Recharts' chart events: those report no bar for a click that was not
 * preceded by a hover, and pointer events also give touch dragging for free. The date inputs beside it are
 * the keyboard and screen-reader way to set the same range.
 */
export function DateHistogram({ dates, domain, from, to, onChange }: Props) {
  const { bins, counts } = useMemo(() => countByBin(dates, domain), [dates, domain]);
  const data = bins.map((bin) => ({ key: bin.key, count: counts.get(bin.key) ?? 0 }));
  const wrapper = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ start: DateBin; end: DateBin } | null>(null);
  if (dates.length === 0) return null;

  function binAt(clientX: number): DateBin | undefined {
    const rect = wrapper.current?.getBoundingClientRect();
    if (!rect) return undefined;
    const plotWidth = rect.width - MARGIN.left - MARGIN.right;
    const index = Math.floor(((clientX - rect.left - MARGIN.left) / plotWidth) * bins.length);
    return bins[Math.min(bins.length - 1, Math.max(0, index))];
  }
  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    const bin = binAt(event.clientX);
    if (!bin) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ start: bin, end: bin });
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    const end = binAt(event.clientX) ?? drag.end;
    const [first, last] = drag.start.start <= end.start ? [drag.start, end] : [end, drag.start];
    setDrag(null);
    onChange({ from: first.start, to: last.end });
  }

  const filtered = from !== null || to !== null;
  const inRange = (bin: DateBin) => (from === null || bin.end >= from) && (to === null || bin.start <= to);

  return (
    <div
      ref={wrapper}
      className="histogram"
      aria-hidden="true"
      title="Click a bar, or drag across bars, to choose dates"
      onPointerDown={onPointerDown}
      onPointerMove={(event) => drag && setDrag({ ...drag, end: binAt(event.clientX) ?? drag.end })}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
    >
      <ResponsiveContainer width="100%" height={96}>
        <BarChart data={data} margin={MARGIN} barCategoryGap={1} accessibilityLayer={false}>
          <XAxis dataKey="key" tickFormatter={(key: string) => binOf(bins, key)?.label ?? key} tick={{ fontSize: 11, fill: 'var(--muted)' }} minTickGap={24} tickLine={false} axisLine={{ stroke: 'var(--rule)' }} />
          <Tooltip
            cursor={{ fill: 'var(--accent-soft)' }}
            labelFormatter={(key) => binOf(bins, String(key))?.label ?? String(key)}
            formatter={(value) => [value, 'articles']}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--rule)', color: 'var(--text)' }}
          />
          <Bar dataKey="count" isAnimationActive={false} radius={[2, 2, 0, 0]}>
            {bins.map((bin) => (
              <Cell key={bin.key} fill={!filtered || inRange(bin) ? 'var(--accent)' : 'var(--rule)'} />
            ))}
          </Bar>
          {drag && <ReferenceArea x1={drag.start.key} x2={drag.end.key} fill="var(--accent)" fillOpacity={0.15} />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
