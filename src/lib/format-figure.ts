/** Currency codes Intl can format as money; any other unit is a counted noun ("people", "days", "km"). */
function isCurrency(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/**
 * A figure's value in its unit, the way a reader writes it: `52%`, `$300 billion`, `€1.5 billion`, `6,000 people`.
 * Large sums are compacted (billion, trillion) so the magnitude reads at a glance.
 */
export function formatFigure(value: number, unit: string): string {
  if (unit === '%') return `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value)}%`;
  const compact = Math.abs(value) >= 1_000_000;
  const number = new Intl.NumberFormat('en', { notation: compact ? 'compact' : 'standard', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
  if (isCurrency(unit)) {
    // Intl writes compact money as "$300B"; the symbol before the long form reads better in a sentence.
    const symbol = currencySymbol(unit);
    return symbol.length === 1 ? `${symbol}${number}` : `${symbol} ${number}`;
  }
  return `${number} ${unit}`;
}

function currencySymbol(code: string): string {
  try {
    const part = new Intl.NumberFormat('en', { style: 'currency', currency: code }).formatToParts(0).find((p) => p.type === 'currency');
    return part?.value ?? code;
  } catch {
    return code;
  }
}
