/**
 * The ingest CLI: reads a folder of raw pages, runs the pure pipeline, validates the result and
 * writes the app's data files atomically (a temp folder renamed into place), so a failed run
 * leaves the previous output intact.
 *   npm run ingest -- --seeds DIR --out DIR [--strict]
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusSchema } from '../data/contract.ts';
import { buildAppFiles } from '../ingest/build-app-files.ts';
import { buildCorpus, type SourceInput } from '../ingest/build-corpus.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data' },
    strict: { type: 'boolean', default: false },
  },
});
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out!);

async function readInputs(): Promise<SourceInput[]> {
  const names = (await readdir(seedsDir)).filter((name) => !name.startsWith('.') && !name.endsWith('.meta.json')).sort();
  const inputs: SourceInput[] = [];
  for (const [index, name] of names.entries()) {
    const path = join(seedsDir, name);
    if (!(await stat(path)).isFile()) continue;
    const sidecarText = await readFile(`${path}.meta.json`, 'utf8').catch(() => undefined);
    inputs.push({ sourceFile: name, bytes: new Uint8Array(await readFile(path)), ...(sidecarText === undefined ? {} : { sidecarText }) });
    if (names.length > 50 && (index + 1) % 100 === 0) process.stderr.write(`read ${index + 1}/${names.length} files\n`);
  }
  return inputs;
}

async function writeAtomically(files: Map<string, string>): Promise<void> {
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const [relativePath, content] of files) {
    const path = join(staging, relativePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  await mkdir(dirname(outDir), { recursive: true });
  const hadPrevious = await stat(outDir).then(() => true, () => false);
  if (hadPrevious) await rename(outDir, previous);
  await rename(staging, outDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const started = performance.now();
  const inputs = await readInputs();
  if (inputs.length === 0) {
    process.stderr.write(`ingest: no input files in ${seedsDir}\n`);
    return 1;
  }
  const { corpus, sources } = buildCorpus(inputs);
  const checked = corpusSchema.safeParse(corpus);
  if (!checked.success) {
    process.stderr.write(`ingest: the corpus does not match the data contract; nothing was written.\n${checked.error.message}\n`);
    return 1;
  }
  await writeAtomically(buildAppFiles(checked.data, sources));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `ingest: ${inputs.length} files → ${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.quotes.length} quotes, ` +
      `${corpus.datasets.length} datasets, ${corpus.problems.length} problems in ${seconds}s → ${outDir}\n`,
  );
  for (const problem of corpus.problems) process.stderr.write(`  ${problem.severity}: ${problem.sourceFile}: ${problem.message}\n`);
  return values.strict && corpus.problems.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
