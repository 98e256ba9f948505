import type { Block } from '../data/contract.ts';

/** Paragraph blocks laid end to end as one source, one per line, for stage tests. */
export function blocksOf(...paragraphs: string[]): { source: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let offset = 0;
  for (const text of paragraphs) {
    blocks.push({ type: 'paragraph', text, start: offset, end: offset + text.length });
    offset += text.length + 1;
  }
  return { source: paragraphs.join('\n'), blocks };
}
