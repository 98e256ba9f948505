/**
 * The benchmark (issue 8), one command: `npm run bench [-- --sizes 1000,10000] [--pages 100000] [--runs 7] [--no-lighthouse] [--threads N]`.
 * 1. Generates the deterministic synthetic collections (src/bin/bench/synthetic-pages.ts) at each size.
 * 2. Ingests each with the real CLI (and the seeds), reading its --report: MB/s, peak RSS, time per stage.
 * 3. Builds the app once and gives each size its own site (the same files, that size's data).
 * 4. Measures the floor (scripts/bench-floor: Vite + React listing 50 items filtered as you type) and
 *    every site in headless Chromium, interleaved, median of --runs cold loads (scripts/bench/measure-page.ts).
 * 5. Runs Lighthouse 12 desktop once on the floor and on every site.
 * With --reuse-data, steps 1 and 2 are skipped where an earlier run left the data and its report.
 * Prints the tables and writes them into docs/benchmarks.md with the machine and the date.
 * Machines here are 2 shared cores: judge by the ratios to the floor and by bytes, not by milliseconds.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { syntheticPages } from './bench/synthetic-pages.ts';
import { prerenderSite } from '../src/bin/prerender-site.ts';
import { lighthouseScore, type LighthouseFigures } from './bench/lighthouse-score.ts';
import { launchBrowser, measure, median, serve, type Sample } from './bench/measure-page.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = join(root, 'node_modules/.cache/readout-bench');
const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    pages: { type: 'string' },
    runs: { type: 'string', default: '7' },
    'no-lighthouse': { type: 'boolean', default: false },
    threads: { type: 'string' },
    // keep the pages and data of an earlier run (same sizes): measure the browser side again without re-ingesting
    'reuse-data': { type: 'boolean', default: false },
  },
});
const sizes = [...new Set([...values.sizes!.split(',').filter(Boolean).map(Number), ...(values.pages ? [Number(values.pages)] : [])])].sort((a, b) => a - b);
const runs = Number(values.runs);

interface IngestReport {
  pages: number;
  bytesIn: number;
  threads: number;
  secondsTotal: number;
  secondsByStage: Record<string, number>;
  secondsAppFiles: number;
  peakRssMB: number;
}
interface Size {
  label: string;
  pages: number;
  seeds: string;
  data: string;
  site: string;
  ingest?: IngestReport;
  samples: Sample[];
  lighthouse?: LighthouseFigures;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const reportPath = (size: Size) => join(cache, `report-${size.pages || 'seeds'}.json`);

async function ingest(size: Size): Promise<void> {
  const report = reportPath(size);
  log(`ingesting ${size.label} (${size.pages || 'seed'} pages)…`);
  const threads = values.threads ? ['--threads', values.threads] : [];
  await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/bin/ingest.ts'), '--seeds', size.seeds, '--out', size.data, '--versions', join(cache, 'versions'), '--report', report, ...threads], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  size.ingest = JSON.parse(readFileSync(report, 'utf8')) as IngestReport;
}

/** The app's files with this size's data: a copy of the build (a few MB), its data folder a link, its first view prerendered from that data as `npm run build` does. */
async function makeSite(appDist: string, size: Size): Promise<void> {
  rmSync(size.site, { recursive: true, force: true });
  cpSync(appDist, size.site, { recursive: true, filter: (source) => !source.startsWith(join(appDist, 'data')) });
  symlinkSync(size.data, join(size.site, 'data'));
  await prerenderSite(size.site);
}

async function main(): Promise<void> {
  mkdirSync(cache, { recursive: true });
  await run('node', [join(root, 'scripts/ensure-chromium.mjs')]);
  const all: Size[] = [{ label: 'seeds', pages: 0, seeds: join(root, 'seeds'), data: join(cache, 'data-seeds'), site: join(cache, 'site-seeds'), samples: [] }];
  for (const pages of sizes) {
    const folder = join(cache, `pages-${pages}`);
    all.push({ label: pages.toLocaleString('en-US'), pages, seeds: folder, data: join(cache, `data-${pages}`), site: join(cache, `site-${pages}`), samples: [] });
    if (values['reuse-data'] && existsSync(reportPath(all.at(-1)!))) continue;
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const page of syntheticPages(pages)) writeFileSync(join(folder, page.sourceFile), page.text);
  }
  for (const size of all) {
    if (values['reuse-data'] && existsSync(reportPath(size)) && existsSync(join(size.data, 'index.json'))) size.ingest = JSON.parse(readFileSync(reportPath(size), 'utf8')) as IngestReport;
    else await ingest(size);
  }

  log('building the app and the floor…');
  const appDist = join(cache, 'app');
  await build({ root, logLevel: 'silent', build: { outDir: appDist, emptyOutDir: true } });
  const floorDist = join(cache, 'floor');
  await build({ root: join(root, 'scripts/bench-floor'), configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir: floorDist, emptyOutDir: true } });
  for (const size of all) await makeSite(appDist, size);

  const floor = { label: 'floor', site: floorDist, samples: [] as Sample[], lighthouse: undefined as LighthouseFigures | undefined };
  const servers = await Promise.all([floor, ...all].map((target) => serve(root, target.site)));
  const [floorServer, ...siteServers] = servers;
  const browser = await launchBrowser();
  try {
    for (let round = 0; round < runs; round++) {
      log(`cold loads, round ${round + 1} of ${runs}…`);
      floor.samples.push(await measure(browser, `${floorServer!.url}/`));
      for (const [index, size] of all.entries()) size.samples.push(await measure(browser, `${siteServers[index]!.url}/`));
    }
  } finally {
    await browser.close();
  }
  if (!values['no-lighthouse']) {
    log('Lighthouse…');
    floor.lighthouse = await lighthouseScore(`${floorServer!.url}/`);
    for (const [index, size] of all.entries()) size.lighthouse = await lighthouseScore(`${siteServers[index]!.url}/`);
  }
  await Promise.all(servers.map((server) => server.close()));
  const markdown = report(all, floor);
  console.log(markdown);
  writeIntoDocs(markdown);
}

