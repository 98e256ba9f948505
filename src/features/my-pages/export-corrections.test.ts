import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import type { ArticleCorrection } from '#src/data/corrections.ts';
import { fixtureIndex } from '#src/testing/fixture-corpus.ts';
import { buildCorpus } from '#src/ingest/build-corpus.ts';
import { correctionSidecars, seedsFolder, zipOf } from './export-corrections.ts';

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

test('my pages leave as a seeds folder the CLI rebuilds the same: pages, sidecars with corrections laid over, the story file', async () => {
  const text = 'Harbour reopens after the storm\nThe harbour of Porto Seco reopened on Monday after three weeks of repairs, the city said.';
  const bytes = new TextEncoder().encode(text);
  const mine = { ...fixtureIndex.articles[0]!, id: '~mine-harbour', sourceFile: 'harbour.txt', publisher: null, url: 'https://herald.example/harbour' };
  const corrected: ArticleCorrection = { articleId: mine.id, sourceFile: 'harbour.txt', isPageArticle: true, setAt: 'now', publisher: { value: 'Coast Herald', was: null } };
  const folder = seedsFolder(
    [{ sourceFile: 'harbour.txt', bytes, sidecarText: JSON.stringify({ url: 'https://herald.example/harbour' }) }, { sourceFile: 'plain.txt', bytes }],
    [corrected, page],
    new Map([...articlesById, [mine.id, mine]]),
    { fileName: 'readout.story.json', text: '{"people":[]}' },
  );
  expect(Object.keys(folder).sort()).toEqual(['003_guardian.txt.meta.json', 'harbour.txt', 'harbour.txt.meta.json', 'plain.txt', 'readout.story.json']);
  const zipped = unzipSync(await zipOf(folder));
  const sidecarText = strFromU8(zipped['harbour.txt.meta.json']!);
  expect(JSON.parse(sidecarText)).toEqual({ url: 'https://herald.example/harbour', publisher: 'Coast Herald' });
  // The round trip: the terminal's pipeline reads the exported page and sidecar as the browser showed them.
  const [article] = buildCorpus([{ sourceFile: 'harbour.txt', bytes: zipped['harbour.txt']!, sidecarText }]).corpus.articles;
  expect(article).toMatchObject({ publisher: 'Coast Herald', url: 'https://herald.example/harbour' });
});
