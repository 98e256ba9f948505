/**
 * The ingest CLI: reads a folder of raw pages, runs the pure pipeline, validates the result and
 * writes the app's data files atomically (a complete version folder, then one link switched to
 * it; see write-output.ts), so a failed or killed run leaves the previous output intact.
 *   npm run ingest -- --seeds DIR --out DIR [--versions DIR] [--threads N] [--report FILE] [--strict] [--force]
 * The per-page and per-article stages run in a pool of worker threads, one per core (pool/build-in-pool.ts).
 * With --shard K/N --shard-dir DIR it runs one shard's step instead and writes no app files
 * (--step lines, then the default --step pages; `npm run merge` finishes; see shards/shard-files.ts).
 * It refuses an out folder that is, holds or lies inside the seeds folder, and an existing folder
 * it did not write unless --force (see guard-out-folder.ts).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPage } from '../ingest/corpus-stages.ts';
import { inFileOrder } from '../ingest/build-corpus.ts';
import { STORY_FILE_NAME, storyLexiconOf } from '../ingest/lexicon/story-lexicon.ts';
import { realPathOf, refuseOutFolder, relateFolders } from './guard-out-folder.ts';
import { buildCorpusInPool, defaultThreads, parseThreads, readArticlesOf, startRunner } from './pool/build-in-pool.ts';
import { progressReport } from './pool/progress-report.ts';
import { readSeedFolder, type SeedFolder } from './read-seed-folder.ts';
import { contentDigest, linesDigest, linesFileName, linesFileSchema, pagesFileName, parseShard, readShardFiles, runDigest, SHARD_FORMAT, templateLinesOfShards, type LinesFile, type PagesFile, type ShardSpec } from './shards/shard-files.ts';
import { printProblems, writeAppData } from './write-app-data.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data' },
    strict: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    // The project's own hidden folder: outside public/, so Vite never copies a version being written.
    versions: { type: 'string', default: join(import.meta.dirname, '../../.readout/versions') },
    // worker threads for the per-page stages; default one per core (1 for a small folder)
    threads: { type: 'string' },
    shard: { type: 'string' },
    'shard-dir': { type: 'string' },
    step: { type: 'string', default: 'pages' },
    // writes the run's figures (bytes read, stage times, peak memory) as JSON, for benchmarks and operators
    report: { type: 'string' },
  },
});
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out!);

function fail(message: string): number {
  process.stderr.write(`ingest: ${message}\n`);
  return 1;
}

/** Entries read: inputs plus entries that are only a problem, once each. */
const entriesOf = (folder: SeedFolder) => folder.inputs.length + new Set(folder.problems.map((problem) => problem.sourceFile)).size;

async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(value));
  await rename(`${path}.tmp`, path);
}

async function main(): Promise<number> {
  const started = performance.now();
  const threads = parseThreads(values.threads);
  if (threads === null) return fail(`--threads wants a whole number of at least 1, not “${values.threads}”; nothing was written.`);
  if (values.shard !== undefined) return runShardStep(threads);
  const refusal = await refuseOutFolder(seedsDir, outDir, values.force!);
  if (refusal) return fail(`refused: ${refusal}\nNothing was read or written.`);
  const folder = await readSeedFolder(seedsDir, (done, total) => {
    if (total > 50 && done % 100 === 0) process.stderr.write(`read ${done}/${total} entries\n`);
  });
  if (folder.inputs.length === 0) {
    printProblems(folder.problems);
    return fail(`no readable input files in ${seedsDir}; nothing was written.`);
  }
  const story = storyLexiconOf(folder.storyText);
  const progress = progressReport(folder.inputs.length);
  const readSeconds = (performance.now() - started) / 1000;
  const built = await buildCorpusInPool(folder.inputs, { lexicon: story.lexicon, threads, onProgress: progress.update }).finally(() => progress.stop());
  const writeStarted = performance.now();
  const code = await writeAppData({
    command: 'ingest',
    corpus: built.corpus,
    sources: built.sources,
    lexicon: story.lexicon,
    folderProblems: story.problem ? [...folder.problems, story.problem] : folder.problems,
    outDir,
    storeRoot: resolve(values.versions!),
    started,
    entries: entriesOf(folder),
    threads: built.threads,
    strict: values.strict!,
  });
  if (values.report) {
    const seconds = (from: number) => (performance.now() - from) / 1000;
    const report = {
      pages: folder.inputs.length,
      bytesIn: folder.inputs.reduce((sum, input) => sum + input.bytes.length, 0),
      threads: built.threads,
      secondsTotal: seconds(started),
      secondsReadingFolder: readSeconds,
      secondsByStage: Object.fromEntries(Object.entries(built.timings).map(([stage, ms]) => [stage, ms / 1000])),
      // validating the corpus, cutting it into the app's files and writing them
      secondsAppFiles: seconds(writeStarted),
      // maxRSS covers the whole process, worker threads included (they share it)
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      exitCode: code,
    };
    await writeFile(resolve(values.report), `${JSON.stringify(report, null, 2)}\n`);
  }
  return code;
}

