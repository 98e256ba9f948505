/**
 * The end of an ingest or a merge: the corpus checked against the data contract, cut into the app's
 * files and written atomically (write-output.ts), with the summary and the problems on stderr.
 */
import { INDEX_PART_SIZE, searchFoldsOf } from '../data/app-files.ts';
import { corpusMismatch, type Corpus, type Problem } from '../data/contract.ts';
import { appFileEntries } from '../ingest/build-app-files.ts';
import { compareFileNames } from '../ingest/build-corpus.ts';
import type { StoryLexicon } from '../ingest/lexicon/story-lexicon.ts';
import { writeOutputAtomically } from './write-output.ts';

export interface AppData {
  command: 'ingest' | 'merge';
  corpus: Corpus;
  sources: ReadonlyMap<string, string>;
  lexicon: StoryLexicon;
  /** problems of the folder and the story file, before the pipeline's */
  folderProblems: readonly Problem[];
  outDir: string;
  storeRoot: string;
  started: number;
  entries: number;
  threads: number;
  strict: boolean;
}

/** Folder problems and pipeline problems in one list, by file name, so the output is the same whatever the read order. */
export function mergeProblems(...lists: (readonly Problem[])[]): Problem[] {
  return lists.flat().sort((a, b) => compareFileNames(a.sourceFile, b.sourceFile));
}

export function printProblems(problems: readonly Problem[]): void {
  for (const problem of problems) process.stderr.write(`  ${problem.severity}: ${problem.sourceFile}: ${problem.message}\n`);
}

/** Writes the app's data; returns the exit code (0, 2 with --strict and problems, 1 when nothing was written). */
export async function writeAppData(data: AppData): Promise<number> {
  const { command, outDir } = data;
  const corpus = { ...data.corpus, problems: mergeProblems(data.folderProblems, data.corpus.problems) };
  // Checked, not copied: the files are cut from the corpus itself (zod's copies are dropped as they are made).
  const problem = corpusMismatch(corpus);
  if (problem !== null) {
    process.stderr.write(`${command}: the corpus does not match the data contract; nothing was written.\n${problem}\n`);
    return 1;
  }
  // Each file is cut as the one before it is written: the output is never held whole.
  const files = appFileEntries(corpus, data.sources, searchFoldsOf(data.lexicon.spellings), { partSize: INDEX_PART_SIZE });
  process.stderr.write(`${command}: writing the app's files\n`);
  const written = await writeOutputAtomically(outDir, files, {
    storeRoot: data.storeRoot,
    onSwitching: () => process.stderr.write(`${command}: switching ${outDir} to the new output\n`),
  });
  const seconds = ((performance.now() - data.started) / 1000).toFixed(2);
  process.stderr.write(
    `${command}: ${data.entries} entries → ${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.quotes.length} quotes, ` +
      `${corpus.figures.length} figures, ${corpus.datasets.length} datasets, ${corpus.problems.length} problems in ${seconds}s on ${data.threads} thread${data.threads === 1 ? '' : 's'} → ${outDir} (${written} files)\n`,
  );
  printProblems(corpus.problems);
  return data.strict && corpus.problems.length > 0 ? 2 : 0;
}
