import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildCorpus } from '#src/ingest/build-corpus.ts';

/**
 * A guard against regressions on pages the pipeline was not written for: the 36 dev pages in
 * ../shared/dev-pages (read at run time, never copied here), scored by their own scorer. The floors
 * are the figures measured when this test was written, less a small margin for noise in ties;
 * raise them when the pipeline gets better, never lower them to make a change pass.
 */
const DEV_PAGES = resolve(import.meta.dirname, '../../../shared/dev-pages');

const FLOORS = {
  titlesRight: 35,
  publishersRight: 22,
  maxLeaks: 1,
  maxBodyLost: 0,
  datesRight: 22,
  maxDatesWrong: 1,
  peopleP: 0.97,
  peopleR: 0.97,
  quotesP: 0.97,
  quotesR: 0.94,
  partialFound: 44,
  figuresFound: 94,
  maxProvenanceBad: 0,
};

test('the pipeline on the dev pages stays at or above its measured floors', () => {
  expect(existsSync(DEV_PAGES), `${DEV_PAGES} is missing: the dev pages live in ../shared beside the repository`).toBe(true);
  const raw = join(DEV_PAGES, 'raw');
  const inputs = readdirSync(raw)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ sourceFile: name, bytes: new Uint8Array(readFileSync(join(raw, name))) }));
  const { corpus } = buildCorpus(inputs);
  const out = join(mkdtempSync(join(tmpdir(), 'readout-dev-')), 'corpus.json');
  writeFileSync(out, JSON.stringify(corpus));
  const score = JSON.parse(execFileSync(process.execPath, [join(DEV_PAGES, 'score.mjs'), out, '--json'], { encoding: 'utf8' })) as Record<string, number>;

  expect(score.pagesFound).toBe(score.pages);
  expect(score.titlesRight).toBeGreaterThanOrEqual(FLOORS.titlesRight);
  expect(score.publishersRight).toBeGreaterThanOrEqual(FLOORS.publishersRight);
  expect(score.leaks).toBeLessThanOrEqual(FLOORS.maxLeaks);
  expect(score.bodyLost).toBeLessThanOrEqual(FLOORS.maxBodyLost);
  expect(score.datesRight).toBeGreaterThanOrEqual(FLOORS.datesRight);
  expect(score.datesWrong).toBeLessThanOrEqual(FLOORS.maxDatesWrong);
  expect(score.peopleP).toBeGreaterThanOrEqual(FLOORS.peopleP);
  expect(score.peopleR).toBeGreaterThanOrEqual(FLOORS.peopleR);
  expect(score.quotesP).toBeGreaterThanOrEqual(FLOORS.quotesP);
  expect(score.quotesR).toBeGreaterThanOrEqual(FLOORS.quotesR);
  expect(score.partialFound).toBeGreaterThanOrEqual(FLOORS.partialFound);
  expect(score.figuresFound).toBeGreaterThanOrEqual(FLOORS.figuresFound);
  expect(score.provenanceBad).toBeLessThanOrEqual(FLOORS.maxProvenanceBad);
}, 240_000);
