import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test, vi } from 'vitest';

// Each case runs the CLI one to four times; on a busy machine one run can take several seconds.
vi.setConfig({ testTimeout: 120_000 });

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const ingest = (...args: string[]) => run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/bin/ingest.ts'), ...args], { cwd: root });

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  ).sort();
}

test('ingest writes byte-identical output on a second run', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'a'));
  await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'b'));
  const files = listFiles(join(work, 'a'));
  expect(files).toEqual(expect.arrayContaining(['corpus.json', 'index.json', 'search.json']));
  expect(listFiles(join(work, 'b'))).toEqual(files);
  for (const file of files) expect(readFileSync(join(work, 'b', file)).equals(readFileSync(join(work, 'a', file)))).toBe(true);
});

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
});

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
});

test('a story file in the seeds folder adds its people and outlets; a broken one is reported and the rest is built', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'final.txt'), 'Rovers win the cup final against City\nSupport the Harbour Gazette!\nRovers won the cup final on Saturday, with two goals from Marsh in the second half.\n');
  writeFileSync(join(seeds, 'readout.story.json'), JSON.stringify({ readoutStory: 1, people: [{ name: 'Leo Marsh', aliases: ['Marsh'] }], outlets: [{ name: 'The Harbour Gazette', aliases: [] }] }));
  await ingest('--seeds', seeds, '--out', join(work, 'out'));
  const corpus = JSON.parse(readFileSync(join(work, 'out/corpus.json'), 'utf8'));
  expect(corpus.articles).toHaveLength(1);
  expect(corpus.articles[0]).toMatchObject({ publisher: 'The Harbour Gazette', personIds: ['leo-marsh'] });
  expect(corpus.problems).toEqual([]);

  writeFileSync(join(seeds, 'readout.story.json'), '{ "readoutStory": 1, "people": [ { "nme": "x" } ] }');
  await ingest('--seeds', seeds, '--out', join(work, 'out'));
  const rebuilt = JSON.parse(readFileSync(join(work, 'out/corpus.json'), 'utf8'));
  expect(rebuilt.articles).toHaveLength(1);
  expect(rebuilt.problems).toEqual([expect.objectContaining({ sourceFile: 'readout.story.json', severity: 'error', message: expect.stringMatching(/story file was ignored/) })]);
});

test('a failed run leaves the previous output intact', async () => {
  const work = mkdtempSync(join(tmpdir(), 'readout-'));
  await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'));
  const before = readFileSync(join(work, 'out/corpus.json'));
  const emptySeeds = mkdtempSync(join(tmpdir(), 'readout-empty-'));
  await expect(ingest('--seeds', emptySeeds, '--out', join(work, 'out'))).rejects.toMatchObject({ code: 1 });
  expect(readFileSync(join(work, 'out/corpus.json')).equals(before)).toBe(true);
});

describe('the --out guard', () => {
  const seedsCopy = () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-guard-'));
    cpSync(join(root, 'seeds'), join(work, 'seeds'), { recursive: true });
    return work;
  };

  test.each([
    ['the seeds folder itself', (work: string) => join(work, 'seeds'), /is the seeds folder/],
    ['a parent of the seeds folder', (work: string) => work, /contains the seeds folder/],
    ['a folder inside the seeds folder', (work: string) => join(work, 'seeds', 'out'), /lies inside the seeds folder/],
  ])('refuses %s and leaves every seed in place', async (_name, outOf, reason) => {
    const work = seedsCopy();
    const before = readdirSync(join(work, 'seeds')).sort();
    const refused = await ingest('--seeds', join(work, 'seeds'), '--out', outOf(work), '--force').catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(reason) });
    expect(readdirSync(join(work, 'seeds')).sort()).toEqual(before);
  });

  test('refuses a symlink to the seeds folder', async () => {
    const work = seedsCopy();
    symlinkSync(join(work, 'seeds'), join(work, 'link'));
    await expect(ingest('--seeds', join(work, 'seeds'), '--out', join(work, 'link'))).rejects.toMatchObject({ code: 1 });
    expect(readdirSync(join(work, 'seeds')).length).toBe(5);
  });

  test('refuses a folder it did not write unless --force, and replaces its own output', async () => {
    const work = seedsCopy();
    const other = join(work, 'notes');
    mkdirSync(other);
    writeFileSync(join(other, 'todo.txt'), 'keep me');
    const refused = await ingest('--seeds', join(work, 'seeds'), '--out', other).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/was not written by the ingest.*--force/s) });
    expect(readFileSync(join(other, 'todo.txt'), 'utf8')).toBe('keep me');

    await ingest('--seeds', join(work, 'seeds'), '--out', join(work, 'out'));
    expect(existsSync(join(work, 'out', '.readout-ingest.json'))).toBe(true);
    await ingest('--seeds', join(work, 'seeds'), '--out', join(work, 'out'));

    await ingest('--seeds', join(work, 'seeds'), '--out', other, '--force');
    expect(existsSync(join(other, 'corpus.json'))).toBe(true);
  });
});

describe('leftovers of killed and overlapping runs', () => {
  const deadPid = 999_999_999;

  test('a run cleans temp folders of dead runs and moves back an output a killed run left aside', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-leftovers-'));
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'));
    // As if a run was killed between its two renames: the output is aside, its temp folder stranded.
    renameSync(join(work, 'out'), join(work, `out.old-${deadPid}`));
    mkdirSync(join(work, `out.tmp-${deadPid}`));
    writeFileSync(join(work, 'out.lock'), String(deadPid));
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'));
    expect(readdirSync(work).sort()).toEqual(['out']);
    expect(existsSync(join(work, 'out', 'corpus.json'))).toBe(true);
  });

  test('a run refuses to swap while another live run holds the lock, and leaves the output as it was', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-lock-'));
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'));
    const before = readFileSync(join(work, 'out', 'corpus.json'));
    writeFileSync(join(work, 'out.lock'), String(process.pid));
    await expect(ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'))).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/another ingest is writing/) });
    expect(readFileSync(join(work, 'out', 'corpus.json')).equals(before)).toBe(true);
  });
});
