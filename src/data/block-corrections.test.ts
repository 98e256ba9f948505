import { expect, test } from 'vitest';
import { fixtureArticleFile, fixtureIndex, fixturePersonFile, fixtureQuotesFile } from '#src/testing/fixture-corpus.ts';
import { fixtureDatasetsFile } from '#src/testing/fixture-corpus.ts';
import { correctArticleFile, correctDatasets, correctIndex, correctPersonFile, correctQuotes, hasCorrections, hiddenBlockStarts, sidecarOf, withBlockMark, type ArticleCorrection, type BlockMark } from './corrections.ts';

const file = fixtureArticleFile('rt-deal-with-russia')!;
const quoteBlock = file.article.blocks[file.quotes[0]!.block]!;
const figureBlock = file.article.blocks[file.figures[0]!.block]!;
const cut = file.article.cuts[0]!;
const base: ArticleCorrection = { articleId: file.article.id, sourceFile: file.article.sourceFile, isPageArticle: true, setAt: 'now' };

function chrome(block: typeof quoteBlock): BlockMark {
  // As the reader's button picks them: by offset inside the block.
  const held = file.quotes.filter((quote) => quote.start >= block.start && quote.end <= block.end);
  const builtQuoteCount = fixtureIndex.articles.find((article) => article.id === file.article.id)!.quoteCount;
  return { kind: 'chrome', start: block.start, end: block.end, text: block.text, quotes: held.map((quote) => ({ id: quote.id, speakerId: quote.speakerId })), builtQuoteCount };
}

test('a block marked as not article text keeps its place, and its quotes and figures leave every list, counts following', () => {
  const correction = withBlockMark(withBlockMark(base, quoteBlock.start, chrome(quoteBlock), 'now'), figureBlock.start, chrome(figureBlock), 'now');
  const corrected = correctArticleFile(file, correction);
  // Indexes stay: #bN links and every other quote's block still point where they did.
  expect(corrected.article.blocks).toEqual(file.article.blocks);
  expect(hiddenBlockStarts(correction)).toEqual(new Set([quoteBlock.start, figureBlock.start]));
  const hiddenIds = chrome(quoteBlock).quotes.map((quote) => quote.id);
  expect(hiddenIds.length).toBeGreaterThan(0);
  const corrections = new Map([[correction.articleId, correction]]);
  const lists = [
    corrected.quotes.map((quote) => quote.id),
    correctQuotes(fixtureQuotesFile.quotes, corrections).map((quote) => quote.id),
    correctPersonFile(fixturePersonFile('donald-trump')!, corrections).quotes.map((quote) => quote.id),
  ];
  for (const ids of lists) for (const id of hiddenIds) expect(ids).not.toContain(id);
  expect(corrected.figures).toEqual([]);
  const charts = correctDatasets(fixtureDatasetsFile, corrections);
  expect(charts.figures.filter((figure) => figure.articleId === file.article.id)).toEqual([]);
  for (const dataset of charts.datasets.filter((entry) => entry.articleId === file.article.id))
    for (const point of dataset.points) expect(point.start < figureBlock.start || point.start >= figureBlock.end).toBe(true);
  const index = correctIndex(fixtureIndex, corrections);
  const summary = (entries: typeof fixtureIndex) => entries.articles.find((article) => article.id === file.article.id)!;
  expect(summary(index).quoteCount).toBe(summary(fixtureIndex).quoteCount - hiddenIds.length);
  const trump = (entries: typeof fixtureIndex) => entries.people.find((person) => person.id === 'donald-trump')!.quoteCount;
  expect(trump(index)).toBe(trump(fixtureIndex) - hiddenIds.length);
});

test('counts stop following a mark once a rebuild has taken its quotes out already', () => {
  const correction = withBlockMark(base, quoteBlock.start, chrome(quoteBlock), 'now');
  const held = chrome(quoteBlock).quotes.length;
  const rebuilt = { ...fixtureIndex, articles: fixtureIndex.articles.map((article) => (article.id === file.article.id ? { ...article, quoteCount: article.quoteCount - held } : article)) };
  const summary = correctIndex(rebuilt, new Map([[correction.articleId, correction]])).articles.find((article) => article.id === file.article.id)!;
  expect(summary.quoteCount).toBe(rebuilt.articles.find((article) => article.id === file.article.id)!.quoteCount);
});

test('a cut marked as article text joins the blocks with its exact offsets and leaves the cuts', () => {
  const mark: BlockMark = { kind: 'text', start: cut.start, end: cut.end, text: 'Try Our AI Features', quotes: [] };
  const corrected = correctArticleFile(file, withBlockMark(base, cut.start, mark, 'now'));
  expect(corrected.article.blocks.slice(0, file.article.blocks.length)).toEqual(file.article.blocks);
  expect(corrected.article.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'Try Our AI Features', start: cut.start, end: cut.end });
  expect(corrected.article.cuts).not.toContainEqual(cut);
  // Once a build has read the sidecar, the cut is gone from the file: nothing is restored twice.
  const rebuilt = { ...file, article: { ...file.article, cuts: file.article.cuts.filter((entry) => entry !== cut) } };
  expect(correctArticleFile(rebuilt, withBlockMark(base, cut.start, mark, 'now')).article.blocks).toHaveLength(file.article.blocks.length);
});

test('a story is named by its lead article’s corrected title', () => {
  const story = fixtureIndex.stories[0]!;
  const correction: ArticleCorrection = { articleId: story.leadArticleId, sourceFile: 'x.txt', isPageArticle: true, setAt: 'now', title: { value: 'A better headline', was: story.title } };
  expect(correctIndex(fixtureIndex, new Map([[correction.articleId, correction]])).stories[0]!.title).toBe('A better headline');
});

test('marks travel to the sidecar by offset, and removing the last one leaves nothing to correct', () => {
  const marked = withBlockMark(base, quoteBlock.start, chrome(quoteBlock), 'now');
  const both = withBlockMark(marked, cut.start, { kind: 'text', start: cut.start, end: cut.end, text: 'x', quotes: [] }, 'now');
  const summary = fixtureIndex.articles.find((article) => article.id === file.article.id)!;
  expect(sidecarOf(both, summary).blocks).toEqual({ [String(quoteBlock.start)]: 'chrome', [String(cut.start)]: 'text' });
  const undone = withBlockMark(withBlockMark(both, quoteBlock.start, null, 'later'), cut.start, null, 'later');
  expect(hasCorrections(undone)).toBe(false);
});

test('a removed date travels to the sidecar as null with its reason, so a rebuild keeps it removed', () => {
  const summary = fixtureIndex.articles.find((article) => article.id === file.article.id)!;
  const removed: ArticleCorrection = { ...base, publishedOn: { value: null, reason: 'the date is the archive’s', was: summary.publishedOn, wasBasis: summary.dateBasis, wasSource: summary.dateSource } };
  expect(sidecarOf(removed, summary)).toMatchObject({ publishedOn: null, dateNote: 'the date is the archive’s' });
});
