import { describe, expect, test } from 'vitest';
import type { Article } from '../../data/contract.ts';
import { findStories, LINK_DAYS, SPAN_DAYS, storyLinks } from './find-stories.ts';

let serial = 0;
function article(publishedOn: string | null, title: string, body: string, personIds: string[] = []): Article {
  const id = `a${serial++}-${title.toLowerCase().replace(/\W+/g, '-').slice(0, 20)}`;
  return {
    id,
    sourceFile: `${id}.txt`,
    parentId: null,
    title,
    titleDerived: false,
    titleBlock: null,
    publisher: null,
    url: null,
    publishedOn,
    dateBasis: '',
    dateSource: publishedOn ? 'stated' : 'unknown',
    blocks: [{ type: 'paragraph', text: body, start: 0, end: body.length }],
    cuts: [],
    personIds,
  };
}

const summit = 'Leaders met at the Hague summit and agreed the alliance spending goal of five percent; Spain asked for an exemption.';
/** Unrelated pages that make the vocabulary of the war common, as a real collection does. */
const background = [
  article('2025-03-01', 'Grain exports resume', 'Ukraine shipped grain through the Black Sea corridor, the war notwithstanding.'),
  article('2025-03-02', 'Energy prices climb', 'Gas prices in Europe rose as the war cut pipeline flows to Ukraine.'),
  article('2025-04-10', 'Football final postponed', 'The cup final was postponed after floods hit the stadium.'),
];

describe('findStories', () => {
  test('groups pages about one event within days, with the words and people they share as evidence', () => {
    const first = article('2025-06-24', 'Rutte hails Hague summit deal', `${summit} The war in Ukraine was discussed.`, ['mark-rutte']);
    const second = article('2025-06-25', 'Alliance backs five percent spending goal', `At the Hague summit the spending goal passed; Spain objected. ${summit}`, ['mark-rutte']);
    const stories = findStories([...background, first, second]);
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ id: `story-${first.id}`, articleIds: [first.id, second.id], from: '2025-06-24', to: '2025-06-25', personIds: ['mark-rutte'] });
    expect(stories[0]!.terms).toEqual(expect.arrayContaining(['hague', 'spending']));
  });

  test('keeps apart pages of one day about different things', () => {
    const stories = findStories([
      ...background,
      article('2025-06-24', 'Hague summit agrees spending', summit),
      article('2025-06-24', 'Floods close the stadium again', 'The stadium closed after floods; the cup final moved to a later date.'),
    ]);
    expect(stories).toEqual([]);
  });

  test('needs a date: the same words weeks apart, or on an undated page, are no story', () => {
    expect(findStories([...background, article('2025-06-24', 'Hague summit', summit), article('2025-07-30', 'Hague summit recalled', summit)])).toEqual([]);
    expect(findStories([...background, article('2025-06-24', 'Hague summit', summit), article(null, 'Hague summit recalled', summit)])).toEqual([]);
  });

  test(`never stretches a story past ${SPAN_DAYS} days, however many pages link day to day`, () => {
    const days = ['2025-06-20', '2025-06-23', '2025-06-26', '2025-06-29', '2025-07-02'];
    const chain = days.map((day) => article(day, 'Hague summit spending', summit));
    const stories = findStories([...background, ...chain]);
    for (const story of stories) expect(Date.parse(story.to) - Date.parse(story.from)).toBeLessThanOrEqual(SPAN_DAYS * 86_400_000);
    // Linked day to day, the chain splits where a story would pass a week: 20–26 June, then 29 June – 2 July.
    expect(stories.map((story) => story.articleIds)).toEqual([chain.slice(0, 3).map((page) => page.id), chain.slice(3).map((page) => page.id)]);
  });

  test('names the story by the member most like the others, a real headline before a derived one', () => {
    const derived = { ...article('2025-06-24', 'Leaders met at the Hague summit…', summit), titleDerived: true };
    const real = article('2025-06-24', 'Hague summit sets spending goal', summit);
    const [story] = findStories([...background, derived, real]);
    expect(story!.title).toBe('Hague summit sets spending goal');
    expect(story!.leadArticleId).toBe(real.id);
  });

  test('the inverted index finds exactly the links that comparing every pair finds', () => {
    const words = ['summit', 'hague', 'spending', 'alaska', 'tariff', 'grain', 'drone', 'ceasefire', 'envoy', 'sanctions', 'prisoner', 'swap'];
    const pages = Array.from({ length: 40 }, (_, index) => {
      const body = words.filter((_, word) => (index * 7 + word * 3) % 5 < 2 + (index % 3)).join(' ');
      return article(`2025-06-${String(1 + (index % 20)).padStart(2, '0')}`, `Page ${index} ${words[index % words.length]}`, `${body} ${body}.`, index % 4 === 0 ? ['mark-rutte'] : []);
    });
    const { profiles, links } = storyLinks(pages, 0.1);
    const naive: string[] = [];
    for (let a = 0; a < profiles.length; a++)
      for (let b = a + 1; b < profiles.length; b++) {
        if (profiles[b]!.day - profiles[a]!.day > LINK_DAYS) continue;
        const shared = [...profiles[a]!.weights].filter(([feature]) => profiles[b]!.weights.has(feature));
        const similarity = shared.reduce((sum, [feature, weight]) => sum + weight * profiles[b]!.weights.get(feature)!, 0);
        if (similarity >= 0.1 && shared.length >= 3) naive.push(`${a}-${b}:${similarity.toFixed(9)}`);
      }
    expect(naive.length).toBeGreaterThan(10);
    expect(links.map(({ a, b, similarity }) => `${a}-${b}:${similarity.toFixed(9)}`).sort()).toEqual(naive.sort());
  });
});
