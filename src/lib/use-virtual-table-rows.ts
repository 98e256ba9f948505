import { useRef } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useScrollMargin } from './use-scroll-margin.ts';

/**
 * The rows of a long <table> near the viewport, with the heights of the spacer rows that stand in for
 * those above and below: the table keeps its semantics (headers, row counts) while only a window of
 * rows is in the DOM. The page scrolls, as the article list does.
 */
export function useVirtualTableRows({ count, estimateSize, overscan, keyOf }: { count: number; estimateSize: number; overscan: number; keyOf: (index: number) => string }) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useScrollMargin(bodyRef);
  const virtualizer = useWindowVirtualizer({ count, estimateSize: () => estimateSize, overscan, scrollMargin, getItemKey: (index) => (index < count ? keyOf(index) : index) });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;
  return { bodyRef, items, before, after, measureElement: virtualizer.measureElement };
}
