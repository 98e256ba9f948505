/**
 * The out folder is replaced wholesale on every run, so the CLI refuses one whose loss would
 * destroy something it did not write: the seeds themselves, a folder holding them, or a folder
 * of someone else's files (issue 6, point 1).
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Written into every output so a later run knows the folder is the ingest's own to replace. */
export const OUTPUT_MARKER = '.readout-ingest.json';
export const OUTPUT_MARKER_CONTENT = `${JSON.stringify({ writtenBy: 'readout ingest', note: 'this folder is replaced by every run of npm run ingest' })}\n`;

/** Names an ingest writes; a folder holding only these is a pre-marker output, safe to replace. */
const INGEST_NAMES = new Set([OUTPUT_MARKER, 'corpus.json', 'index.json', 'search.json', 'search', 'index', 'datasets.json', 'quotes.json', 'articles', 'people', 'sources']);

/**
 * How two resolved paths relate: `inside` means `path` lies inside `folder`.
 * @example relateFolders('/a/b', '/a') // 'inside'
 */
export function relateFolders(path: string, folder: string): 'same' | 'inside' | 'contains' | 'apart' {
  if (path === folder) return 'same';
  // `..name` is a folder inside; only `..` itself or `../…` climbs out.
  const below = (from: string, to: string) => {
    const step = relative(from, to);
    return step !== '' && step !== '..' && !step.startsWith(`..${sep}`) && !isAbsolute(step);
  };
  if (below(folder, path)) return 'inside';
  if (below(path, folder)) return 'contains';
  return 'apart';
}

/** The real path of `path`, resolving symlinks in the part that exists, so `out -> seeds` links are caught. */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realPathOf(parent), basename(absolute));
  }
}

/**
 * Why the ingest must not replace `outDir`, or null when it may.
 * @example await refuseOutFolder('seeds', 'seeds', false) // 'The out folder … is the seeds folder …'
 */
export async function refuseOutFolder(seedsDir: string, outDir: string, force: boolean): Promise<string | null> {
  const [seeds, out] = await Promise.all([realPathOf(seedsDir), realPathOf(outDir)]);
  const relation = relateFolders(out, seeds);
  if (relation === 'same') return `The out folder ${outDir} is the seeds folder; writing there would delete the seeds. Choose another --out.`;
  if (relation === 'contains') return `The out folder ${outDir} contains the seeds folder ${seedsDir}; replacing it would delete the seeds. Choose another --out.`;
  if (relation === 'inside') return `The out folder ${outDir} lies inside the seeds folder ${seedsDir}; its files would be read as seeds next time. Choose another --out.`;
  if (force) return null;
  const entry = await lstat(out).catch(() => null);
  // No entry, or a dangling link (its version store was deleted): replacing it loses nothing.
  if (!entry || entry.isSymbolicLink()) return null;
  if (!entry.isDirectory()) return `${outDir} exists and is not a folder; the ingest will not replace it. Remove it or choose another --out.`;
  if (await isIngestOutput(out)) return null;
  return `${outDir} exists and was not written by the ingest (no ${OUTPUT_MARKER}); replacing it would delete its files. Empty it, choose another --out, or pass --force.`;
}

async function isIngestOutput(folder: string): Promise<boolean> {
  const marker = await lstat(join(folder, OUTPUT_MARKER)).catch(() => null);
  if (marker?.isFile()) return true;
  const names = await readdir(folder);
  // An empty folder has nothing to lose; one of only ingest file names is an output from before the marker.
  return names.length === 0 || (names.includes('corpus.json') && names.every((name) => INGEST_NAMES.has(name)));
}
