import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { countByBin, formatDate, type DateBin } from '#src/lib/dates.ts';

type Props = {
  dates: readonly string[];
  /** Every date of the corpus: the bins and axis span these, so narrowing other filters doesn't rescale the chart. */
  domain: readonly string[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
};

const HEIGHT = 80;
const TICKS = 4;

type Span = { anchor: number; cursor: number };
const ordered = (span: Span) => (span.anchor <= span.cursor ? [span.anchor, span.cursor] : [span.cursor, span.anchor]) as [number, number];

function binLabel(bin: DateBin): string {
  return bin.start === bin.end ? formatDate(bin.start) : `${formatDate(bin.start)} – ${formatDate(bin.end)}`;
}

/**
 * Articles per day (or week, or month) as bars; click a bar to pick its dates, drag across bars for a range.
 * Drawn as plain SVG, not Recharts: it is on the first view, and Recharts would be most of that view's JavaScript.
 * Keyboard: the chart is one tab stop; arrows move between bars, Shift+arrows widen the span, Enter applies it,
 * Escape clears the dates. A live line reads out the bar under the cursor.
 */
export function DateHistogram({ dates, domain, from, to, onChange }: Props) {
  const { bins, counts } = useMemo(() => countByBin(dates, domain), [dates, domain]);
  const values = bins.map((bin) => counts.get(bin.key) ?? 0);
  const peak = Math.max(1, ...values);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Span | null>(null);
  const [keyboard, setKeyboard] = useState<Span | null>(null);
  const helpId = useId();
  if (dates.length === 0 || bins.length === 0) return null;

  function indexAt(clientX: number): number {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    const index = Math.floor(((clientX - rect.left) / rect.width) * bins.length);
    return Math.min(bins.length - 1, Math.max(0, index));
  }
  function apply(span: Span) {
    const [first, last] = ordered(span);
    onChange({ from: bins[first]!.start, to: bins[last]!.end });
  }
  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const index = indexAt(event.clientX);
    setDrag({ anchor: index, cursor: index });
  }
  function onPointerUp(event: PointerEvent<SVGSVGElement>) {
    if (!drag) return;
    const span = { ...drag, cursor: indexAt(event.clientX) };
    setDrag(null);
    apply(span);
  }
  function startingSpan(): Span {
    if (keyboard) return keyboard;
    // Start from the chosen range if there is one, else from the latest bar with articles.
    const chosen = from ? bins.findIndex((bin) => bin.end >= from) : -1;
    const latest = values.findLastIndex((value) => value > 0);
    const index = chosen >= 0 ? chosen : Math.max(0, latest);
    return { anchor: index, cursor: index };
  }
  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const span = startingSpan();
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -7, PageDown: 7 };
    let cursor = span.cursor;
    if (event.key in step) cursor += step[event.key]!;
    else if (event.key === 'Home') cursor = 0;
    else if (event.key === 'End') cursor = bins.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      apply(span);
      return;
    } else if (event.key === 'Escape') {
      setKeyboard(null);
      if (from !== null || to !== null) {
        event.preventDefault();
        onChange({ from: null, to: null });
      }
      return;
    } else return;
    event.preventDefault();
    cursor = Math.min(bins.length - 1, Math.max(0, cursor));
    setKeyboard(event.shiftKey ? { anchor: span.anchor, cursor } : { anchor: cursor, cursor });
  }

  const filtered = from !== null || to !== null;
  const inRange = (bin: DateBin) => (from === null || bin.end >= from) && (to === null || bin.start <= to);
  const selection = drag ?? keyboard;
  const [selFirst, selLast] = selection ? ordered(selection) : [-1, -1];
  const ticks = Array.from(new Set(Array.from({ length: TICKS }, (_, i) => Math.round((i * (bins.length - 1)) / (TICKS - 1)))));
  const spoken = keyboard
    ? (() => {
        const [first, last] = ordered(keyboard);
        const total = values.slice(first, last + 1).reduce((sum, value) => sum + value, 0);
        const label = first === last ? binLabel(bins[first]!) : `${formatDate(bins[first]!.start)} – ${formatDate(bins[last]!.end)}`;
        return `${label}: ${total} ${total === 1 ? 'article' : 'articles'}. Enter to choose.`;
      })()
    : '';

  return (
    <div className="histogram">
      <svg
        ref={svg}
        role="group"
        tabIndex={0}
        aria-label="Articles over time"
        aria-describedby={helpId}
        viewBox={`0 0 ${bins.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={onPointerDown}
        onPointerMove={(event) => drag && setDrag({ ...drag, cursor: indexAt(event.clientX) })}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setKeyboard(null)}
      >
        {selection && <rect className="histogram-selection" x={selFirst} y={0} width={selLast - selFirst + 1} height={HEIGHT} />}
        {bins.map((bin, index) => {
          const height = (values[index]! / peak) * (HEIGHT - 2);
          return (
            <rect
              key={bin.key}
              className={!filtered || inRange(bin) ? 'histogram-bar' : 'histogram-bar is-outside'}
              data-start={bin.start}
              x={index + 0.08}
              width={0.84}
              y={HEIGHT - height}
              height={height}
            >
              <title>{`${binLabel(bin)}: ${values[index]} ${values[index] === 1 ? 'article' : 'articles'}`}</title>
            </rect>
          );
        })}
        {keyboard && <rect className="histogram-cursor" x={keyboard.cursor} y={0} width={1} height={HEIGHT} />}
      </svg>
      <div className="histogram-axis" aria-hidden="true">
        {ticks.map((index) => (
          <span key={index} style={{ left: `${((index + 0.5) / bins.length) * 100}%` }}>
            {bins[index]!.label}
          </span>
        ))}
      </div>
      <p id={helpId} className="visually-hidden">
        Arrow keys move between bars, Shift with arrows widens the span, Enter chooses it, Escape clears the dates.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
