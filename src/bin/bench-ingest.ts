/**
 * Benchmark: ingest speed and output size, on the seeds and on a synthetic corpus made by
 * varying the seeds (each copy gets its own headline and a shuffled order of paragraphs), so
 * template detection and people merging work at scale as they would on real pages.
 *   npm run bench -- [--pages 10000] [--runs 5]
 * Prints figures; asserts nothing (machines here are noisy).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { indexFileSchema } from '../data/app-files.ts';
import { buildAppFiles } from '../ingest/build-app-files.ts';
import { buildCorpus, type SourceInput } from '../ingest/build-corpus.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, seeds: { type: 'string', default: 'seeds' } } });
const seedDir = values.seeds!;
const seeds = readdirSync(seedDir).filter((name) => !name.endsWith('.meta.json')).sort().map((name) => ({ name, text: readFileSync(join(seedDir, name), 'utf8') }));
const encoder = new TextEncoder();

function measure(label: string, inputs: SourceInput[], runs: number): void {
  const times: number[] = [];
  let files = new Map<string, string>();
  let summary = '';
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const { corpus, sources } = buildCorpus(inputs);
    files = buildAppFiles(corpus, sources);
    times.push(performance.now() - started);
    summary = `${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.quotes.length} quotes, ${corpus.datasets.length} datasets, ${corpus.problems.length} problems`;
  }
  times.sort((a, b) => a - b);
  const size = (name: string) => Buffer.byteLength(files.get(name) ?? '');
  const total = [...files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\n${label}: ${inputs.length} input files → ${summary}`);
  console.log(`  ingest (pipeline + app files, no disk): median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s, min ${(times[0]! / 1000).toFixed(2)} s over ${runs} run(s)`);
  console.log(`  index.json ${mb(size('index.json'))} (gzip ${mb(gzipSync(files.get('index.json') ?? '').length)}), search.json ${mb(size('search.json'))}, corpus.json ${mb(size('corpus.json'))}, all ${files.size} files ${mb(total)}`);
  console.log(`  first view: index.json JSON.parse + zod validation, best of 5: ${timeIndexLoad(files.get('index.json') ?? '{}').toFixed(0)} ms`);
  for (const folder of ['people/', 'datasets.json']) {
    const sizes = [...files].filter(([name]) => name.startsWith(folder)).map(([, content]) => Buffer.byteLength(content));
    if (sizes.length > 0) console.log(`  ${folder}: ${sizes.length} file(s), ${mb(sizes.reduce((a, b) => a + b, 0))}, largest ${mb(Math.max(...sizes))}`);
  }
  console.log(`  heap used ${mb(process.memoryUsage().heapUsed)}`);
}

/** What the first view pays after the download: parsing and validating the index, as the app does at load (best of 5). */
function timeIndexLoad(json: string): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const parsed = indexFileSchema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new Error(`index.json does not validate: ${parsed.error.message}`);
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

function synthetic(count: number): SourceInput[] {
  return Array.from({ length: count }, (_, index) => {
    const seed = seeds[index % seeds.length]!;
    const lines = seed.text.split('\n');
    // Rotate the body so copies differ, and give each its own headline.
    const rotation = index % Math.max(1, lines.length - 2);
    const body = [...lines.slice(1 + rotation), ...lines.slice(1, 1 + rotation)];
    const text = [`Report ${index}: ${lines.find((line) => line.trim())?.trim() ?? 'page'}`, ...body].join('\n');
    return { sourceFile: `synthetic-${String(index).padStart(5, '0')}.txt`, bytes: encoder.encode(text) };
  });
}

measure('seeds', seeds.map((seed) => ({ sourceFile: seed.name, bytes: encoder.encode(seed.text) })), Number(values.runs));
measure('synthetic', synthetic(Number(values.pages)), 1);
