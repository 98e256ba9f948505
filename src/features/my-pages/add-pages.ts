import * as Comlink from 'comlink';
import type { Problem } from '#src/data/contract.ts';
import type { LibraryBuild } from '#src/data/library.ts';
import { readLibraryBuild, readStoredPages, readStoredStory, saveLibrary, type StoredPage } from '#src/data/library-store.ts';
import { collectInputs, type PickedFile } from '#src/ingest/collect-inputs.ts';
import type { BuildLibraryWorker } from './build-library.worker.ts';

/** reading: files read of all picked; building: percent of the pipeline's work (total 100); saving: no measure */
export type Progress = { phase: 'reading' | 'building' | 'saving'; done: number; total: number };

/** The pipeline in a Web Worker, started on first use and reused. */
let worker: Comlink.Remote<BuildLibraryWorker> | null = null;
function pipeline(): Comlink.Remote<BuildLibraryWorker> {
  worker ??= Comlink.wrap<BuildLibraryWorker>(new Worker(new URL('./build-library.worker.ts', import.meta.url), { type: 'module', name: 'readout-pipeline' }));
  return worker;
}

/**
 * Problems of files that never became stored pages (too large, a stray sidecar) survive a rebuild;
 * the pipeline's own problems are found again from the stored pages.
 */
function carriedProblems(previous: LibraryBuild | null, pageNames: ReadonlySet<string>, except: ReadonlySet<string>): Problem[] {
  return (previous?.problems ?? []).filter((problem) => !pageNames.has(problem.sourceFile) && !except.has(problem.sourceFile));
}

/**
 * One build at a time: each reads the stored pages and saves its own set, so two at once (a drop on
 * another view while one runs) would each lose the other's pages.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function rebuild(pages: StoredPage[], readingProblems: Problem[], storyText: string | undefined, onProgress: (progress: Progress) => void): Promise<LibraryBuild> {
  onProgress({ phase: 'building', done: 0, total: 100 });
  const build = await pipeline().build(
    pages.map((page) => ({ sourceFile: page.sourceFile, bytes: page.bytes, ...(page.sidecarText === undefined ? {} : { sidecarText: page.sidecarText }) })),
    readingProblems,
    pages.map((page) => [page.sourceFile, page.addedAt]),
    storyText,
    Comlink.proxy((fraction: number) => onProgress({ phase: 'building', done: Math.round(fraction * 100), total: 100 })),
  );
  onProgress({ phase: 'saving', done: pages.length, total: pages.length });
  await saveLibrary(pages, build, storyText);
  return build;
}

/** Adds picked files to the reader's pages (a page of the same name is replaced), rebuilds them all, keeps them. */
export function addPages(files: readonly PickedFile[], onProgress: (progress: Progress) => void): Promise<LibraryBuild> {
  return oneAtATime(() => addPagesNow(files, onProgress));
}

async function addPagesNow(files: readonly PickedFile[], onProgress: (progress: Progress) => void): Promise<LibraryBuild> {
  let read = 0;
  const counted = files.map((file) => ({
    ...file,
    read: async () => {
      const bytes = await file.read();
      onProgress({ phase: 'reading', done: ++read, total: files.length });
      return bytes;
    },
  }));
  onProgress({ phase: 'reading', done: 0, total: files.length });
  const [collected, stored, previous, storedStory] = await Promise.all([collectInputs(counted), readStoredPages(), readLibraryBuild(), readStoredStory()]);
  const addedAt = new Date().toISOString();
  const pages = new Map(stored.map((page) => [page.sourceFile, page]));
  for (const input of collected.inputs) pages.set(input.sourceFile, { sourceFile: input.sourceFile, bytes: input.bytes, ...(input.sidecarText === undefined ? {} : { sidecarText: input.sidecarText }), addedAt });
  const names = new Set(pages.keys());
  const fresh = new Set(collected.problems.map((problem) => problem.sourceFile));
  const problems = [...carriedProblems(previous, names, fresh), ...collected.problems];
  return rebuild([...pages.values()].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1)), problems, collected.storyText ?? storedStory, onProgress);
}

/** Removes one page (or one reported problem) and rebuilds the rest. */
export function removeEntry(sourceFile: string, onProgress: (progress: Progress) => void): Promise<LibraryBuild> {
  return oneAtATime(() => removeEntryNow(sourceFile, onProgress));
}

async function removeEntryNow(sourceFile: string, onProgress: (progress: Progress) => void): Promise<LibraryBuild> {
  const [stored, previous, storyText] = await Promise.all([readStoredPages(), readLibraryBuild(), readStoredStory()]);
  const pages = stored.filter((page) => page.sourceFile !== sourceFile);
  return rebuild(pages, carriedProblems(previous, new Set(pages.map((page) => page.sourceFile)), new Set([sourceFile])), storyText, onProgress);
}
