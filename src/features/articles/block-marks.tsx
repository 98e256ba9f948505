import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleFile, ArticleSummary } from '#src/data/app-files.ts';
import type { Block, Cut } from '#src/data/contract.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { withBlockMark, type ArticleCorrection, type BlockMark } from '#src/data/corrections.ts';
import { saveCorrection } from '#src/data/library-store.ts';
import { excerptOf } from '#src/lib/excerpt.ts';

/** Saves a mark (or removes the one at `start`) and has every view read the corrected corpus again. */
function useSaveMark(summary: ArticleSummary) {
  const correctionsQuery = useQuery(corpusQueries.corrections());
  const queryClient = useQueryClient();
  return async (start: number, mark: BlockMark | null) => {
    const base: ArticleCorrection = correctionsQuery.data?.get(summary.id) ?? { articleId: summary.id, sourceFile: summary.sourceFile, isPageArticle: summary.parentId === null, setAt: '' };
    await saveCorrection(withBlockMark(base, start, mark, new Date().toISOString()));
    await queryClient.resetQueries({ queryKey: ['corpus'] });
  };
}

type BlockProps = { summary: ArticleSummary; file: ArticleFile; block: Block; label: string };

/** A block button: this is not article text (a caption, a menu line, a teaser). Its quotes and figures leave with it. */
export function MarkNotText({ summary, file, block, label }: BlockProps) {
  const save = useSaveMark(summary);
  const correction = useQuery(corpusQueries.corrections()).data?.get(summary.id);
  const held = file.quotes.filter((quote) => quote.start >= block.start && quote.end <= block.end);
  // The count as built: the summary shown has this article's earlier marks taken off already.
  const alreadyOff = Object.values(correction?.blocks ?? {}).reduce((sum, mark) => sum + (mark.kind === 'chrome' ? mark.quotes.length : 0), 0);
  const mark: BlockMark = {
    kind: 'chrome',
    start: block.start,
    end: block.end,
    text: block.text,
    quotes: held.map((quote) => ({ id: quote.id, speakerId: quote.speakerId })),
    builtQuoteCount: summary.quoteCount + alreadyOff,
  };
  return (
    <button type="button" className="icon-button" aria-label={`Mark ${label} as not article text`} title={`Mark ${label} as not article text`} onClick={() => void save(block.start, mark)}>
      <span aria-hidden="true">⊘</span>
    </button>
  );
}

/** Undoes a mark: the block is article text again, or the restored text is cut again. */
export function UndoMark({ summary, start, label, name }: { summary: ArticleSummary; start: number; label: string; name: string }) {
  const save = useSaveMark(summary);
  return (
    <button type="button" className="button button-quiet button-small" aria-label={name} onClick={() => void save(start, null)}>
      {label}
    </button>
  );
}

/** In "view source": this cut is article text after all. */
export function KeepCut({ summary, cut, text }: { summary: ArticleSummary; cut: Cut; text: string }) {
  const save = useSaveMark(summary);
  return (
    <button
      type="button"
      className="button button-quiet button-small keep-cut"
      aria-label={`Keep as article text: “${excerptOf(text)}”`}
      onClick={() => void save(cut.start, { kind: 'text', start: cut.start, end: cut.end, text, quotes: [] })}
    >
      Keep as article text
    </button>
  );
}