function fileSize(path: string): { raw: number; gzip: number } {
  if (!existsSync(path)) return { raw: 0, gzip: 0 };
  const content = readFileSync(path);
  return { raw: statSync(path).size, gzip: gzipSync(content).length };
}

function report(all: Size[], floor: { samples: Sample[]; lighthouse?: LighthouseFigures }): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const rows: [string, keyof Sample, (value: number) => string][] = [
    ['largest contentful paint', 'lcp', (value) => `${value.toFixed(0)} ms`],
    ['layout shift (CLS)', 'cls', (value) => value.toFixed(3)],
    ['total blocking time', 'tbt', (value) => `${value.toFixed(0)} ms`],
    ['JavaScript of the first view', 'scriptBytes', (value) => `${(value / 1000).toFixed(1)} kB`],
    ['data of the first view (JSON finished before the largest paint)', 'dataBytes', (value) => `${(value / 1000).toFixed(1)} kB`],
    ['data loaded after it (JSON, within 1.5 s of load)', 'laterDataBytes', (value) => `${(value / 1000).toFixed(1)} kB`],
    ['JS heap after load', 'heapMB', (value) => `${value.toFixed(1)} MB`],
    ['typing "trump": first key → settled (loads the search index)', 'settleFirst', (value) => `${value.toFixed(0)} ms`],
    ['typing "trump": slowest later key → settled', 'settle', (value) => `${value.toFixed(0)} ms`],
    // Issue 8's own figure: the last key ("p") until the list has settled.
    ['typing "trump": last key → settled', 'settleLast', (value) => `${value.toFixed(0)} ms`],
    ['longest keystroke (Event Timing)', 'longestKey', (value) => `${value.toFixed(0)} ms`],
    ['person filter, typing "oka": slowest key → suggestions drawn (the floor has no such field)', 'personSettle', (value) => `${value.toFixed(0)} ms`],
    ['person filter: longest keystroke (Event Timing)', 'personLongestKey', (value) => `${value.toFixed(0)} ms`],
  ];
  const lines: string[] = [];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.versions.node}`;
  lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}, by \`npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${values['reuse-data'] ? ' --reuse-data' : ''}\`.`, '');
  lines.push('### Ingest', '', '| collection | pages | input | threads | wall | MB/s | peak RSS | per stage (s) | app files | output `index.json` (gzip) | its parts, `index/` (gzip) | `search.json` |', '|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const size of all) {
    const r = size.ingest!;
    const stages = Object.entries(r.secondsByStage).map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)}`).join(', ');
    const index = fileSize(join(size.data, 'index.json'));
    const partsDir = join(size.data, 'index');
    const parts = (existsSync(partsDir) ? readdirSync(partsDir) : []).map((name) => fileSize(join(partsDir, name))).reduce((sum, part) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip }), { raw: 0, gzip: 0 });
    lines.push(`| ${size.label} | ${r.pages} | ${mb(r.bytesIn)} | ${r.threads} | ${r.secondsTotal.toFixed(1)} s | ${(r.bytesIn / 1024 / 1024 / r.secondsTotal).toFixed(2)} | ${r.peakRssMB.toFixed(0)} MB | ${stages} | ${r.secondsAppFiles.toFixed(1)} s | ${mb(index.raw)} (${mb(index.gzip)}) | ${mb(parts.raw)} (${mb(parts.gzip)}) | ${mb(fileSize(join(size.data, 'search.json')).raw)} |`);
  }
  lines.push('', `### In Chromium: the app against the floor, median of ${runs} cold loads, interleaved`, '');
  lines.push(`| figure | floor | ${all.map((size) => `${size.label}: app | ÷ floor`).join(' | ')} |`, `|---|---|${all.map(() => '---|---|').join('')}`);
  for (const [label, key, format] of rows) {
    const floorValue = median(floor.samples.map((sample) => sample[key]));
    const cells = all.map((size) => {
      const value = median(size.samples.map((sample) => sample[key]));
      return `${format(value)} | ${floorValue > 0 ? `${(value / floorValue).toFixed(2)}×` : value > 0 ? '—' : '1×'}`;
    });
    lines.push(`| ${label} | ${format(floorValue)} | ${cells.join(' | ')} |`);
  }
  if (floor.lighthouse) {
    const cell = (figures?: LighthouseFigures) => (figures ? `${figures.performance} (LCP ${figures.lcpMs.toFixed(0)} ms, TBT ${figures.tbtMs.toFixed(0)} ms, CLS ${figures.cls.toFixed(3)})` : '—');
    lines.push(`| Lighthouse desktop performance (one run) | ${cell(floor.lighthouse)} | ${all.map((size) => `${cell(size.lighthouse)} | —`).join(' | ')} |`);
  }
  return lines.join('\n');
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

function writeIntoDocs(markdown: string): void {
  const path = join(root, 'docs/benchmarks.md');
  const text = readFileSync(path, 'utf8');
  const block = `${START}\n${markdown}\n${END}`;
  const [from, to] = [text.indexOf(START), text.indexOf(END)];
  const next = from >= 0 && to > from ? `${text.slice(0, from)}${block}${text.slice(to + END.length)}` : text.replace(/\n## /, `\n## Latest \`npm run bench\`\n\n${block}\n\n## `);
  writeFileSync(path, next);
  log(`wrote the tables into ${path}`);
}

await main();
