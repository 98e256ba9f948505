import { useRef, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { useScrollMargin } from '#src/lib/use-scroll-margin.ts';

type Props = { articles: readonly ArticleSummary[]; renderRow: (article: ArticleSummary, position: number) => ReactNode };

/**
 * The viewport assumed before the window is measured: in the build's prerendered HTML (src/app/prerender.tsx)
 * and in the browser's first drawing over it, so both hold the same rows, a screen's worth.
 */
const VIEWPORT_BEFORE_MEASURING = { width: 1280, height: 1000 };

/**
 * Only the rows near the viewport are in the DOM (the corpus is heading for 10,000 articles); the page itself
 * scrolls, so find-in-page and the scrollbar behave as on a normal page. Rows are measured, not assumed.
 * They stand in the page's flow, the rows above and below the window kept as padding: the prerendered
 * rows, laid out before any measuring, stand where the measured ones will.
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
    initialRect: VIEWPORT_BEFORE_MEASURING,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const above = first ? first.start - scrollMargin : 0;
  const below = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : virtualizer.getTotalSize();
  return (
    <ol ref={listRef} className="article-list" style={{ paddingTop: above, paddingBottom: below }}>
      {items.map((item) => {
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
          >
            {renderRow(article, item.index)}
          </li>
        );
      })}
    </ol>
  );
}
