import { useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { hiddenBlockStarts } from '#src/data/corrections.ts';
import { HighlightedText } from '#src/components/highlighted-text.tsx';
import { OpeningPassage } from './article-row.tsx';
import { matchPassage } from './match-passage.ts';

/**
 * While searching, the row shows the passage that matched, not the opening. The passage needs the body,
 * which index.json does not carry: the row loads its article file (rows are virtualized, so only the rows
 * on screen load one, and the reader reuses it when the article is opened). Until it arrives, and when
 * only the headline matched, the opening stands in; the space is the same, so nothing shifts.
 */
export default function MatchedPassage({ article, terms }: { article: ArticleSummary; terms: readonly string[] }) {
  const { data } = useQuery(corpusQueries.article(article.id));
  const correction = useQuery(corpusQueries.corrections()).data?.get(article.id);
  const passage = data ? matchPassage(data.article.blocks, data.article.titleBlock, terms, hiddenBlockStarts(correction)) : null;
  if (!passage) return <OpeningPassage article={article} terms={terms} />;
  return (
    <p className="row-snippet row-passage">
      <span className="visually-hidden">Matched passage: </span>
      {passage.cutBefore && '… '}
      <HighlightedText text={passage.text} terms={terms} />
      {passage.cutAfter && ' …'}
    </p>
  );
}
