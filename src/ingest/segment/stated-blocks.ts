import type { Block, Cut, Problem } from '../../data/contract.ts';
import { MARKED_AS_CHROME } from '../../data/corrections.ts';
import type { DraftArticle } from '../segment-page.ts';
import { splitLines } from '../text-lines.ts';

/** What a reader said of a stretch of the page, named by the offset where it starts (docs/data-format.md). */
export type StatedBlockKind = 'chrome' | 'text';

export { MARKED_AS_CHROME };

/**
 * The reader's word on segmentation, from a sidecar's `blocks` (start offset → "chrome" or "text"), applied
 * to the page's own article before anything is read from it, so its quotes, figures and people follow:
 * - "chrome" on a block's start: the block becomes a cut with the reason MARKED_AS_CHROME;
 * - "text" on a cut's start: the cut becomes article text, a paragraph per non-empty line.
 * An offset where no block or cut starts is reported and ignored. Offsets name the source file, so the
 * marks hold on every rebuild of the same file.
 */
export function applyStatedBlocks(draft: DraftArticle, stated: Readonly<Record<string, StatedBlockKind>>, sourceText: string, sourceFile: string): { draft: DraftArticle; problems: Problem[] } {
  const problems: Problem[] = [];
  const asChrome = new Set<number>();
  const asText = new Set<number>();
  for (const [key, kind] of Object.entries(stated)) {
    const start = Number(key);
    if (kind === 'chrome' && draft.blocks.some((block) => block.start === start)) asChrome.add(start);
    else if (kind === 'text' && draft.cuts.some((cut) => cut.start === start)) asText.add(start);
    else
      problems.push({
        sourceFile,
        severity: 'warning',
        message: `${sourceFile}.meta.json marks offset ${key} as ${kind === 'chrome' ? 'not article text' : 'article text'}, but no ${kind === 'chrome' ? 'block' : 'cut'} of the page starts there; it was ignored.`,
      });
  }
  if (asChrome.size === 0 && asText.size === 0) return { draft, problems };

  const headline = draft.headlineBlock === null ? null : draft.blocks[draft.headlineBlock]!;
  const kept = draft.blocks.filter((block) => !asChrome.has(block.start));
  const restored = draft.cuts.filter((cut) => asText.has(cut.start)).flatMap((cut) => paragraphsIn(sourceText, cut));
  const blocks = [...kept, ...restored].sort((a, b) => a.start - b.start);
  const cuts: Cut[] = [
    ...draft.cuts.filter((cut) => !asText.has(cut.start)),
    ...draft.blocks.filter((block) => asChrome.has(block.start)).map((block) => ({ start: block.start, end: block.end, reason: MARKED_AS_CHROME })),
  ].sort((a, b) => a.start - b.start);
  const headlineBlock = headline && !asChrome.has(headline.start) ? blocks.indexOf(headline) : null;
  return { draft: { ...draft, blocks, cuts, headlineBlock }, problems };
}

/** The lines of a cut as paragraphs, each trimmed to its text so `source.slice(start, end) === text`. */
function paragraphsIn(sourceText: string, cut: Cut): Block[] {
  // splitLines already trims each line and drops empty ones, with offsets into the slice.
  return splitLines(sourceText.slice(cut.start, cut.end)).map((line) => ({ type: 'paragraph' as const, text: line.text, start: cut.start + line.start, end: cut.start + line.end }));
}
