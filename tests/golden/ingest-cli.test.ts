import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const ingest = (...args: string[]) => run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/bin/ingest.ts'), ...args], { cwd: root });

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  ).sort();
}


/** Each test runs the CLI (tsx start-up plus the whole pipeline) up to three times, on two shared cores. */
const CLI_TIMEOUT = 120_000;

test('ingest writes byte-identical output on a second run', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'a'));
  await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'b'));
  const files = listFiles(join(work, 'a'));
  expect(files).toEqual(expect.arrayContaining(['corpus.json', 'index.json', 'search.json']));
  expect(listFiles(join(work, 'b'))).toEqual(files);
  for (const file of files) expect(readFileSync(join(work, 'b', file)).equals(readFileSync(join(work, 'a', file)))).toBe(true);
}, CLI_TIMEOUT);

test('bad files become problems, the rest is still built, and --strict makes problems an error', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  const seeds = join(work, 'seeds');
  cpSync(join(root, 'seeds'), seeds, { recursive: true });
  writeFileSync(join(seeds, 'empty.txt'), '');
  writeFileSync(join(seeds, 'page.html'), '<!doctype html><html><body>Hi</body></html>');
  writeFileSync(join(seeds, 'binary.bin'), Buffer.from([0x89, 0x50, 0x00, 0x00, 0x01]));
  const { stderr } = await ingest('--seeds', seeds, '--out', join(work, 'out'));
  expect(stderr).toMatch(/3 problems/);
  const corpus = JSON.parse(readFileSync(join(work, 'out/corpus.json'), 'utf8'));
  expect(corpus.problems.map((problem: { sourceFile: string }) => problem.sourceFile).sort()).toEqual(['binary.bin', 'empty.txt', 'page.html']);
  expect(corpus.articles.length).toBeGreaterThan(5);
  await expect(ingest('--seeds', seeds, '--out', join(work, 'strict'), '--strict')).rejects.toMatchObject({ code: 2 });
}, CLI_TIMEOUT);

test('a sidecar states the date and publisher of a page', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  const seeds = join(work, 'seeds');
  cpSync(join(root, 'seeds'), seeds, { recursive: true });
  const [first] = readdirSync(seeds).sort();
  writeFileSync(join(seeds, `${first}.meta.json`), JSON.stringify({ publishedOn: '2025-06-23', publisher: 'Example Daily', url: 'https://example.com/a' }));
  await ingest('--seeds', seeds, '--out', join(work, 'out'));
  const corpus = JSON.parse(readFileSync(join(work, 'out/corpus.json'), 'utf8'));
  const article = corpus.articles.find((candidate: { sourceFile: string; parentId: string | null }) => candidate.sourceFile === first && !candidate.parentId);
  expect(article).toMatchObject({ publishedOn: '2025-06-23', publisher: 'Example Daily', url: 'https://example.com/a' });
}, CLI_TIMEOUT);

test('a failed run leaves the previous output intact', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'));
  const before = readFileSync(join(work, 'out/corpus.json'));
  const emptySeeds = mkdtempSync(join(tmpdir(), 'readout-empty-'));
  await expect(ingest('--seeds', emptySeeds, '--out', join(work, 'out'))).rejects.toMatchObject({ code: 1 });
  expect(readFileSync(join(work, 'out/corpus.json')).equals(before)).toBe(true);
}, CLI_TIMEOUT);
