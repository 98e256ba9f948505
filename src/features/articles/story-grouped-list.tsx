import { useMemo, type ReactNode } from 'react';
import type { ArticleSummary, IndexFile } from '#src/data/app-files.ts';
import { groupByStory } from './group-by-story.ts';
import { StoryRunHeader } from './story-run-header.tsx';
import { VirtualArticleList } from './virtual-article-list.tsx';

type Props = { index: IndexFile; articles: readonly ArticleSummary[]; renderArticle: (article: ArticleSummary) => ReactNode };

/** The list with each story's articles together under the story's name (?group=story). */
export default function StoryGroupedList({ index, articles, renderArticle }: Props) {
  const grouped = useMemo(() => groupByStory(articles, index.stories), [articles, index.stories]);
  const articlesById = useMemo(() => new Map(index.articles.map((article) => [article.id, article])), [index.articles]);
  return (
    <VirtualArticleList
      articles={grouped.articles}
      renderRow={(article, position) => {
        const run = grouped.runStarts.get(position);
        const story = grouped.inRun.get(position);
        return (
          <>
            {run && <StoryRunHeader run={run} articlesById={articlesById} />}
            <div className={story ? 'in-story' : undefined}>
              {/* The rule beside a story's rows is seen, not heard: say it. */}
              {story && <span className="visually-hidden">In the story “{story.title}”: </span>}
              {renderArticle(article)}
            </div>
          </>
        );
      }}
    />
  );
}
