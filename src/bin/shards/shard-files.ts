/**
 * Sharded ingest, for collections too big for one machine (docs/scale.md). Three steps, each a
 * plain command any batch scheduler can run, and files between them:
 *   1. lines  (per shard):  ingest --shard K/N --shard-dir D --step lines  → D/lines-K-of-N.json
 *      the shard's short lines that may be site template, counted by page;
 *   2. pages  (per shard):  ingest --shard K/N --shard-dir D              → D/pages-K-of-N.json
 *      reads every lines file (template lines are lines two or more pages hold, across all shards),
 *      then runs the per-page stages on its own pages;
 *   3. merge  (once):       merge --shard-dir D --out DIR
 *      the corpus-wide steps, the per-article stage, the app's files: the same files, byte for byte,
 *      as one ingest of the whole folder (tests/golden/shards.test.ts).
 * A shard is every N-th entry of the folder in name order (read-seed-folder.ts, entriesOfShard).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../../data/contract.ts';
import { compareFileNames } from '../../ingest/build-corpus.ts';
import type { PageArticles } from '../../ingest/corpus-stages.ts';
import type { Sidecar } from '../../ingest/read-sidecar.ts';

export const SHARD_FORMAT = 1;

export interface ShardSpec {
  /** 1-based, as a person counts: shard 1/4 is the first of four */
  number: number;
  count: number;
}

/** "2/8" → { number: 2, count: 8 }; null when it is not K/N with 1 ≤ K ≤ N. */
export function parseShard(text: string): ShardSpec | null {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!match) return null;
  const [number, count] = [Number(match[1]), Number(match[2])];
  return number >= 1 && number <= count ? { number, count } : null;
}

export const linesFileName = (shard: ShardSpec) => `lines-${shard.number}-of-${shard.count}.json`;
export const pagesFileName = (shard: ShardSpec) => `pages-${shard.number}-of-${shard.count}.json`;

/** What every shard of one run must agree on: the folder's entry names and the story file. */
export function runDigest(names: readonly string[], storyText: string | undefined): string {
  return createHash('sha256').update(JSON.stringify([names, storyText ?? null])).digest('hex').slice(0, 16);
}

/**
 * What one shard read: every byte of its pages and sidecars and every entry it could not read. A page
 * edited under the same name between a shard's two steps changes it, so stale files are caught.
 */
export function contentDigest(inputs: readonly { sourceFile: string; bytes: Uint8Array; sidecarText?: string }[], problems: readonly Problem[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${input.sourceFile}\0${input.bytes.length}\0`).update(input.bytes).update(`\0${input.sidecarText ?? '\u0001'}\0`);
  for (const problem of problems) hash.update(`${problem.sourceFile}\0${problem.message}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The lines files a pages step used, by each shard's content: pages files built from other lines files disagree. */
export function linesDigest(files: readonly LinesFile[]): string {
  return createHash('sha256').update(JSON.stringify(files.map((file) => [file.number, file.content]))).digest('hex').slice(0, 16);
}

const header = { readoutShard: z.literal(SHARD_FORMAT), number: z.number().int().min(1), count: z.number().int().min(1), run: z.string(), content: z.string() };

// Pairs, not an object: a line may be "constructor" or "__proto__".
export const linesFileSchema = z.object({ ...header, step: z.literal('lines'), counts: z.array(z.tuple([z.string(), z.number().int().min(1)])) });
export type LinesFile = z.infer<typeof linesFileSchema>;

/**
 * The pages file's header is checked; its pages are this tool's own output, checked whole by the
 * contract once the merge has built the corpus.
 */
export const pagesFileSchema = z.object({
  ...header,
  step: z.literal('pages'),
  lines: z.string(),
  storyText: z.string().nullable(),
  entries: z.number().int().min(0),
  folderProblems: z.array(z.custom<Problem>()),
  storyProblems: z.array(z.custom<Problem>()),
  readProblems: z.array(z.custom<Problem>()),
  sidecars: z.array(z.tuple([z.string(), z.custom<Sidecar | null>()])),
  pages: z.array(z.custom<PageArticles>((value) => typeof value === 'object' && value !== null && typeof (value as PageArticles).sourceFile === 'string')),
});
export type PagesFile = z.infer<typeof pagesFileSchema>;

/** Reads every `<prefix>-K-of-N.json` of a folder; fails with a reader's message when one is missing, extra, unreadable or of another run. */
export async function readShardFiles<Schema extends typeof linesFileSchema | typeof pagesFileSchema>(folder: string, prefix: 'lines' | 'pages', schema: Schema, expected?: { count: number; run: string }): Promise<z.infer<Schema>[]> {
  const pattern = new RegExp(`^${prefix}-(\\d+)-of-(\\d+)\\.json$`);
  const names = (await readdir(folder)).filter((name) => pattern.test(name)).sort();
  if (names.length === 0) throw new Error(`${folder} holds no ${prefix}-K-of-N.json files; run the ${prefix} step of every shard first.`);
  const files: z.infer<Schema>[] = [];
  for (const name of names) {
    const path = join(folder, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path} cannot be read as JSON (${error instanceof Error ? error.message : String(error)}); run that shard's ${prefix} step again.`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Error(`${path} is not a ${prefix} file of this version of Readout: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
    const [, number, count] = pattern.exec(name)!;
    if (parsed.data.number !== Number(number) || parsed.data.count !== Number(count)) throw new Error(`${path} holds shard ${parsed.data.number}/${parsed.data.count}, not the one its name says; run that shard again.`);
    files.push(parsed.data as z.infer<Schema>);
  }
  const count = expected?.count ?? files[0]!.count;
  const run = expected?.run ?? files[0]!.run;
  const stray = files.filter((file) => file.count !== count || file.run !== run);
  if (stray.length > 0) {
    throw new Error(
      `${prefix} files ${stray.map((file) => `${file.number}/${file.count}`).join(', ')} do not belong to the same run as ${expected ? 'this shard' : `${prefix} file ${files[0]!.number}/${files[0]!.count}`} (another folder listing, story file or shard count). Run every shard of this run again into an empty --shard-dir.`,
    );
  }
  const numbers = new Set(files.map((file) => file.number));
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((number) => !numbers.has(number));
  if (missing.length > 0) throw new Error(`${prefix} files of shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} are missing from ${folder}; run ${missing.length === 1 ? 'it' : 'them'} first.`);
  return files.sort((a, b) => a.number - b.number);
}

/** Sums the lines files' counts: a line is template when two or more pages, in any shards, hold it. */
export function templateLinesOfShards(files: readonly LinesFile[]): Set<string> {
  const pagesByLine = new Map<string, number>();
  for (const file of files) for (const [key, pages] of file.counts) pagesByLine.set(key, (pagesByLine.get(key) ?? 0) + pages);
  return new Set([...pagesByLine].filter(([, pages]) => pages >= 2).map(([key]) => key));
}

/** Interleaves shards' lists back into file order (each shard's list is in file order; a stable sort keeps a file's items in order). */
export function inFileOrderBy<T>(lists: readonly (readonly T[])[], fileOf: (item: T) => string): T[] {
  return lists.flat().sort((a, b) => compareFileNames(fileOf(a), fileOf(b)));
}
