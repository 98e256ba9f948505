// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

/**
 * A sharded ingest (lines step per shard, pages step per shard, one merge) writes the same app files
 * as one ingest of the whole folder, byte for byte; a merge with a shard missing writes nothing and
 * says which. The folder: the seeds, the dev pages (read from ../shared at run time), a page with a
 * sidecar, a binary file, a subfolder and a sidecar without its page, so problems cross shards too.
 */
const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (script: string, ...args: string[]) => run(tsx, [join(root, `src/bin/${script}.ts`), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });

function filesOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  return files;
}

/** A fresh work folder with a seeds folder in it holding the project's seeds (or nothing). */
function workFolder(withSeeds = true): { work: string; seeds: string } {
  const work = mkdtempSync(join(tmpdir(), 'readout-shards-'));
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  if (withSeeds) for (const name of readdirSync(join(root, 'seeds'))) copyFileSync(join(root, 'seeds', name), join(seeds, name));
  return { work, seeds };
}

test('three shards and a merge give the files of one ingest, byte for byte', async () => {
  const { work, seeds } = workFolder();
  const dev = resolve(root, '../shared/dev-pages/raw');
  for (const name of readdirSync(dev).filter((file) => file.endsWith('.txt'))) copyFileSync(join(dev, name), join(seeds, `dev-${name}`));
  writeFileSync(join(seeds, 'zz-own.txt'), 'Club signs striker for record fee\nThe club paid €80 million for Ada Okafor on Monday.\n“I am delighted,” Okafor said.\n');
  writeFileSync(join(seeds, 'zz-own.txt.meta.json'), JSON.stringify({ publishedOn: '2031-03-03', title: 'A title the reader chose' }));
  // Template lines named like the properties every object has: counted as data, never as properties.
  for (const name of ['zz-proto-a.txt', 'zz-proto-b.txt']) writeFileSync(join(seeds, name), `Constructor\n__proto__\nHarbour reopens after the storm in ${name}\nThe harbour reopened on Monday after a week of repairs, officials said.\n`);
  writeFileSync(join(seeds, 'zz-binary.txt'), new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3]));
  writeFileSync(join(seeds, 'zz-orphan.txt.meta.json'), '{}');
  mkdirSync(join(seeds, 'zz-folder'));

  const whole = join(work, 'whole');
  await cli('ingest', '--seeds', seeds, '--out', whole, '--versions', join(work, 'v'), '--threads', '1');

  const shardDir = join(work, 'shards');
  const shards = ['1/3', '2/3', '3/3'];
  await Promise.all(shards.map((shard) => cli('ingest', '--seeds', seeds, '--shard', shard, '--shard-dir', shardDir, '--step', 'lines')));
  for (const shard of shards) await cli('ingest', '--seeds', seeds, '--shard', shard, '--shard-dir', shardDir, '--threads', '1');
  const merged = join(work, 'merged');
  const { stderr } = await cli('merge', '--shard-dir', shardDir, '--out', merged, '--versions', join(work, 'v'), '--threads', '2');
  expect(stderr).toMatch(/merge: \d+ entries → \d+ articles/);

  const [expected, actual] = [filesOf(whole), filesOf(merged)];
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, content] of expected) expect(actual.get(name), name).toBe(content);
  expect(JSON.parse(expected.get('corpus.json')!).problems.map((problem: { sourceFile: string }) => problem.sourceFile)).toEqual(
    expect.arrayContaining(['zz-binary.txt', 'zz-orphan.txt.meta.json', 'zz-folder']),
  );
}, 240_000);

test('a pages step before every lines file, or a merge with a shard missing, stops with the shard named', async () => {
  const { work, seeds } = workFolder();
  const shardDir = join(work, 'shards');
  await cli('ingest', '--seeds', seeds, '--shard', '1/2', '--shard-dir', shardDir, '--step', 'lines');
  await expect(cli('ingest', '--seeds', seeds, '--shard', '1/2', '--shard-dir', shardDir)).rejects.toMatchObject({ stderr: expect.stringMatching(/shard 2 of 2 are missing/) });
  await cli('ingest', '--seeds', seeds, '--shard', '2/2', '--shard-dir', shardDir, '--step', 'lines');
  await cli('ingest', '--seeds', seeds, '--shard', '1/2', '--shard-dir', shardDir);
  const out = join(work, 'out');
  await expect(cli('merge', '--shard-dir', shardDir, '--out', out, '--versions', join(work, 'v'))).rejects.toMatchObject({ stderr: expect.stringMatching(/shard 2 of 2 are missing[\s\S]*Nothing was written/) });
  expect(readdirSync(work).includes('out')).toBe(false);
  await expect(cli('ingest', '--seeds', seeds, '--shard', '3/2', '--shard-dir', shardDir)).rejects.toMatchObject({ stderr: expect.stringMatching(/--shard wants K\/N/) });
  await expect(cli('ingest', '--seeds', seeds, '--shard', '1/2', '--shard-dir', join(seeds, 'shards'), '--step', 'lines')).rejects.toMatchObject({ stderr: expect.stringMatching(/lies inside the seeds folder/) });

  // A page edited under its own name after the lines step: its shard's pages step, and a merge of stale files, refuse.
  await cli('ingest', '--seeds', seeds, '--shard', '2/2', '--shard-dir', shardDir);
  const [first] = readdirSync(seeds).sort();
  writeFileSync(join(seeds, first!), `${readFileSync(join(seeds, first!), 'utf8')}\nA line added later.\n`);
  await expect(cli('ingest', '--seeds', seeds, '--shard', '1/2', '--shard-dir', shardDir)).rejects.toMatchObject({ stderr: expect.stringMatching(/changed since its lines step/) });
  await cli('ingest', '--seeds', seeds, '--shard', '1/2', '--shard-dir', shardDir, '--step', 'lines');
  await expect(cli('merge', '--shard-dir', shardDir, '--out', out, '--versions', join(work, 'v'))).rejects.toMatchObject({ stderr: expect.stringMatching(/shards? 1, 2 were built from other lines files/) });
  expect(readdirSync(work).includes('out')).toBe(false);
}, 180_000);

test('a merge of shards that read no page leaves the output alone', async () => {
  const { work, seeds } = workFolder(false);
  const shardDir = join(work, 'shards');
  await cli('ingest', '--seeds', seeds, '--shard', '1/1', '--shard-dir', shardDir, '--step', 'lines');
  await cli('ingest', '--seeds', seeds, '--shard', '1/1', '--shard-dir', shardDir);
  await expect(cli('merge', '--shard-dir', shardDir, '--out', join(work, 'out'), '--versions', join(work, 'v'))).rejects.toMatchObject({ stderr: expect.stringMatching(/no shard read a page/) });
}, 60_000);
