import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { countOutlets } from '#src/data/outlets.ts';
import { formatDateRange } from '#src/lib/dates.ts';
import type { StoryRun } from './group-by-story.ts';

/** Above the first article of a story in the grouped list: what the story is and where to compare its outlets. */
export function StoryRunHeader({ run, articlesById }: { run: StoryRun; articlesById: ReadonlyMap<string, ArticleSummary> }) {
  const { story, shown } = run;
  const total = story.articleIds.length;
  const outlets = countOutlets(story.articleIds.flatMap((id) => articlesById.get(id) ?? []));
  return (
    <p className="story-run-header">
      <Link to={paths.story.href(story.id)} className="story-run-title">
        <span className="eyebrow">Story:</span> {story.title}
      </Link>
      <span className="story-run-meta">
        {shown < total ? `${shown} of ${total} articles here` : `${total} articles`} · {outlets} {outlets === 1 ? 'outlet' : 'outlets'} · {formatDateRange(story.from, story.to)}
      </span>
    </p>
  );
}
