import { useMemo, type ReactNode } from 'react';
import type { ArticleSummary, IndexFile } from '#src/data/app-files.ts';
import { groupByStory } from './group-by-story.ts';
import { StoryRunHeader } from './story-run-header.tsx';
import { VirtualArticleList } from './virtual-article-list.tsx';

type Props = { index: IndexFile; articles: readonly ArticleSummary[]; renderArticle: (article: ArticleSummary) => ReactNode };

/** The list with each story's articles together under the story's name (?group=story). */
export default function StoryGroupedList({ index, articles, renderArticle }: Props) {
  const grouped = useMemo(() => groupByStory(articles, index.stories), [articles, index.stories]);
  return (
    <VirtualArticleList
      articles={grouped.articles}
      renderRow={(article, position) => {
        const run = grouped.runStarts.get(position);
        return (
          <>
            {run && <StoryRunHeader run={run} index={index} />}
            <div className={grouped.inRun.has(position) ? 'in-story' : undefined}>{renderArticle(article)}</div>
          </>
        );
      }}
    />
  );
}
