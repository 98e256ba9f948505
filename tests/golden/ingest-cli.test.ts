import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import { lockPathOf, versionStoreOf } from '../../src/bin/write-output.ts';

// Each case runs the CLI one to four times; on a busy machine one run can take several seconds.
vi.setConfig({ testTimeout: 120_000 });

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const ingest = (...args: string[]) => run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/bin/ingest.ts'), ...args], { cwd: root });

/** mulberry32: the kill times differ from round to round but are the same on every run of the test. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const storeOf = (work: string) => versionStoreOf(join(work, 'out'), join(work, 'versions'));

  test('the out folder is a link to a complete version kept outside its parent; a rerun keeps at most the previous version', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-versions-'));
    const out = join(work, 'out');
    for (let runs = 0; runs < 3; runs++) await ingest('--seeds', join(root, 'seeds'), '--out', out, '--versions', join(work, 'versions'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['out', 'versions']);
    const versions = readdirSync(storeOf(work)).filter((name) => name.startsWith('v'));
    expect(versions).toHaveLength(2);
    expect(versions).toContain(basename(readlinkSync(out)));
  });

  test('a run cleans temp folders of dead runs and moves back an output a killed run left aside', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-leftovers-'));
    const versions = join(work, 'versions');
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'legacy'), '--versions', versions);
    // As the earlier two-rename scheme left a kill between its renames: the output aside, a temp folder stranded.
    cpSync(join(work, 'legacy'), join(work, `out.old-${deadPid}`), { recursive: true, dereference: true });
    mkdirSync(join(work, `out.tmp-${deadPid}`));
    writeFileSync(join(work, 'out.lock'), String(deadPid));
    // And as this scheme leaves a kill mid-write: a half-written version, a swap link, a dead run's lock.
    mkdirSync(storeOf(work), { recursive: true });
    mkdirSync(join(storeOf(work), `vdead-${deadPid}.tmp`));
    symlinkSync(join(storeOf(work), `vdead-${deadPid}.tmp`), join(work, `.out.swap-${deadPid}`));
    writeFileSync(lockPathOf(storeOf(work)), String(deadPid));
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'), '--versions', versions);
    expect(readdirSync(work).sort()).toEqual(['legacy', 'out', 'versions']);
    expect(readdirSync(storeOf(work)).filter((name) => name !== 'owner.json')).toHaveLength(1);
    expect(existsSync(join(work, 'out', 'corpus.json'))).toBe(true);
  });

  test('a run refuses to swap while another live run holds the lock, and leaves the output as it was', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-lock-'));
    const versions = join(work, 'versions');
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'), '--versions', versions);
    const before = readFileSync(join(work, 'out', 'corpus.json'));
    writeFileSync(lockPathOf(storeOf(work)), String(process.pid));
    await expect(ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'), '--versions', versions)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/another ingest is writing/),
    });
    expect(readFileSync(join(work, 'out', 'corpus.json')).equals(before)).toBe(true);
  });

  test('a versions folder holding other files keeps them, however old; an out folder under a linked parent gets a link that resolves', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-store-'));
    const versions = join(work, 'versions');
    mkdirSync(join(versions, 'thesis'), { recursive: true });
    writeFileSync(join(versions, 'thesis', 'draft.txt'), 'keep me');
    writeFileSync(join(versions, 'notes-0123456789ab'), 'keep me too');
    const longAgo = new Date(Date.now() - 24 * 3600 * 1000);
    for (const name of ['thesis', 'notes-0123456789ab']) utimesSync(join(versions, name), longAgo, longAgo);
    mkdirSync(join(work, 'real', 'deep'), { recursive: true });
    symlinkSync(join(work, 'real', 'deep'), join(work, 'linked'));
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'linked', 'data'), '--versions', versions);
    expect(existsSync(join(work, 'linked', 'data', 'corpus.json'))).toBe(true);
    expect(readFileSync(join(versions, 'thesis', 'draft.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(versions, 'notes-0123456789ab'), 'utf8')).toBe('keep me too');
  });

  test('a run replaces a dangling link left when the version store was deleted', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-dangling-'));
    symlinkSync(join(work, 'gone'), join(work, 'out'));
    await ingest('--seeds', join(root, 'seeds'), '--out', join(work, 'out'), '--versions', join(work, 'versions'));
    expect(existsSync(join(work, 'out', 'corpus.json'))).toBe(true);
  });
});

describe('killed at any instant', () => {
  /** Every file of an output with its bytes, read through the out link as a reader would. */
  const snapshot = (dir: string) => new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));

  /** Starts the CLI as one node process (not through the tsx wrapper), so a kill stops the ingest itself. */
  const startIngest = (seeds: string, out: string, versions: string) =>
    spawn(process.execPath, ['--import', 'tsx', join(root, 'src/bin/ingest.ts'), '--seeds', seeds, '--out', out, '--versions', versions], { cwd: root });

  test('a kill at random points of a loop of runs always leaves the whole old or the whole new output, and a reader never sees less', async () => {
    const work = mkdtempSync(join(tmpdir(), 'readout-kill-'));
    // Two seed sets, alternated, so the old and the new output differ and a mix of them would show.
    const seedSets = [join(work, 'seeds'), join(work, 'seeds-b')];
    const seedNames = readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt'));
    for (const [index, folder] of seedSets.entries()) {
      mkdirSync(folder);
      for (const name of seedNames.slice(index, index + 2)) cpSync(join(root, 'seeds', name), join(folder, name));
    }
    const seeds = seedSets[0]!;
    const out = join(work, 'out');
    const versions = join(work, 'versions');
    await ingest('--seeds', seedSets[1]!, '--out', out, '--versions', versions);
    const outputB = snapshot(out);
    await ingest('--seeds', seeds, '--out', out, '--versions', versions);
    const expected = snapshot(out);
    expect(outputB).not.toEqual(expected);
    const isWhole = (look: Map<string, string>) => {
      try {
        expect(look).toEqual(expected);
      } catch {
        expect(look).toEqual(outputB);
      }
    };

    // A reader polls the output all through the loop: every look must find all of it.
    let looks = 0;
    let readerFailure: unknown = null;
    const reader = setInterval(() => {
      try {
        isWhole(snapshot(out));
        looks++;
      } catch (error) {
        readerFailure ??= error;
      }
    }, 5);

    const random = seededRandom(20251203);
    let killedWhileWriting = 0;
    try {
      for (let round = 0; round < 8; round++) {
        const child = startIngest(seedSets[round % 2]!, out, versions);
        const exited = new Promise<void>((done) => child.once('exit', (_code, signal) => {
          if (signal === 'SIGKILL' && sawWriting) killedWhileWriting++;
          done();
        }));
        let sawWriting = false;
        // Half the kills land anywhere in the run; half in its last moments, while it writes and switches.
        const writing = new Promise<void>((done) => child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('ingest: writing') && ((sawWriting = true), done())));
        if (round % 2 === 0) await Promise.race([new Promise((wait) => setTimeout(wait, random() * 2500)), exited]);
        else await Promise.race([writing.then(() => new Promise((wait) => setTimeout(wait, random() * 40))), exited]);
        child.kill('SIGKILL');
        await exited;
        isWhole(snapshot(out));
      }
    } finally {
      clearInterval(reader);
    }
    expect(readerFailure).toBeNull();
    expect(looks).toBeGreaterThan(0);
    // The loop is only a test of the swap if some kills landed after the new output began to be written.
    expect(killedWhileWriting).toBeGreaterThan(0);

    // The next whole run cleans up whatever the kills left.
    await ingest('--seeds', seeds, '--out', out, '--versions', versions);
    expect(snapshot(out)).toEqual(expected);
    expect(readdirSync(work).sort()).toEqual(['out', 'seeds', 'seeds-b', 'versions']);
    const store = versionStoreOf(out, versions);
    expect(readdirSync(store).filter((name) => !['owner.json', 'lock'].includes(name)).every((name) => /^v[0-9a-z]+-\d+$/.test(name))).toBe(true);
  });
});
