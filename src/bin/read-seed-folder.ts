/**
 * Reads the seeds folder entry by entry so one bad entry (a symlink loop, a dangling link, an
 * unreadable or huge file, a folder) becomes a problem and never aborts the run (issue 6, points 4, 7, 8).
 * Only the top level is read: a subfolder is reported, not entered, so a stray output or backup
 * folder is never ingested twice and links cannot lead the walk in circles.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../data/contract.ts';
import type { SourceInput } from '../ingest/build-corpus.ts';
import { MAX_SOURCE_BYTES } from '../ingest/decode-source.ts';
import { STORY_FILE_NAME } from '../ingest/lexicon/story-lexicon.ts';

import { MAX_SIDECAR_BYTES, MAX_STORY_BYTES, SIDECAR_SUFFIX } from '../ingest/collect-inputs.ts';

export { SIDECAR_SUFFIX };

export interface SeedFolder {
  inputs: SourceInput[];
  /** entries that could not be read, in name order */
  problems: Problem[];
  /** text of the reader's story file (readout.story.json), when the folder has one */
  storyText?: string;
  /** every entry name of the folder, sorted, a shard's or not (what the shards of one run agree on) */
  names: string[];
}

type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; severity: Problem['severity']; message: string };

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';

/** Reads at most `limit + 1` bytes, so a file that is (or grows) too big is never read whole. */
async function readBounded(path: string, limit: number): Promise<Uint8Array | 'too-big'> {
  // O_NONBLOCK: a FIFO swapped in after the stat must not hang the run.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) return 'too-big';
      if (total === buffer.length) break;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, total);
  } finally {
    await handle.close();
  }
}

/** One entry of the seeds folder: its bytes, or why it is not a page. */
async function readEntry(path: string, limit: number): Promise<ReadOutcome> {
  const fail = (message: string, severity: Problem['severity'] = 'error'): ReadOutcome => ({ ok: false, severity, message });
  const link = await lstat(path).catch(() => null);
  if (!link) return fail('The file vanished while the folder was read.');
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const target = link.isSymbolicLink() ? await readlink(path).catch(() => '?') : '';
    if (errorCode(error) === 'ELOOP') return fail(`A symbolic link that loops back on itself (→ ${target}); there is no file to read.`);
    if (errorCode(error) === 'ENOENT') return fail(`A symbolic link to a file that does not exist (→ ${target}).`);
    return fail(`The entry could not be examined (${errorCode(error)}).`);
  }
  if (info.isDirectory()) {
    return fail('A folder: the ingest reads only the files at the top of the seeds folder, not subfolders. Move its pages up to ingest them.', 'warning');
  }
  if (!info.isFile()) return fail('Not a regular file (a device, socket or pipe); there is no page to read.');
  if (info.size > limit) {
    return fail(`The file is ${megabytes(info.size)} MB, over the ${megabytes(limit)} MB limit for one page; it was not read. Split it or check it is really a text dump.`);
  }
  try {
    const bytes = await readBounded(path, limit);
    if (bytes === 'too-big') return fail(`The file grew past the ${megabytes(limit)} MB limit while it was read; it was not ingested.`);
    return { ok: true, bytes };
  } catch (error) {
    if (errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM') return fail('The file cannot be read (permission denied).');
    return fail(`The file could not be read (${errorCode(error)}).`);
  }
}

export interface ReadOptions {
  /** read only the entries of shard `index` of `count` (the story file always): see entriesOfShard */
  shard?: { index: number; count: number };
}

/**
 * The entries one shard reads: every `count`-th entry in name order, starting at `index`, so shards
 * are alike in size whatever the names; a page's sidecar goes with its page, the story file to every
 * shard (each needs the story's knowledge). Together the shards read every entry exactly once.
 */
export function entriesOfShard(names: readonly string[], present: ReadonlySet<string>, shard: { index: number; count: number }): string[] {
  const goesWithPage = (name: string) => name.endsWith(SIDECAR_SUFFIX) && present.has(name.slice(0, -SIDECAR_SUFFIX.length));
  const own = new Set(names.filter((name) => name !== STORY_FILE_NAME && !goesWithPage(name)).filter((_, position) => position % shard.count === shard.index));
  return names.filter((name) => name === STORY_FILE_NAME || own.has(name) || (goesWithPage(name) && own.has(name.slice(0, -SIDECAR_SUFFIX.length))));
}

/**
 * Every entry of `folder` becomes an input or a problem; nothing is skipped without a word.
 * @example await readSeedFolder('seeds') // { inputs: [{ sourceFile: 'a.txt', bytes, sidecarText? }], problems: [] }
 */
export async function readSeedFolder(folder: string, onProgress?: (done: number, total: number) => void, options: ReadOptions = {}): Promise<SeedFolder> {
  const all = (await readdir(folder)).sort();
  const present = new Set(all);
  const names = options.shard ? entriesOfShard(all, present, options.shard) : all;
  const inputs: SourceInput[] = [];
  const problems: Problem[] = [];
  let storyText: string | undefined;
  const report = (sourceFile: string, severity: Problem['severity'], message: string) => problems.push({ sourceFile, severity, message });
  for (const [index, name] of names.entries()) {
    onProgress?.(index + 1, names.length);
    if (name.startsWith('.')) {
      report(name, 'warning', 'A hidden file (its name starts with a dot); it was not read.');
      continue;
    }
    if (name === STORY_FILE_NAME) {
      const story = await readEntry(join(folder, name), MAX_STORY_BYTES);
      if (story.ok) storyText = new TextDecoder().decode(story.bytes);
      else report(name, story.severity, `The story file could not be read: ${story.message}`);
      continue;
    }
    if (name.endsWith(SIDECAR_SUFFIX)) {
      const page = name.slice(0, -SIDECAR_SUFFIX.length);
      if (!present.has(page)) report(name, 'warning', `A sidecar for ${page}, which is not in the folder; it was ignored.`);
      continue;
    }
    const path = join(folder, name);
    const read = await readEntry(path, MAX_SOURCE_BYTES);
    if (!read.ok) {
      report(name, read.severity, read.message);
      continue;
    }
    const input: SourceInput = { sourceFile: name, bytes: read.bytes };
    if (present.has(`${name}${SIDECAR_SUFFIX}`)) {
      const sidecar = await readEntry(`${path}${SIDECAR_SUFFIX}`, MAX_SIDECAR_BYTES);
      if (sidecar.ok) input.sidecarText = new TextDecoder().decode(sidecar.bytes);
      else report(name, 'warning', `${name}${SIDECAR_SUFFIX} was ignored: ${sidecar.message}`);
    }
    inputs.push(input);
  }
  return storyText === undefined ? { inputs, problems, names: all } : { inputs, problems, storyText, names: all };
}
