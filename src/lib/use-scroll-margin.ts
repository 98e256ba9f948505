import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How far below the top of the page an element starts, kept up to date: a window virtualizer needs it to
 * map window scroll to rows, and it moves whenever anything above changes size (notices, filters
 * unfolding on a phone).
 */
export function useScrollMargin(ref: RefObject<Element | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setMargin(Math.round((ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return margin;
}
