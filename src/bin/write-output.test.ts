// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { writeOutputAtomically } from './write-output.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Whether the version being staged somewhere under `store` (a `….tmp` folder) already holds the file. */
function staged(store: string, relativePath: string): boolean {
  if (!existsSync(store)) return false;
  return readdirSync(store, { withFileTypes: true }).some((entry) => {
    if (!entry.isDirectory()) return false;
    const folder = join(store, entry.name);
    return entry.name.endsWith('.tmp') ? existsSync(join(folder, relativePath)) : staged(folder, relativePath);
  });
}

test('files made as they are written are each on disk before the next is asked for, and counted', async () => {
  const root = mkdtempSync(join(tmpdir(), 'readout-write-'));
  folders.push(root);
  const store = join(root, 'versions');
  // For each file after the first: was the one before it already written when this one was asked for?
  const previousWritten: boolean[] = [];
  function* files(): Generator<[string, string]> {
    yield ['index.json', '{"a":1}'];
    previousWritten.push(staged(store, 'index.json'));
    yield ['articles/one.json', '{"name":"one"}'];
    previousWritten.push(staged(store, 'articles/one.json'));
    yield ['articles/two.json', '{"name":"two"}'];
  }
  const written = await writeOutputAtomically(join(root, 'data'), files(), { storeRoot: store });
  expect(written).toBe(3);
  expect(previousWritten).toEqual([true, true]);
  expect(readFileSync(join(root, 'data/articles/two.json'), 'utf8')).toBe('{"name":"two"}');
});
