import { expect, test } from 'vitest';
import { segmentSource } from './source-segments.ts';

const block = (start: number, end: number) => ({ type: 'paragraph' as const, text: '', start, end });

test('labels kept blocks, cuts, other articles and the rest', () => {
  const segments = segmentSource(
    50,
    { blocks: [block(0, 10), block(11, 20)], cuts: [{ start: 20, end: 40, reason: 'site chrome' }] },
    [{ id: 'other', title: 'Other', blocks: [block(30, 45)] }],
  );
  expect(segments.map((s) => [s.kind, s.start, s.end])).toEqual([
    ['kept', 0, 10],
    ['unclaimed', 10, 11],
    ['kept', 11, 20],
    ['cut', 20, 30],
    ['other', 30, 45],
    ['unclaimed', 45, 50],
  ]);
});

test('covers the whole text exactly once', () => {
  const segments = segmentSource(30, { blocks: [block(5, 12)], cuts: [{ start: 0, end: 30, reason: 'x' }] }, []);
  expect(segments[0]?.start).toBe(0);
  expect(segments[segments.length - 1]?.end).toBe(30);
  segments.slice(1).forEach((segment, i) => expect(segment.start).toBe(segments[i]?.end));
});
