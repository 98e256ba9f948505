/**
 * The ingest CLI: reads a folder of raw pages, runs the pure pipeline, validates the result and
 * writes the app's data files atomically (a complete version folder, then one link switched to
 * it; see write-output.ts), so a failed or killed run leaves the previous output intact.
 *   npm run ingest -- --seeds DIR --out DIR [--versions DIR] [--threads N] [--strict] [--force]
 * The per-page and per-article stages run in a pool of worker threads, one per core (pool/build-in-pool.ts).
 * It refuses an out folder that is, holds or lies inside the seeds folder, and an existing folder
 * it did not write unless --force (see guard-out-folder.ts).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchFoldsOf } from '../data/app-files.ts';
import { corpusSchema, type Problem } from '../data/contract.ts';
import { buildAppFiles } from '../ingest/build-app-files.ts';
import { DEFAULT_STORY_LEXICON, readStoryFile } from '../ingest/lexicon/story-lexicon.ts';
import { refuseOutFolder } from './guard-out-folder.ts';
import { buildCorpusInPool } from './pool/build-in-pool.ts';
import { progressReport } from './pool/progress-report.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { writeOutputAtomically } from './write-output.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data' },
    strict: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    // worker threads for the per-page stages; default one per core (1 for a small folder)
    threads: { type: 'string' },
    // The project's own hidden folder: outside public/, so Vite never copies a version being written.
    versions: { type: 'string', default: join(import.meta.dirname, '../../.readout/versions') },
  },
});
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out!);

/** Folder problems and pipeline problems in one list, by file name, so the output is the same whatever the read order. */
function mergeProblems(...lists: Problem[][]): Problem[] {
  return lists.flat().sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
}

function printProblems(problems: readonly Problem[]): void {
  for (const problem of problems) process.stderr.write(`  ${problem.severity}: ${problem.sourceFile}: ${problem.message}\n`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const refusal = await refuseOutFolder(seedsDir, outDir, values.force!);
  if (refusal) {
    process.stderr.write(`ingest: refused: ${refusal}\nNothing was read or written.\n`);
    return 1;
  }
  const folder = await readSeedFolder(seedsDir, (done, total) => {
    if (total > 50 && done % 100 === 0) process.stderr.write(`read ${done}/${total} entries\n`);
  });
  if (folder.inputs.length === 0) {
    process.stderr.write(`ingest: no readable input files in ${seedsDir}; nothing was written.\n`);
    printProblems(folder.problems);
    return 1;
  }
  const story = folder.storyText === undefined ? { lexicon: DEFAULT_STORY_LEXICON, problem: null } : readStoryFile(folder.storyText);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    process.stderr.write(`ingest: --threads wants a whole number of at least 1, not “${values.threads}”; nothing was written.\n`);
    return 1;
  }
  const progress = progressReport(folder.inputs.length);
  const built = await buildCorpusInPool(folder.inputs, { lexicon: story.lexicon, threads, onProgress: progress.update }).finally(() => progress.stop());
  const folderProblems = story.problem ? [...folder.problems, story.problem] : folder.problems;
  const corpus = { ...built.corpus, problems: mergeProblems(folderProblems, built.corpus.problems) };
  const checked = corpusSchema.safeParse(corpus);
  if (!checked.success) {
    process.stderr.write(`ingest: the corpus does not match the data contract; nothing was written.\n${checked.error.message}\n`);
    return 1;
  }
  const files = buildAppFiles(checked.data, built.sources, searchFoldsOf(story.lexicon.spellings));
  process.stderr.write(`ingest: writing ${files.size} files\n`);
  await writeOutputAtomically(outDir, files, {
    storeRoot: resolve(values.versions!),
    onSwitching: () => process.stderr.write(`ingest: switching ${outDir} to the new output\n`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const entries = folder.inputs.length + new Set(folder.problems.map((problem) => problem.sourceFile)).size;
  process.stderr.write(
    `ingest: ${entries} entries → ${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.quotes.length} quotes, ` +
      `${corpus.figures.length} figures, ${corpus.datasets.length} datasets, ${corpus.problems.length} problems in ${seconds}s on ${built.threads} thread${built.threads === 1 ? '' : 's'} → ${outDir}\n`,
  );
  printProblems(corpus.problems);
  return values.strict && corpus.problems.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
