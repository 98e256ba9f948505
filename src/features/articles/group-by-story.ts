import type { ArticleSummary, Story } from '#src/data/app-files.ts';

export type StoryRun = { story: Story; /** members that are in the list as filtered */ shown: number };

/**
 * The list with each story's articles together, the run standing where its first article stood in the
 * chosen order, and the members in that order within it. Articles in no story keep their place.
 * `runStarts` maps a position in the result to the story whose run starts there; `inRun` maps every position inside a run to its story.
 */
export function groupByStory(articles: readonly ArticleSummary[], stories: readonly Story[]): { articles: ArticleSummary[]; runStarts: Map<number, StoryRun>; inRun: Map<number, Story> } {
  const storyOf = new Map<string, Story>();
  for (const story of stories) for (const id of story.articleIds) storyOf.set(id, story);
  const members = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    const story = storyOf.get(article.id);
    if (!story) continue;
    const run = members.get(story.id);
    if (run) run.push(article);
    else members.set(story.id, [article]);
  }
  const grouped: ArticleSummary[] = [];
  const runStarts = new Map<number, StoryRun>();
  const inRun = new Map<number, Story>();
  const placed = new Set<string>();
  for (const article of articles) {
    const story = storyOf.get(article.id);
    if (!story) {
      grouped.push(article);
      continue;
    }
    if (placed.has(story.id)) continue;
    placed.add(story.id);
    const run = members.get(story.id)!;
    // A story is only a group when more than one of its articles is in view; one alone is just an article.
    if (run.length > 1) {
      runStarts.set(grouped.length, { story, shown: run.length });
      for (let position = grouped.length; position < grouped.length + run.length; position++) inRun.set(position, story);
    }
    grouped.push(...run);
  }
  return { articles: grouped, runStarts, inRun };
}
