/**
 * The list's first view at collection sizes the ingest cannot reach on one machine here (issue 8:
 * "the first view's data stays ≤ 1.5 MB compressed at 100,000 articles"):
 * `npm run bench:index-scale [-- --from node_modules/.cache/readout-bench/data-10000 --times 10 --runs 5]`.
 *
 * It takes a data folder written by `npm run bench` and writes its index `--times` over (ids and
 * titles numbered, the same people and days), cut by the ingest's own functions (splitIndexArticles,
 * listFacetsOf); the other files are the source folder's. Then it prints the sizes of index.json and
 * its parts, prerenders the site's first view as `npm run build` does, and measures the built app on it
 * against the floor in Chromium (scripts/bench/measure-page.ts).
 * The search index is the source's, so typing figures here are not those of a real collection that size.
 */
import { gzipSync } from 'node:zlib';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INDEX_PART_SIZE, INDEX_STORIES_PATH, indexFileSchema, indexPartSchema, type ArticleSummary, type IndexFile } from '../src/data/app-files.ts';
import { compareNewestFirst } from '../src/data/article-order.ts';
import { listFacetsOf, splitIndexArticles } from '../src/ingest/build-app-files.ts';
import { prerenderSite } from '../src/bin/prerender-site.ts';
import { launchBrowser, measure, median, serve, type Sample } from './bench/measure-page.ts';

const root = resolve(import.meta.dirname, '..');
const cache = join(root, 'node_modules/.cache/readout-bench');
const { values } = parseArgs({
  options: { from: { type: 'string', default: join(cache, 'data-10000') }, times: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' } },
});
const from = resolve(values.from!);
const times = Number(values.times);
const runs = Number(values.runs);
if (!existsSync(join(from, 'index.json')) || !existsSync(join(cache, 'app')) || !existsSync(join(cache, 'floor'))) {
  console.error(`bench:index-scale needs a data folder and the built app of an earlier \`npm run bench\` (looked for ${from} and ${cache}/app).`);
  process.exit(1);
}

const read = (path: string) => JSON.parse(readFileSync(join(from, path), 'utf8')) as unknown;
const head = indexFileSchema.parse(read('index.json'));
const articles = [...head.articles, ...(head.articleParts ?? []).flatMap((path) => indexPartSchema.parse(read(path)).articles)];
const copies: ArticleSummary[] = [];
for (let copy = 0; copy < times; copy++) {
  for (const article of articles) copies.push(copy === 0 ? article : { ...article, id: `${article.id}-${copy}`, title: `${article.title} (${copy})`, parentId: article.parentId && `${article.parentId}-${copy}`, embeddedIds: article.embeddedIds.map((id) => `${id}-${copy}`) });
}
copies.sort(compareNewestFirst);
const { inline, parts } = splitIndexArticles(copies, INDEX_PART_SIZE);

const data = join(cache, `data-index-x${times}`);
rmSync(data, { recursive: true, force: true });
mkdirSync(join(data, 'index'), { recursive: true });
for (const name of readdirSync(from)) if (name !== 'index.json' && name !== 'index') symlinkSync(join(from, name), join(data, name));
const scaled: IndexFile = { ...head, articles: inline, articleParts: parts.map((_, n) => `index/articles-${n}.json`), storiesPart: INDEX_STORIES_PATH, stories: [], facets: listFacetsOf(copies) };
const written = (path: string, text: string) => (writeFileSync(join(data, path), text), { raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const headSize = written('index.json', JSON.stringify(scaled));
const partSizes = parts.map((part, n) => written(`index/articles-${n}.json`, JSON.stringify({ schemaVersion: head.schemaVersion, articles: part })));
written(INDEX_STORIES_PATH, existsSync(join(from, INDEX_STORIES_PATH)) ? readFileSync(join(from, INDEX_STORIES_PATH), 'utf8') : JSON.stringify({ schemaVersion: head.schemaVersion, stories: [] }));

const site = join(cache, `site-index-x${times}`);
rmSync(site, { recursive: true, force: true });
mkdirSync(site);
for (const name of readdirSync(join(cache, 'app'))) {
  // index.html is copied, not linked: the prerender writes this size's first view into it.
  if (name === 'index.html') copyFileSync(join(cache, 'app', name), join(site, name));
  else if (name !== 'data') symlinkSync(join(cache, 'app', name), join(site, name));
}
symlinkSync(data, join(site, 'data'));
await prerenderSite(site);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const sum = (sizes: { raw: number; gzip: number }[]) => sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });
console.log(`${copies.length} articles (${times} × ${articles.length}), ${head.people.length} people`);
console.log(`index.json ${mb(headSize.raw)} (${mb(headSize.gzip)} gzip); ${parts.length} parts ${mb(sum(partSizes).raw)} (${mb(sum(partSizes).gzip)} gzip)`);

const servers = await Promise.all([join(cache, 'floor'), site].map((folder) => serve(root, folder)));
const browser = await launchBrowser();
const samples: { floor: Sample[]; app: Sample[] } = { floor: [], app: [] };
try {
  for (let round = 0; round < runs; round++) {
    samples.floor.push(await measure(browser, `${servers[0]!.url}/`));
    samples.app.push(await measure(browser, `${servers[1]!.url}/`));
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
const row = (label: string, key: keyof Sample, format: (value: number) => string) => {
  const floor = median(samples.floor.map((sample) => sample[key]));
  const app = median(samples.app.map((sample) => sample[key]));
  console.log(`| ${label} | ${format(floor)} | ${format(app)} | ${floor > 0 ? `${(app / floor).toFixed(2)}×` : '—'} |`);
};
console.log(`\n| figure, median of ${runs} cold loads | floor | app at ${copies.length} articles | ÷ floor |\n|---|---|---|---|`);
row('largest contentful paint', 'lcp', (value) => `${value.toFixed(0)} ms`);
row('total blocking time', 'tbt', (value) => `${value.toFixed(0)} ms`);
row('layout shift (CLS)', 'cls', (value) => value.toFixed(3));
row('data of the first view (JSON finished before the largest paint)', 'dataBytes', (value) => `${(value / 1000).toFixed(1)} kB`);
row('JS heap after load', 'heapMB', (value) => `${value.toFixed(1)} MB`);
row('longest keystroke (Event Timing)', 'longestKey', (value) => `${value.toFixed(0)} ms`);
