/**
 * `npm run prerender [-- --site dist]`: writes the list's first view into a built site's index.html
 * (prerender-site.ts). Run after `vite build`, with the site's data in its data/ folder.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PrerenderError, prerenderSite } from './prerender-site.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = resolve(values.site!);
try {
  const { bytes } = await prerenderSite(site);
  process.stderr.write(`prerender: wrote the first view into ${site}/index.html (${(bytes / 1024).toFixed(1)} kB)\n`);
} catch (error) {
  process.stderr.write(`prerender: ${error instanceof PrerenderError ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
}
