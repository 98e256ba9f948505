/**
 * Writes the app's data files so that a reader, or a kill, at any instant finds either the whole
 * previous output or the whole new one, never none and never a mix (issue 6, point 6).
 *
 * The out folder is a symbolic link to a complete version folder. A run writes a new version in
 * a store outside the out folder's parent (so Vite never copies half-written files from
 * `public/` into `dist/`), renames it complete, then points a fresh link at it and renames the
 * link over the out folder: rename(2) replaces a link in one step. The previous version is kept
 * for a reader still fetching from it; older ones are removed. A lock file per out folder keeps
 * two runs from swapping at once; leftovers of killed runs (half-written versions, swap links,
 * orphaned stores of out folders that were deleted) are removed by the next run.
 *
 * Only an out folder that is a real directory (an output written before this scheme, or someone's
 * folder replaced with --force) is swapped in two renames, once; a kill between them leaves it in
 * the store as `aside-PID`, which the next run moves back.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, readlink, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_CONTENT } from './guard-out-folder.ts';

/** An orphaned store (its out folder gone or pointing elsewhere) is removed once it is this old, so a run just starting is never swept. */
const ORPHAN_AGE_MS = 10 * 60 * 1000;
const VERSION_NAME = /^v[0-9a-z]+-(\d+)$/;
const STAGING_NAME = /^v[0-9a-z]+-(\d+)\.tmp$/;
const ASIDE_NAME = /^aside-(\d+)$/;

const isAlive = (pid: number) => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
const exists = (path: string) => lstat(path).then(() => true, () => false);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The folder that holds the versions of one out folder: its name, and a hash of its absolute path
 * so two out folders of one name never share a store.
 * @example versionStoreOf('/srv/app/public/data', '/srv/app/.readout/versions') // '/srv/app/.readout/versions/data-3f2a…'
 */
export function versionStoreOf(outDir: string, storeRoot: string): string {
  const absolute = resolve(outDir);
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return join(resolve(storeRoot), `${basename(absolute)}-${hash}`);
}

/** The lock of one out folder's store; exported so a test can hold it as a live run would. */
export const lockPathOf = (store: string) => join(store, 'lock');

/** Takes the lock, taking over one left by a run that is no longer alive; null when another run holds it. */
async function takeLock(lock: string): Promise<(() => Promise<void>) | null> {
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

/** The version folder the out link points at, or null when the out folder is no link of this store. */
async function currentVersion(outDir: string, store: string): Promise<string | null> {
  const target = await readlink(outDir).catch(() => null);
  if (target === null) return null;
  const absolute = resolve(dirname(outDir), target);
  return dirname(absolute) === store ? basename(absolute) : null;
}

/**
 * Puts back what killed runs left behind: an output moved aside and never replaced (in the store,
 * or beside the out folder as the earlier two-rename scheme left it), and removes their swap links
 * and temp folders.
 */
async function recoverLeftovers(outDir: string, store: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = escapeRegExp(basename(outDir));
  const besideOut = new RegExp(`^(?:${prefix}\\.(tmp|old)-(\\d+)|\\.${prefix}\\.(swap)-(\\d+)|${prefix}\\.(lock))$`);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const match = besideOut.exec(name);
    if (!match) continue;
    const kind = match[1] ?? match[3] ?? match[5];
    const pid = Number(match[2] ?? match[4] ?? 0);
    if (kind !== 'lock' && isAlive(pid)) continue;
    const path = join(parent, name);
    if (kind === 'old' && !(await exists(outDir))) await rename(path, outDir);
    else await rm(path, { recursive: true, force: true });
  }
  for (const name of await readdir(store)) {
    const aside = ASIDE_NAME.exec(name);
    const staging = STAGING_NAME.exec(name);
    const path = join(store, name);
    if (aside && !isAlive(Number(aside[1]))) {
      if (!(await exists(outDir))) await rename(path, outDir);
      else await rm(path, { recursive: true, force: true });
    } else if (staging && !isAlive(Number(staging[1]))) await rm(path, { recursive: true, force: true });
  }
}