/** One shard's step (lines or pages): reads its share of the folder and writes one file into --shard-dir. */
async function runShardStep(threads: number | undefined): Promise<number> {
  const shard = parseShard(values.shard!);
  if (!shard) return fail(`--shard wants K/N with 1 ≤ K ≤ N (for example 2/8), not “${values.shard}”.`);
  if (!values['shard-dir']) return fail('--shard needs --shard-dir DIR, the folder the shards share.');
  if (values.step !== 'lines' && values.step !== 'pages') return fail(`--step is lines or pages, not “${values.step}”.`);
  const shardDir = resolve(values['shard-dir']);
  const relation = relateFolders(await realPathOf(shardDir), await realPathOf(seedsDir));
  if (relation !== 'apart') return fail(`--shard-dir ${shardDir} ${relation === 'same' ? 'is' : relation === 'inside' ? 'lies inside' : 'holds'} the seeds folder ${seedsDir}; its files would be read as pages. Choose a folder apart from the seeds.`);
  await mkdir(shardDir, { recursive: true });
  const folder = await readSeedFolder(seedsDir, undefined, { shard: { index: shard.number - 1, count: shard.count } });
  const run = runDigest(folder.names, folder.storyText);
  const content = contentDigest(folder.inputs, folder.problems);
  const pages = inFileOrder(folder.inputs).map(readPage);
  if (values.step === 'lines') {
    const counts = new Map<string, number>();
    for (const read of pages) for (const key of read.templateKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    const file: LinesFile = { readoutShard: SHARD_FORMAT, step: 'lines', number: shard.number, count: shard.count, run, content, counts: [...counts] };
    await writeJsonAtomically(join(shardDir, linesFileName(shard)), file);
    process.stderr.write(`ingest: shard ${shard.number}/${shard.count} lines: ${pages.length} pages → ${join(shardDir, linesFileName(shard))}\n`);
    return 0;
  }
  return writePagesShard(shard, shardDir, folder, pages, { run, content }, threads);
}

async function writePagesShard(shard: ShardSpec, shardDir: string, folder: SeedFolder, read: ReturnType<typeof readPage>[], { run, content }: { run: string; content: string }, threads: number | undefined): Promise<number> {
  let linesFiles: LinesFile[];
  try {
    linesFiles = await readShardFiles(shardDir, 'lines', linesFileSchema, { count: shard.count, run });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (linesFiles[shard.number - 1]!.content !== content) {
    return fail(`the pages of shard ${shard.number}/${shard.count} changed since its lines step (a page was edited, added or removed); run its lines step again, then the pages step of every shard.`);
  }
  const templateLines = templateLinesOfShards(linesFiles);
  const story = storyLexiconOf(folder.storyText);
  const decoded = read.flatMap((result) => (result.page ? [result.page] : []));
  const runner = startRunner(story.lexicon, threads ?? defaultThreads(decoded.length));
  const progress = progressReport(decoded.length);
  const articlesByPage = await readArticlesOf(runner, decoded, templateLines, progress.update).finally(async () => {
    progress.stop();
    await runner.close();
  });
  const isStory = (problem: { sourceFile: string }) => problem.sourceFile === STORY_FILE_NAME;
  const file: PagesFile = {
    readoutShard: SHARD_FORMAT,
    step: 'pages',
    number: shard.number,
    count: shard.count,
    run,
    content,
    lines: linesDigest(linesFiles),
    storyText: folder.storyText ?? null,
    entries: entriesOf({ ...folder, problems: folder.problems.filter((problem) => !isStory(problem)) }),
    folderProblems: folder.problems.filter((problem) => !isStory(problem)),
    storyProblems: [...folder.problems.filter(isStory), ...(story.problem ? [story.problem] : [])],
    readProblems: read.flatMap((result) => result.problems),
    sidecars: decoded.map((page) => [page.sourceFile, page.sidecar]),
    pages: articlesByPage,
  };
  await writeJsonAtomically(join(shardDir, pagesFileName(shard)), file);
  process.stderr.write(`ingest: shard ${shard.number}/${shard.count} pages: ${decoded.length} pages → ${join(shardDir, pagesFileName(shard))}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
