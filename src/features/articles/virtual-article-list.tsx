import { useRef, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { useScrollMargin } from '#src/lib/use-scroll-margin.ts';

type Props = { articles: readonly ArticleSummary[]; renderRow: (article: ArticleSummary, position: number) => ReactNode };

/**
 * Only the rows near the viewport are in the DOM (the corpus is heading for 10,000 articles); the page itself
 * scrolls, so find-in-page and the scrollbar behave as on a normal page. Rows are measured, not assumed.
 */
export function VirtualArticleList({ articles, renderRow }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useScrollMargin(listRef);
  const virtualizer = useWindowVirtualizer({
    count: articles.length,
    estimateSize: () => 170,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => articles[index]?.id ?? index,
  });
  return (
    <ol ref={listRef} className="article-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const article = articles[item.index];
        if (!article) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={articles.length}
            aria-posinset={item.index + 1}
            className="article-list-item"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {renderRow(article, item.index)}
          </li>
        );
      })}
    </ol>
  );
}
