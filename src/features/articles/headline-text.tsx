import type { ArticleFile, ArticleSummary, IndexFile } from '#src/data/app-files.ts';
import type { Quote } from '#src/data/contract.ts';
import { splitBlockByQuotes } from './block-parts.ts';
import { renderBlockParts } from './quote-mark.tsx';

type Props = { index: IndexFile; summary: ArticleSummary; file: ArticleFile };

/**
 * The headline with the quotes of the title block marked, as the body marks its own blocks. The title is the
 * title block's text; should they ever differ, the plain title is shown rather than offsets into the wrong text.
 */
export function HeadlineText({ index, summary, file }: Props) {
  const { titleBlock, blocks } = file.article;
  const block = titleBlock === null ? undefined : blocks[titleBlock];
  const quotes = file.quotes.filter((quote) => quote.block === titleBlock);
  if (!block || block.text !== summary.title || quotes.length === 0) return <>{summary.title}</>;
  const speakerName = (quote: Quote) => (quote.speakerId ? (index.people.find((person) => person.id === quote.speakerId)?.name ?? quote.speakerId) : null);
  return <>{renderBlockParts(splitBlockByQuotes(block, quotes), speakerName)}</>;
}
