/**
 * Prints every pair of articles the story finder compares with their similarity, and the stories found,
 * for tuning MIN_SIMILARITY by eye on an ingest (docs/decisions/008-stories.md):
 *   npx tsx scripts/story-links.ts ../dev-out/corpus.json [minSimilarity]
 */
import { readFileSync } from 'node:fs';
import { corpusSchema } from '../src/data/contract.ts';
import { findStories, MIN_SIMILARITY, storyLinks } from '../src/ingest/stories/find-stories.ts';

const [corpusPath, threshold] = process.argv.slice(2);
if (!corpusPath) throw new Error('usage: tsx scripts/story-links.ts <corpus.json> [minSimilarity]');
const corpus = corpusSchema.parse(JSON.parse(readFileSync(corpusPath, 'utf8')));
const minSimilarity = threshold ? Number(threshold) : MIN_SIMILARITY;
const label = (id: string) => {
  const article = corpus.articles.find((entry) => entry.id === id)!;
  return `${article.publishedOn} ${(article.publisher ?? article.sourceFile).slice(0, 18).padEnd(18)} ${article.title.slice(0, 70)}`;
};
const { profiles, links } = storyLinks(corpus.articles, 0.1);
for (const { a, b, similarity } of [...links].sort((x, y) => y.similarity - x.similarity)) {
  console.log(`${similarity.toFixed(3)} ${similarity >= minSimilarity ? 'LINK' : '    '}  ${label(profiles[a]!.article.id)}\n                 ${label(profiles[b]!.article.id)}`);
}
const stories = findStories(corpus.articles, minSimilarity);
console.log(`\n${stories.length} stories at ${minSimilarity} (${stories.reduce((sum, story) => sum + story.articleIds.length, 0)} of ${profiles.length} dated articles):`);
for (const story of stories) {
  console.log(`\n${story.from}…${story.to} ${story.title}\n  shared: ${story.terms.join(', ')} | ${story.personIds.join(', ')}`);
  for (const id of story.articleIds) console.log(`  ${label(id)}`);
}
