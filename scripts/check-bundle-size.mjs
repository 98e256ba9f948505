#!/usr/bin/env node
// Fails when the first view's JavaScript or CSS outgrows its budget (issue 8). Reads Vite's manifest
// for the entry and the chunks it imports statically — what the browser must load before the list paints —
// and measures them brotli-compressed, as a static host would serve them. Lazy chunks (charts, search) don't count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

// 115 kB: the reader became a lazy route (it had been in the first view though "/" never shows it), which took
// the first view from 120.0 to 113.4 kB; then the people routes and the corrections code went lazy (110.6 kB). Earlier raises (to 118 and 119.5 kB, for /quotes, My pages and
// stories) are undone by it. Issue 8's ceiling is 120 kB; don't raise past it.
export const BUDGET = { script: 115_000, style: 8_000 };

export function firstViewFiles(manifest) {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const scripts = new Set();
  const styles = new Set();
  const visit = (chunk) => {
    if (scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return { scripts: [...scripts], styles: [...styles] };
}

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function main() {
  const dist = process.argv[2] ?? process.env.READOUT_DIST ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const files = firstViewFiles(manifest);
  let failed = false;
  for (const [kind, list] of Object.entries(files)) {
    const budget = kind === 'scripts' ? BUDGET.script : BUDGET.style;
    const sizes = list.map((file) => [file, brotli(readFileSync(join(dist, file)))]);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const verdict = total <= budget ? 'ok' : 'OVER BUDGET';
    if (total > budget) failed = true;
    console.log(`first-view ${kind}: ${(total / 1000).toFixed(1)} kB br of ${(budget / 1000).toFixed(1)} kB budget — ${verdict}`);
    for (const [file, size] of sizes) console.log(`  ${file}  ${(size / 1000).toFixed(1)} kB`);
  }
  if (failed) {
    console.error('The first view grew past its budget: lazy-load the new code (React.lazy / import()) or raise BUDGET with a reason.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
