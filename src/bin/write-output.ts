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
import { link, lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_CONTENT } from './guard-out-folder.ts';
import { escapeRegExp } from '../lib/escape-reg-exp.ts';

/** An orphaned store (its out folder gone or pointing elsewhere) is removed once it is this old, so a run just starting is never swept. */
const ORPHAN_AGE_MS = 10 * 60 * 1000;
const VERSION_NAME = /^v[0-9a-z]+-(\d+)$/;
const STAGING_NAME = /^v[0-9a-z]+-(\d+)\.tmp$/;
const ASIDE_NAME = /^aside-(\d+)$/;
const STORE_NAME = /^.+-[0-9a-f]{12}$/;
const LOCK_TEMP_NAME = /^lock\.(?:stale-)?(\d+)$/;

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
  // The lock is born holding its pid (written to a file of our own, then hard-linked to the lock's
  // name, which fails if it exists), so no other run can read it empty and take it as stale.
  const mine = `${lock}.${process.pid}`;
  await writeFile(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await link(mine, lock);
        return () => unlink(lock).catch(() => undefined);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
        if (!Number.isInteger(holder) || holder <= 0 || isAlive(holder)) return null;
        // Take a dead run's lock over by renaming it away first: of two runs doing so, only one renames it.
        const stale = `${lock}.stale-${process.pid}`;
        if (await rename(lock, stale).then(() => true, () => false)) await unlink(stale).catch(() => undefined);
      }
    }
    return null;
  } finally {
    await unlink(mine).catch(() => undefined);
  }
}

/** The version folder the out link points at, or null when the out folder is no link of this store. */
async function currentVersion(outDir: string, store: string): Promise<string | null> {
  const target = await readlink(outDir).catch(() => null);
  if (target === null) return null;
  // The system follows a relative target from the link's real folder, not the path as typed.
  const parent = await realpath(dirname(outDir)).catch(() => dirname(outDir));
  const absolute = resolve(parent, target);
  const realStore = await realpath(store).catch(() => store);
  return dirname(absolute) === realStore ? basename(absolute) : null;
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
    const lockTemp = LOCK_TEMP_NAME.exec(name);
    const path = join(store, name);
    if (aside && !isAlive(Number(aside[1]))) {
      if (!(await exists(outDir))) await rename(path, outDir);
      else await rm(path, { recursive: true, force: true });
    } else if (staging && !isAlive(Number(staging[1]))) await rm(path, { recursive: true, force: true });
    else if (lockTemp && !isAlive(Number(lockTemp[1]))) await rm(path, { force: true });
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
    // Only a store this code made (its name, its owner file) is ever removed: --versions may name a folder holding other things.
    if (store === ownStore || !STORE_NAME.test(name)) continue;
    const owner = await readFile(join(store, 'owner.json'), 'utf8').then((text) => JSON.parse(text) as { out?: unknown }, () => null);
    if (!owner) continue;
    // An output moved aside by a killed run is the only copy of it until its own next run moves it back.
    if ((await readdir(store).catch(() => [] as string[])).some((entry) => ASIDE_NAME.test(entry))) continue;
    const age = Date.now() - (await stat(store).then((entry) => entry.mtimeMs, () => Date.now()));
    if (age < ORPHAN_AGE_MS) continue;
    const holder = Number(await readFile(lockPathOf(store), 'utf8').catch(() => ''));
    if (holder > 0 && isAlive(holder)) continue;
    const linked = typeof owner?.out === 'string' && (await currentVersion(owner.out, store)) !== null;
    if (!linked) await rm(store, { recursive: true, force: true });
  }
}

/** Writes every file under `folder`; the marker first, so a version is recognisable as the ingest's own. */
/** The files of a version, path and text; a text may come in pieces (an iterable of strings). */
export type OutputFiles = Iterable<readonly [string, string | Iterable<string>]>;

async function writeVersion(folder: string, files: OutputFiles): Promise<number> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, OUTPUT_MARKER), OUTPUT_MARKER_CONTENT);
  const made = new Set<string>([folder]);
  let count = 0;
  for (const [relativePath, content] of files) {
    const path = join(folder, relativePath);
    if (!made.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    await (typeof content === 'string' ? writeFile(path, content) : writePieces(path, content));
    count += 1;
  }
  return count;
}

/** A file given in pieces, written as they come in writes of about a MB: its text is never held whole. */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    for (const piece of pieces) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= 1 << 20) {
        await file.write(pending.join(''));
        pending = [];
        pendingLength = 0;
      }
    }
    if (pending.length > 0) await file.write(pending.join(''));
  } finally {
    await file.close();
  }
}

export interface WriteOutputOptions {
  /** Where the version folders live; never inside the out folder's parent when that is Vite's `public/`. */
  storeRoot: string;
  /** Told once the new version is complete and about to be switched in (the CLI says so on stderr). */
  onSwitching?: () => void;
}

/**
 * `files` may be made as they are written (a generator): each is written before the next is asked for;
 * a file's text may come in pieces (an iterable of strings), written as they come.
 * Returns how many files were written.
 * @example await writeOutputAtomically('public/data', new Map([['index.json', '{}']]), { storeRoot: '.readout/versions' })
 */
export async function writeOutputAtomically(outDir: string, files: OutputFiles, options: WriteOutputOptions): Promise<number> {
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
    const written = await writeVersion(staging, files);
    await rename(staging, join(store, version));
    options.onSwitching?.();

    const previous = await currentVersion(out, store);
    const swapLink = join(dirname(out), `.${basename(out)}.swap-${process.pid}`);
    await rm(swapLink, { force: true });
    const [realParent, realStore] = await Promise.all([realpath(dirname(out)), realpath(store)]);
    await symlink(relative(realParent, join(realStore, version)), swapLink, 'dir');
    const entry = await lstat(out).catch(() => null);
    if (entry?.isDirectory()) {
      // A real folder cannot be replaced by a link in one step; it goes into the store first.
      const aside = join(store, `aside-${process.pid}`);
      await rename(out, aside);
      await rename(swapLink, out);
      await rm(aside, { recursive: true, force: true });
    } else {
      await rename(swapLink, out);
    }
    // Re-read what the link points at now, and keep it too, whatever another run may have done.
    const current = await currentVersion(out, store);
    await pruneVersions(store, new Set([version, ...(previous ? [previous] : []), ...(current ? [current] : [])]));
    await sweepOrphanStores(dirname(store), store);
    return written;
  } finally {
    await release();
  }
}
