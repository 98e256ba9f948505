import type { Block, Cut } from '#src/data/contract.ts';

export type SourceSegment =
  | { kind: 'kept'; start: number; end: number }
  | { kind: 'cut'; start: number; end: number; reason: string }
  | { kind: 'other'; start: number; end: number; articleId: string; title: string }
  | { kind: 'unclaimed'; start: number; end: number };

type Claim = SourceSegment & { rank: number };

/**
 * Labels every character of a page for "view source": this article's blocks (kept), its cuts (with the reason),
 * regions that belong to other articles found on the same page, and what nobody claims. Where claims overlap,
 * kept beats another article, which beats a cut: the reader should see what the pipeline actually used.
 */
export function segmentSource(
  length: number,
  article: { blocks: readonly Block[]; cuts: readonly Cut[] },
  others: readonly { id: string; title: string; blocks: readonly Block[] }[],
): SourceSegment[] {
  const claims: Claim[] = [
    ...article.blocks.map((b): Claim => ({ kind: 'kept', start: b.start, end: b.end, rank: 3 })),
    ...others.flatMap((other) => other.blocks.map((b): Claim => ({ kind: 'other', start: b.start, end: b.end, articleId: other.id, title: other.title, rank: 2 }))),
    ...article.cuts.map((c): Claim => ({ kind: 'cut', start: c.start, end: c.end, reason: c.reason, rank: 1 })),
  ].filter((claim) => claim.start < claim.end && claim.start < length);

  const boundaries = [...new Set([0, length, ...claims.flatMap((c) => [c.start, Math.min(c.end, length)])])].sort((a, b) => a - b);
  const segments: SourceSegment[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    let best: Claim | undefined;
    for (const claim of claims) if (claim.start <= start && claim.end >= end && (!best || claim.rank > best.rank)) best = claim;
    const segment: SourceSegment = best ? { ...withoutRank(best), start, end } : { kind: 'unclaimed', start, end };
    const previous = segments[segments.length - 1];
    if (previous && sameLabel(previous, segment)) previous.end = end;
    else segments.push(segment);
  }
  return segments;
}

function withoutRank({ rank, ...segment }: Claim): SourceSegment {
  void rank;
  return segment;
}

function sameLabel(a: SourceSegment, b: SourceSegment): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'cut' && b.kind === 'cut') return a.reason === b.reason;
  if (a.kind === 'other' && b.kind === 'other') return a.articleId === b.articleId;
  // Adjacent kept blocks stay separate so each block's text is one span.
  return a.kind === 'unclaimed';
}
