import { eng as ENGLISH_STOPWORDS } from 'stopword';
import type { Story } from '../../data/app-files.ts';
import type { Article } from '../../data/contract.ts';

/**
 * Articles about the same event, grouped into stories (docs/decisions/008-stories.md).
 *
 * Two articles are linked when both are dated, at most LINK_DAYS apart, and their term profiles are alike:
 * each article is a vector of its most distinctive words and people (tf-idf over this corpus, the
 * TOP_FEATURES heaviest, words no other article has left out since they cannot be shared), compared by
 * cosine, sharing at least MIN_SHARED_FEATURES of them. Links are taken strongest first into groups (as Kruskal takes edges), and a link that would
 * stretch a group past SPAN_DAYS is refused, so "Alaska" on Friday and "Alaska" a month later stay apart
 * however many pages sit between them. Undated articles are in no story: "within a few days" needs a day.
 */
export const LINK_DAYS = 3;
export const SPAN_DAYS = 7;
/** Set by reading every compared pair of the seeds and dev pages (ADR 008 lists them): the strongest wrong pair scored 0.18. */
export const MIN_SIMILARITY = 0.2;
const TOP_FEATURES = 40;
/** One shared rare word is a coincidence, however rare: a short page with few words would otherwise match on it alone. */
const MIN_SHARED_FEATURES = 3;
/** People count a little more than a word: who is in the article is what a story is about. */
const PERSON_WEIGHT = 1.5;
/** Shared terms shown as the evidence for a story. */
const EVIDENCE_TERMS = 6;
const MIN_WORD_LENGTH = 3;

/**
 * Beside the stop words: the calendar's words, which the day window already weighs ("Tuesday" is no
 * event), and the speech verbs every report is written with.
 */
const CALENDAR_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'week', 'weekend'];
const REPORTING_WORDS = ['said', 'says', 'told', 'added', 'according', 'reported', 'noted', 'stated'];
const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...CALENDAR_WORDS, ...REPORTING_WORDS]);
const PERSON_PREFIX = 'person:';

export type Profile = { article: Article; day: number; weights: Map<string, number> };

export function findStories(articles: readonly Article[], minSimilarity = MIN_SIMILARITY): Story[] {
  const { profiles, links } = storyLinks(articles, minSimilarity);
  const groups = groupByStrongestLinks(profiles, links);
  return groups.map((members) => storyOf(members, profiles, links)).sort((a, b) => compareText(a.from, b.from) || compareText(a.id, b.id));
}

/** The dated articles as profiles sorted by day, and every link at or above the similarity: exported for tuning (scripts/story-links.ts). */
export function storyLinks(articles: readonly Article[], minSimilarity: number): { profiles: Profile[]; links: Link[] } {
  const dated = articles.filter((article) => article.publishedOn !== null);
  const counts = dated.map(featureCounts);
  const documentFrequency = new Map<string, number>();
  for (const features of counts) for (const feature of features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);

  const profiles: Profile[] = dated.map((article, index) => ({
    article,
    day: dayNumber(article.publishedOn!),
    weights: weightsOf(counts[index]!, documentFrequency, dated.length),
  }));
  profiles.sort((a, b) => a.day - b.day || compareText(a.article.id, b.article.id));
  return { profiles, links: linksWithinDays(profiles, minSimilarity) };
}

