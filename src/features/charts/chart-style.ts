import type { CSSProperties } from 'react';

// Recharts takes colours as props; CSS custom properties keep them in step with the light and dark themes.
export const axisTick = { fontSize: 12, fill: 'var(--muted)' };
export const tooltipStyle: CSSProperties = { background: 'var(--surface)', border: '1px solid var(--rule)', color: 'var(--text)', borderRadius: 6 };
export function seriesColor(index: number): string {
  return `var(--series-${(index % 4) + 1})`;
}
