/**
 * The last step of a sharded ingest (shards/shard-files.ts): reads every pages-K-of-N.json of
 * --shard-dir, runs the corpus-wide steps and the per-article stage (in a worker pool), and writes
 * the app's files as `npm run ingest` would for the whole folder, byte for byte.
 *   npm run merge -- --shard-dir DIR --out DIR [--versions DIR] [--threads N] [--strict] [--force]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Sidecar } from '../ingest/read-sidecar.ts';
import { storyLexiconOf } from '../ingest/lexicon/story-lexicon.ts';
import { refuseOutFolder } from './guard-out-folder.ts';
import { defaultThreads, emptyTimings, finishInPool, parseThreads, startRunner } from './pool/build-in-pool.ts';
import { progressReport } from './pool/progress-report.ts';
import { inFileOrderBy, linesDigest, linesFileSchema, pagesFileSchema, readShardFiles } from './shards/shard-files.ts';
import { writeAppData } from './write-app-data.ts';

const { values } = parseArgs({
  options: {
    'shard-dir': { type: 'string' },
    out: { type: 'string', default: 'public/data' },
    strict: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    versions: { type: 'string', default: join(import.meta.dirname, '../../.readout/versions') },
    threads: { type: 'string' },
  },
});

async function main(): Promise<number> {
  const started = performance.now();
  if (!values['shard-dir']) {
    process.stderr.write('merge: --shard-dir DIR is needed: the folder the shards wrote their pages files into.\n');
    return 1;
  }
  const shardDir = resolve(values['shard-dir']);
  const outDir = resolve(values.out!);
  const threads = parseThreads(values.threads);
  if (threads === null) {
    process.stderr.write(`merge: --threads wants a whole number of at least 1, not “${values.threads}”.\n`);
    return 1;
  }
  const refusal = await refuseOutFolder(shardDir, outDir, values.force!);
  if (refusal) {
    process.stderr.write(`merge: refused: ${refusal.replaceAll('seeds folder', 'shard folder')}\nNothing was written.\n`);
    return 1;
  }
  let shards;
  try {
    shards = await readShardFiles(shardDir, 'pages', pagesFileSchema);
    const lines = await readShardFiles(shardDir, 'lines', linesFileSchema, { count: shards[0]!.count, run: shards[0]!.run });
    // Every pages file was built from these lines files, and from the pages each lines file counted.
    const stale = shards.filter((shard) => shard.lines !== linesDigest(lines) || shard.content !== lines[shard.number - 1]!.content);
    if (stale.length > 0) throw new Error(`the pages files of shard${stale.length === 1 ? '' : 's'} ${stale.map((shard) => shard.number).join(', ')} were built from other lines files or other pages than the lines files now in ${shardDir}; run the pages step of ${stale.length === 1 ? 'that shard' : 'those shards'} again.`);
    if (shards.every((shard) => shard.pages.length === 0 && shard.readProblems.length === 0)) throw new Error(`no shard read a page (is the seeds folder mounted where the shards ran?); the output was left as it was.`);
  } catch (error) {
    process.stderr.write(`merge: ${error instanceof Error ? error.message : String(error)}\nNothing was written.\n`);
    return 1;
  }
  const storyText = shards[0]!.storyText;
  const story = storyLexiconOf(storyText);
  const articlesByPage = inFileOrderBy(shards.map((shard) => shard.pages), (page) => page.sourceFile);
  const read = {
    readProblems: inFileOrderBy(shards.map((shard) => shard.readProblems), (problem) => problem.sourceFile),
    articlesByPage,
    sidecars: new Map<string, Sidecar | null>(inFileOrderBy(shards.map((shard) => shard.sidecars), ([file]) => file)),
  };
  const used = threads ?? defaultThreads(articlesByPage.length);
  const runner = startRunner(story.lexicon, used);
  const progress = progressReport(articlesByPage.length);
  const built = await finishInPool(runner, read, story.lexicon, emptyTimings(), progress.update).finally(async () => {
    progress.stop();
    await runner.close();
  });
  return writeAppData({
    command: 'merge',
    corpus: built.corpus,
    sources: built.sources,
    lexicon: story.lexicon,
    folderProblems: [...inFileOrderBy(shards.map((shard) => shard.folderProblems), (problem) => problem.sourceFile), ...shards[0]!.storyProblems],
    outDir,
    storeRoot: resolve(values.versions!),
    started,
    entries: shards.reduce((sum, shard) => sum + shard.entries, 0) + (shards[0]!.storyProblems.length > 0 ? 1 : 0),
    threads: used,
    strict: values.strict!,
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`merge failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