/** Removes every complete version but `keep`, and so the folders no link points at any more. */
async function pruneVersions(store: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(store)) {
    if (VERSION_NAME.test(name) && !keep.has(name)) await rm(join(store, name), { recursive: true, force: true });
  }
}

/**
 * Removes the stores of out folders that were deleted or now point elsewhere (a test's temp folder,
 * a one-off --out), once they are old enough that no run can be starting in them.
 */
async function sweepOrphanStores(storeRoot: string, ownStore: string): Promise<void> {
  for (const name of await readdir(storeRoot).catch(() => [] as string[])) {
    const store = join(storeRoot, name);
    if (store === ownStore) continue;
    const owner = await readFile(join(store, 'owner.json'), 'utf8').then((text) => JSON.parse(text) as { out?: unknown }, () => null);
    const age = Date.now() - (await stat(store).then((entry) => entry.mtimeMs, () => Date.now()));
    if (age < ORPHAN_AGE_MS) continue;
    const holder = Number(await readFile(lockPathOf(store), 'utf8').catch(() => ''));
    if (holder > 0 && isAlive(holder)) continue;
    const linked = typeof owner?.out === 'string' && (await currentVersion(owner.out, store)) !== null;
    if (!linked) await rm(store, { recursive: true, force: true });
  }
}

/** Writes every file under `folder`; the marker first, so a version is recognisable as the ingest's own. */
async function writeVersion(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, OUTPUT_MARKER), OUTPUT_MARKER_CONTENT);
  const made = new Set<string>([folder]);
  for (const [relativePath, content] of files) {
    const path = join(folder, relativePath);
    if (!made.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    await writeFile(path, content);
  }
}

export interface WriteOutputOptions {
  /** Where the version folders live; never inside the out folder's parent when that is Vite's `public/`. */
  storeRoot: string;
  /** Told once the new version is complete and about to be switched in (the CLI says so on stderr). */
  onSwitching?: () => void;
}

/**
 * @example await writeOutputAtomically('public/data', new Map([['index.json', '{}']]), { storeRoot: '.readout/versions' })
 */
export async function writeOutputAtomically(outDir: string, files: ReadonlyMap<string, string>, options: WriteOutputOptions): Promise<void> {
  const out = resolve(outDir);
  const store = versionStoreOf(out, options.storeRoot);
  await mkdir(store, { recursive: true });
  await mkdir(dirname(out), { recursive: true });
  const release = await takeLock(lockPathOf(store));
  if (!release) throw new Error(`another ingest is writing ${outDir} (see ${lockPathOf(store)}); nothing was written.`);
  try {
    await writeFile(join(store, 'owner.json'), `${JSON.stringify({ out })}\n`);
    await recoverLeftovers(out, store);
    const version = `v${Date.now().toString(36)}-${process.pid}`;
    const staging = join(store, `${version}.tmp`);
    await writeVersion(staging, files);
    await rename(staging, join(store, version));
    options.onSwitching?.();

    const previous = await currentVersion(out, store);
    const link = join(dirname(out), `.${basename(out)}.swap-${process.pid}`);
    await rm(link, { force: true });
    await symlink(relative(dirname(out), join(store, version)), link, 'dir');
    const entry = await lstat(out).catch(() => null);
    if (entry?.isDirectory()) {
      // A real folder cannot be replaced by a link in one step; it goes into the store first.
      const aside = join(store, `aside-${process.pid}`);
      await rename(out, aside);
      await rename(link, out);
      await rm(aside, { recursive: true, force: true });
    } else {
      await rename(link, out);
    }
    await pruneVersions(store, new Set(previous ? [version, previous] : [version]));
    await sweepOrphanStores(dirname(store), store);
  } finally {
    await release();
  }
}
