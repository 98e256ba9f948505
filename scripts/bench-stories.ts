/**
 * How long the story finder takes as a collection grows (docs/decisions/008-stories.md):
 *   npx tsx scripts/bench-stories.ts [articles=10000] [days=365]
 * Synthetic articles of 300 words drawn from a 20,000-word vocabulary with a Zipf-like skew, dated evenly
 * over `days`; with days=7 every pair is compared (the worst case).
 */
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/data/contract.ts';
import { findStories } from '../src/ingest/stories/find-stories.ts';

const count = Number(process.argv[2] ?? 10_000);
const days = Number(process.argv[3] ?? 365);
let seed = 7;
const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);
const vocabulary = Array.from({ length: 20_000 }, (_, index) => `w${index.toString(36)}x`);
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;

const articles: Article[] = Array.from({ length: count }, (_, index) => {
  const text = Array.from({ length: 300 }, word).join(' ');
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((index / count) * days) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `a${index}`,
    sourceFile: `a${index}.txt`,
    parentId: null,
    title: Array.from({ length: 8 }, word).join(' '),
    titleDerived: false,
    titleBlock: null,
    publisher: null,
    url: null,
    publishedOn: day,
    dateBasis: '',
    dateSource: 'stated',
    blocks: [{ type: 'paragraph', text, start: 0, end: text.length }],
    cuts: [],
    personIds: [`p${Math.floor(random() * 200)}`, `p${Math.floor(random() * 200)}`],
  };
});

const started = performance.now();
const stories = findStories(articles);
const elapsed = performance.now() - started;
console.log(`stories: ${count} articles over ${days} days → ${stories.length} stories in ${(elapsed / 1000).toFixed(2)} s, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
