import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import type { ArticleCorrection } from '#src/data/corrections.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { correctionSidecars, zipOf } from './export-corrections.ts';

const articlesById = new Map(fixtureIndex.articles.map((article) => [article.id, article]));
const page: ArticleCorrection = { articleId: 'guardian-putin-called', sourceFile: '003_guardian.txt', isPageArticle: true, setAt: 'now', url: { value: 'https://guardian.example/call', was: null } };
const embedded: ArticleCorrection = { articleId: 'rt-lavrov-ultimatums', sourceFile: '000_rt.txt', isPageArticle: false, setAt: 'now', publisher: { value: 'TASS', was: 'RT' } };

test('a page’s corrections become its sidecar, zipped under the name the CLI looks for', async () => {
  const { files, kept } = correctionSidecars([page, embedded], articlesById);
  expect(kept).toEqual([embedded]);
  const zipped = unzipSync(await zipOf(files));
  expect(Object.keys(zipped)).toEqual(['003_guardian.txt.meta.json']);
  // The stated date travels too: a rebuild from the sidecar must not lose what the page's metadata said.
  expect(JSON.parse(strFromU8(zipped['003_guardian.txt.meta.json']!))).toEqual({ publisher: 'The Guardian', url: 'https://guardian.example/call', publishedOn: '2025-06-25' });
});
