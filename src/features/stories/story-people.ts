import type { ArticleSummary, PersonFile, Story } from '#src/data/app-files.ts';
import { foldDescription } from '#src/lib/fold-description.ts';

/** Columns stay readable with a few people; the rest are one click away on their own pages. */
export const STORY_PEOPLE_SHOWN = 6;

/** The people the story is about: those its members share (the grouping's evidence) first, then those most of them mention. */
export function storyPeople(story: Story, members: readonly ArticleSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const article of members) for (const id of article.personIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const rest = [...counts]
    .filter(([id, count]) => count >= 2 && !story.personIds.includes(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  return [...story.personIds, ...rest];
}

/** How one article describes a person, near-duplicates folded ("Trump's special envoy" once), in the order written. */
export function describedIn(file: PersonFile | undefined, articleId: string): string[] {
  if (!file) return [];
  const seen = new Map<string, string>();
  for (const descriptor of file.descriptors) {
    if (descriptor.articleId !== articleId) continue;
    const key = foldDescription(descriptor.text);
    if (!seen.has(key)) seen.set(key, descriptor.text);
  }
  return [...seen.values()];
}