/** How often each word (lowercase, unaccented, not a stop word) and each person occurs; the headline counts twice. */
function featureCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, times: number) => {
    for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + times);
  };
  add(article.title, 2);
  article.blocks.forEach((block, index) => {
    if (index !== article.titleBlock) add(block.text, 1);
  });
  for (const personId of article.personIds) counts.set(`${PERSON_PREFIX}${personId}`, 1);
  return counts;
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "don't" and "we're" are function words; "Russia's" is Russia.
    .replace(/\p{L}+n['’]t\b/gu, ' ')
    .replace(/['’](?:s|re|ve|ll|d|m)\b/gu, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word));
}

/** Sub-linear tf times idf, the TOP_FEATURES heaviest kept, scaled to unit length so a dot product is the cosine. */
function weightsOf(counts: Map<string, number>, documentFrequency: Map<string, number>, total: number): Map<string, number> {
  const weighted: [string, number][] = [];
  for (const [feature, count] of counts) {
    const df = documentFrequency.get(feature)!;
    if (df < 2) continue;
    const idf = Math.log(total / df);
    if (idf <= 0) continue;
    const weight = (1 + Math.log(count)) * idf * (feature.startsWith(PERSON_PREFIX) ? PERSON_WEIGHT : 1);
    weighted.push([feature, weight]);
  }
  weighted.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const top = weighted.slice(0, TOP_FEATURES);
  const length = Math.hypot(...top.map(([, weight]) => weight));
  return new Map(length > 0 ? top.map(([feature, weight]) => [feature, weight / length]) : []);
}

export type Link = { a: number; b: number; similarity: number };

/**
 * Every pair at most LINK_DAYS apart and alike enough. Profiles are sorted by day, so each looks ahead only;
 * the dot products are summed through an inverted index of the features, so only pairs that share a feature
 * are ever touched (comparing every pair took 129 s for 10,000 articles in one week; see ADR 008).
 */
function linksWithinDays(profiles: readonly Profile[], minSimilarity: number): Link[] {
  const postings = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const feature of profile.weights.keys()) {
      const list = postings.get(feature);
      if (list) list.push(index);
      else postings.set(feature, [index]);
    }
  });
  const links: Link[] = [];
  const similarity = new Float64Array(profiles.length);
  const shared = new Uint16Array(profiles.length);
  for (let a = 0; a < profiles.length; a++) {
    const touched: number[] = [];
    const lastDay = profiles[a]!.day + LINK_DAYS;
    for (const [feature, weight] of profiles[a]!.weights) {
      const list = postings.get(feature)!;
      for (let position = firstAfter(list, a); position < list.length; position++) {
        const b = list[position]!;
        if (profiles[b]!.day > lastDay) break;
        if (shared[b] === 0) touched.push(b);
        shared[b]!++;
        similarity[b]! += weight * profiles[b]!.weights.get(feature)!;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      if (similarity[b]! >= minSimilarity && shared[b]! >= MIN_SHARED_FEATURES) links.push({ a, b, similarity: similarity[b]! });
      similarity[b] = 0;
      shared[b] = 0;
    }
  }
  return links;
}

/** The position of the first entry greater than `value` in an ascending list. */
function firstAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function groupByStrongestLinks(profiles: readonly Profile[], links: readonly Link[]): number[][] {
  const parent = profiles.map((_, index) => index);
  const first = profiles.map((profile) => profile.day);
  const last = profiles.map((profile) => profile.day);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const ordered = [...links].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const { a, b } of ordered) {
    const [rootA, rootB] = [root(a), root(b)];
    if (rootA === rootB) continue;
    const from = Math.min(first[rootA]!, first[rootB]!);
    const to = Math.max(last[rootA]!, last[rootB]!);
    if (to - from > SPAN_DAYS) continue;
    parent[rootB] = rootA;
    first[rootA] = from;
    last[rootA] = to;
  }
  const groups = new Map<number, number[]>();
  profiles.forEach((_, index) => {
    const group = groups.get(root(index));
    if (group) group.push(index);
    else groups.set(root(index), [index]);
  });
  return [...groups.values()].filter((members) => members.length >= 2);
}

/**
 * The story's facts: its headline is the member most alike to the others (a real headline before a derived one),
 * its id the earliest member's, so a story keeps its address while later pages join it.
 */
function storyOf(members: readonly number[], profiles: readonly Profile[], links: readonly Link[]): Story {
  const inStory = new Set(members);
  const closeness = new Map<number, number>(members.map((member) => [member, 0]));
  for (const { a, b, similarity } of links) {
    if (!inStory.has(a) || !inStory.has(b)) continue;
    closeness.set(a, closeness.get(a)! + similarity);
    closeness.set(b, closeness.get(b)! + similarity);
  }
  const articles = members.map((member) => profiles[member]!.article);
  const lead = [...members].sort(
    (x, y) =>
      Number(profiles[x]!.article.titleDerived) - Number(profiles[y]!.article.titleDerived) || closeness.get(y)! - closeness.get(x)! || x - y,
  )[0]!;
  const shared = new Map<string, number>();
  for (const member of members) for (const [feature, weight] of profiles[member]!.weights) shared.set(feature, (shared.get(feature) ?? 0) + weight);
  const sharedBy = (feature: string) => members.filter((member) => profiles[member]!.weights.has(feature)).length;
  const evidence = [...shared].filter(([feature]) => sharedBy(feature) >= 2).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return {
    id: `story-${articles[0]!.id}`,
    title: profiles[lead]!.article.title,
    leadArticleId: profiles[lead]!.article.id,
    articleIds: articles.map((article) => article.id),
    from: articles[0]!.publishedOn!,
    to: articles.at(-1)!.publishedOn!,
    personIds: evidence.filter(([feature]) => feature.startsWith(PERSON_PREFIX)).map(([feature]) => feature.slice(PERSON_PREFIX.length)),
    terms: evidence
      .filter(([feature]) => !feature.startsWith(PERSON_PREFIX))
      .slice(0, EVIDENCE_TERMS)
      .map(([feature]) => feature),
  };
}

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
