import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const ingest = (...args: string[]) => run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/bin/ingest.ts'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
const asRoot = process.getuid?.() === 0;

type Problem = { sourceFile: string; severity: string; message: string };
type Corpus = { articles: { sourceFile: string; url: string | null; publishedOn: string | null; publisher: string | null }[]; problems: Problem[] };

/** A file of `size` bytes that takes no disk space, where the file system allows it. */
function sparseFile(path: string, size: number): boolean {
  const handle = openSync(path, 'w');
  try {
    ftruncateSync(handle, size);
    return true;
  } catch {
    return false;
  } finally {
    closeSync(handle);
  }
}

const page = (headline: string) => `${headline}\nThe city council met on Tuesday and approved the harbour budget after a long debate.\nOpposition members said the vote came too soon.\n`;
const work = mkdtempSync(join(tmpdir(), 'readout-hostile-'));
const seeds = join(work, 'seeds');
/** file name → what must become of it */
const expected = new Map<string, 'article' | RegExp>();
let corpus: Corpus;
let stderr: string;

beforeAll(async () => {
  cpSync(join(root, 'seeds'), seeds, { recursive: true });
  for (const name of readdirSync(seeds)) expected.set(name, 'article');
  const add = (name: string, content: string | Uint8Array, outcome: 'article' | RegExp) => {
    writeFileSync(join(seeds, name), content);
    expected.set(name, outcome);
  };
  symlinkSync('loop-b.txt', join(seeds, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(seeds, 'loop-b.txt'));
  expected.set('loop-a.txt', /loops back on itself/).set('loop-b.txt', /loops back on itself/);
  symlinkSync('gone.txt', join(seeds, 'dangling.txt'));
  expected.set('dangling.txt', /does not exist/);
  mkdirSync(join(seeds, 'archive'));
  writeFileSync(join(seeds, 'archive', 'old.txt'), page('Old budget approved'));
  expected.set('archive', /A folder/);
  add('.DS_Store', 'x', /hidden file/);
  add('nobody.txt.meta.json', '{"publisher":"Harbour Gazette"}', /sidecar for nobody\.txt/);
  add('unreadable.txt', page('Striker signs for city rivals'), asRoot ? 'article' : /permission denied/);
  chmodSync(join(seeds, 'unreadable.txt'), 0o000);
  if (sparseFile(join(seeds, 'huge.txt'), 20 * 1024 * 1024)) expected.set('huge.txt', /20\.0 MB, over the 5\.0 MB limit/);
  if (sparseFile(join(seeds, 'sparse-3g.txt'), 3 * 1024 ** 3)) expected.set('sparse-3g.txt', /3072\.0 MB, over the 5\.0 MB limit/);
  add('one-char-lines.txt', 'x\n'.repeat(50_000), /no sentence/);
  add('late-nul.txt', `${page('Budget vote delayed').repeat(300)}\u0000tail`, /binary/);
  const utf16 = Buffer.from(`\uFEFF${page('Court adjourns harbour case')}`, 'utf16le');
  add('utf16-bom.txt', utf16, 'article');
  add('utf16-plain.txt', Buffer.from(page('Mayor defends ferry subsidy'), 'utf16le'), 'article');
  add('bad-date.txt', page('Transfer window closes early'), 'article');
  add('bad-date.txt.meta.json', JSON.stringify({ publishedOn: '2025-13-01', publisher: 'Harbour Gazette', url: 'javascript:alert(1)' }), 'article');
  add('my page.txt', page('Ferry timetable changes'), 'article');
  add('my_page.txt', page('Ferry timetable stays'), 'article');
  try {
    execFileSync('mkfifo', [join(seeds, 'pipe.txt')]);
    expected.set('pipe.txt', /Not a regular file/);
  } catch {
    // no mkfifo here: nothing to test
  }
  const out = join(work, 'out');
  ({ stderr } = await ingest('--seeds', seeds, '--out', out));
  corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as Corpus;
  chmodSync(join(seeds, 'unreadable.txt'), 0o644);
}, 120_000);

test('every hostile entry is an article or a named problem, and the rest is built', () => {
  for (const [name, outcome] of expected) {
    if (name.endsWith('.meta.json') && outcome === 'article') continue;
    const problems = corpus.problems.filter((problem) => problem.sourceFile === name);
    if (outcome === 'article') expect(corpus.articles.some((article) => article.sourceFile === name), name).toBe(true);
    else expect(problems.map((problem) => problem.message).join(' | '), name).toMatch(outcome);
  }
  expect(stderr).toMatch(/articles/);
});

test('a sidecar with an impossible date and a javascript: url keeps its publisher and says what it dropped', () => {
  const article = corpus.articles.find((candidate) => candidate.sourceFile === 'bad-date.txt');
  expect(article).toMatchObject({ publisher: 'Harbour Gazette', url: null });
  expect(article?.publishedOn).not.toBe('2025-13-01');
  expect(corpus.problems.find((problem) => problem.sourceFile === 'bad-date.txt')?.message).toMatch(/publishedOn, url ignored/);
});

test('"my page.txt" and "my_page.txt" get a source file each', () => {
  const sources = readdirSync(join(work, 'out', 'sources'));
  const texts = sources.map((name) => JSON.parse(readFileSync(join(work, 'out', 'sources', name), 'utf8')) as { sourceFile: string });
  expect(texts.map((text) => text.sourceFile)).toEqual(expect.arrayContaining(['my page.txt', 'my_page.txt']));
  expect(new Set(texts.map((text) => text.sourceFile)).size).toBe(sources.length);
});

// As root every file is readable, so the unreadable case above is an article there. Where root can drop
// to another user (setpriv, util-linux), run the ingest as nobody to see the permission problem itself.
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => {
  try {
    // Also that nobody can reach the repository: a clone under a private home folder cannot be run from.
    execFileSync(path, ['--reuid=65534', '--regid=65534', '--clear-groups', 'test', '-r', join(root, 'src/bin/ingest.ts')], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
test.runIf(asRoot && setpriv)('as a user who cannot read a file, the ingest names it as a problem and builds the rest', async () => {
  const place = mkdtempSync(join(tmpdir(), 'readout-nobody-'));
  chmodSync(place, 0o777);
  const folder = join(place, 'seeds');
  mkdirSync(folder);
  chmodSync(folder, 0o755);
  writeFileSync(join(folder, 'open.txt'), page('Harbour budget approved'));
  writeFileSync(join(folder, 'locked.txt'), page('Striker signs for city rivals'));
  chmodSync(join(folder, 'open.txt'), 0o644);
  chmodSync(join(folder, 'locked.txt'), 0o000);
  const out = join(place, 'out');
  await run(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', join(root, 'node_modules/.bin/tsx'), join(root, 'src/bin/ingest.ts'), '--seeds', folder, '--out', out, '--versions', join(place, 'versions')], {
    cwd: root,
    env: { ...process.env, HOME: place, TMPDIR: place },
  });
  const built = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as Corpus;
  expect(built.articles.map((article) => article.sourceFile)).toEqual(['open.txt']);
  expect(built.problems.find((problem) => problem.sourceFile === 'locked.txt')?.message).toMatch(/permission denied/i);
}, 120_000);
