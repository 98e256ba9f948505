/**
 * Writes the app's data files into a temp folder beside the out folder, then renames it into
 * place, so a failed run leaves the previous output intact. A lock file keeps two runs from
 * swapping at once; leftovers of killed runs (temp folders, an output moved aside and never
 * moved back) are cleaned up or restored by the next run (issue 6, point 6). The marker file
 * tells the next run that this folder is the ingest's own to replace (see guard-out-folder.ts).
 */
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_CONTENT } from './guard-out-folder.ts';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
const exists = (path: string) => stat(path).then(() => true, () => false);

/** Takes `<out>.lock`, taking over one left by a run that is no longer alive; null when another run holds it. */
async function takeLock(outDir: string): Promise<(() => Promise<void>) | null> {
  const lock = `${outDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(lock).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return null;
      await unlink(lock).catch(() => undefined);
    }
  }
  return null;
}

/** Removes temp folders of dead runs, and moves back an output a killed run had moved aside. */
async function recoverLeftovers(outDir: string): Promise<void> {
  const prefix = basename(outDir);
  const siblings = await readdir(dirname(outDir)).catch(() => [] as string[]);
  const leftovers = siblings
    .map((name) => ({ name, match: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`).exec(name) }))
    .filter(({ match }) => match && !isAlive(Number(match[2])));
  for (const { name, match } of leftovers) {
    const path = join(dirname(outDir), name);
    if (match![1] === 'old' && !(await exists(outDir))) await rename(path, outDir);
    else await rm(path, { recursive: true, force: true });
  }
}

/**
 * @example await writeOutputAtomically('public/data', new Map([['index.json', '{}']]))
 */
export async function writeOutputAtomically(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(dirname(outDir), { recursive: true });
  const release = await takeLock(outDir);
  if (!release) throw new Error(`another ingest is writing ${outDir} (see ${outDir}.lock); nothing was written.`);
  try {
    await recoverLeftovers(outDir);
    const staging = `${outDir}.tmp-${process.pid}`;
    const previous = `${outDir}.old-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await writeFile(join(staging, OUTPUT_MARKER), OUTPUT_MARKER_CONTENT);
    for (const [relativePath, content] of files) {
      const path = join(staging, relativePath);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    // Two renames: Node has no atomic exchange of folders. A kill between them leaves the old
    // output in <out>.old-PID, which the next run moves back before it swaps.
    const hadPrevious = await exists(outDir);
    if (hadPrevious) await rename(outDir, previous);
    await rename(staging, outDir);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await release();
  }
}
