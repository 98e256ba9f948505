// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildCorpusInPool } from '#src/bin/pool/build-in-pool.ts';
import { buildCorpus, type SourceInput } from '#src/ingest/build-corpus.ts';

/**
 * The worker pool must change nothing but the speed: the same inputs give the same corpus and the
 * same sources as buildCorpus, byte for byte. Inputs: the seeds, the dev pages (read from ../shared
 * at run time), a page with a sidecar that states its date, title and a speaker, and two files that
 * are not pages, so every path that reports a problem crosses the threads too.
 */
const encoder = new TextEncoder();

function pagesIn(folder: string, prefix: string): SourceInput[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ sourceFile: `${prefix}${name}`, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

const invented: SourceInput[] = [
  {
    sourceFile: 'zz-own-page.txt',
    bytes: encoder.encode('Club signs striker for record fee\nThe club paid €80 million for Ada Okafor on Monday.\n“I am delighted,” Okafor said.\n'),
    sidecarText: JSON.stringify({ publishedOn: '2031-03-03', title: 'A title the reader chose', speakers: { '95': null } }),
  },
  { sourceFile: 'zz-binary.txt', bytes: new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3]) },
  { sourceFile: 'zz-empty.txt', bytes: new Uint8Array() },
];

test('the pool gives buildCorpus’s output byte for byte, on two threads and on one', async () => {
  const inputs = [...pagesIn(resolve(import.meta.dirname, '../../seeds'), ''), ...pagesIn(resolve(import.meta.dirname, '../../../shared/dev-pages/raw'), 'dev-'), ...invented];
  expect(inputs.length).toBeGreaterThan(40);
  const expected = buildCorpus(inputs);
  // Shuffled input order: the stages must put every result back in file order.
  const shuffled = [...inputs].reverse();
  for (const threads of [2, 1]) {
    const pooled = await buildCorpusInPool(shuffled, { threads });
    expect(pooled.threads).toBe(threads);
    expect(JSON.stringify(pooled.corpus)).toBe(JSON.stringify(expected.corpus));
    expect([...pooled.sources]).toEqual([...expected.sources]);
  }
  expect(expected.corpus.problems.map((problem) => problem.sourceFile)).toEqual(expect.arrayContaining(['zz-binary.txt', 'zz-empty.txt']));
}, 120_000);
