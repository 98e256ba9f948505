import { lazy, Suspense, useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleFile, ArticleSummary, IndexFile } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { QueryGate } from '#src/components/query-gate.tsx';
import { ShowMoreButton } from '#src/components/show-more-button.tsx';
import { excerptOf } from '#src/lib/excerpt.ts';
import { useIncrementalList } from '#src/lib/use-incremental-list.ts';
import { hiddenBlockStarts, MARKED_AS_CHROME as MARKED_BY_YOU } from '#src/data/corrections.ts';
import { segmentSource, type SourceSegment } from './source-segments.ts';

const KeepCut = lazy(() => import('./block-marks.tsx').then((module) => ({ default: module.KeepCut })));
const UndoMark = lazy(() => import('./block-marks.tsx').then((module) => ({ default: module.UndoMark })));


type Props = { index: IndexFile; summary: ArticleSummary; file: ArticleFile };

const SEGMENT_STEP = 1_000;

/** The raw page as the pipeline saw it: what it kept, what it cut and why, and what belongs to other articles. */
export function SourceView({ index, summary, file }: Props) {
  const source = useQuery(corpusQueries.source(summary.sourceKey));
  const siblings = index.articles.filter((other) => other.sourceKey === summary.sourceKey && other.id !== summary.id);
  // combine's result is structurally shared, so it stays the same object until a sibling's data changes.
  const others = useQueries({
    queries: siblings.map((sibling) => corpusQueries.article(sibling.id)),
    combine: (results) => results.flatMap((query) => (query.data ? [{ id: query.data.article.id, title: query.data.article.title, blocks: query.data.article.blocks }] : [])),
  });

  return (
    <section className="source-view" aria-labelledby="source-title">
      <h2 id="source-title">
        Source: <code>{file.article.sourceFile}</code>
      </h2>
      <ul className="source-legend" aria-label="Legend">
        <li>
          <span className="legend-kept">Plain text</span> was kept
        </li>
        <li>
          <del className="source-cut">Struck-through text</del> was removed, with the reason
        </li>
        <li>
          <span className="source-other">Shaded text</span> belongs to another article on the same page
        </li>
        <li>
          <span className="source-unclaimed">Grey text</span> is in no article (bylines, ages, blank lines)
        </li>
      </ul>
      <QueryGate query={source} lines={12}>
        {(data) => <SourceText text={data.text} summary={summary} file={file} others={others} />}
      </QueryGate>
    </section>
  );
}

type TextProps = { text: string; summary: ArticleSummary; file: ArticleFile; others: { id: string; title: string; blocks: ArticleFile['article']['blocks'] }[] };

function SourceText({ text, summary, file, others }: TextProps) {
  const correction = useQuery(corpusQueries.corrections()).data?.get(file.article.id);
  // Blocks the reader marked as not article text show as cuts here, with who cut them.
  const seen = useMemo(() => {
    const hidden = hiddenBlockStarts(correction);
    if (hidden.size === 0) return file.article;
    const marked = file.article.blocks.filter((block) => hidden.has(block.start));
    return {
      blocks: file.article.blocks.filter((block) => !hidden.has(block.start)),
      cuts: [...file.article.cuts, ...marked.map((block) => ({ start: block.start, end: block.end, reason: MARKED_BY_YOU }))],
    };
  }, [correction, file.article]);
  const cutStarts = useMemo(() => new Map(seen.cuts.map((cut) => [cut.start, cut])), [seen.cuts]);
  const markedHere = hiddenBlockStarts(correction);
  const segments = useMemo(() => labelRegionStarts(segmentSource(text.length, seen, others)), [text, seen, others]);
  // A page of thousands of cut lines would be hundreds of thousands of DOM nodes and freeze the tab
  // (issue 6, point 8): draw the regions a step at a time.
  const shown = useIncrementalList(segments, SEGMENT_STEP);
  return (
    <>
    <pre className="source-text" tabIndex={0} aria-label="Source text">
      {shown.visible.map(({ segment, continuesOther }) => {
        const slice = text.slice(segment.start, segment.end);
        switch (segment.kind) {
          case 'kept':
            return <span key={segment.start}>{slice}</span>;
          case 'cut': {
            const cut = cutStarts.get(segment.start);
            return (
              <span key={segment.start} className="source-cut-region">
                <span className="cut-reason">removed: {segment.reason}</span>
                {cut && (
                  <Suspense fallback={null}>
                    {/* Undo only a mark made here; a cut the CLI made from a sidecar has no mark to undo. */}
                    {cut.reason === MARKED_BY_YOU && markedHere.has(cut.start) ? (
                      <UndoMark summary={summary} start={cut.start} label="It is article text" name={`It is article text: “${excerptOf(text.slice(cut.start, cut.end))}”`} />
                    ) : (
                      <KeepCut summary={summary} cut={cut} text={text.slice(cut.start, cut.end)} />
                    )}
                  </Suspense>
                )}
                <del className="source-cut">{slice}</del>
              </span>
            );
          }
          case 'other':
            return (
              <span key={segment.start} className="source-other">
                {!continuesOther && (
                  <Link className="other-label" to={paths.article.href(segment.articleId)}>
                    another article: {segment.title}
                  </Link>
                )}
                {slice}
              </span>
            );
          default:
            return (
              <span key={segment.start} className="source-unclaimed">
                {slice}
              </span>
            );
        }
      })}
    </pre>
    <ShowMoreButton remaining={shown.remaining} step={SEGMENT_STEP} noun="regions of the source" onClick={shown.showMore} />
    </>
  );
}

/** Marks each of another article's segments that continues its region, so the article is named once where it starts. */
function labelRegionStarts(segments: SourceSegment[]): { segment: SourceSegment; continuesOther: boolean }[] {
  let previousOther: string | null = null;
  return segments.map((segment) => {
    const continuesOther = segment.kind === 'other' && segment.articleId === previousOther;
    if (segment.kind !== 'unclaimed') previousOther = segment.kind === 'other' ? segment.articleId : null;
    return { segment, continuesOther };
  });
}
