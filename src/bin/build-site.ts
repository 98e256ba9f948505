/**
 * `npm run build -- [--base /readout/]` after the ingest: Vite builds the app into dist/ (the data copied
 * from public/data), then the list's first view is prerendered into dist/index.html with that data
 * (prerender-site.ts). Options are Vite's own that `vite build` would take here.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { PrerenderError, prerenderSite } from './prerender-site.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir!);
try {
  await build({ ...(values.base ? { base: values.base } : {}), build: { outDir, emptyOutDir: true } });
  const { bytes } = await prerenderSite(outDir);
  process.stderr.write(`build: wrote the first view into ${outDir}/index.html (${(bytes / 1024).toFixed(1)} kB)\n`);
} catch (error) {
  process.stderr.write(`build: ${error instanceof PrerenderError ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
}
