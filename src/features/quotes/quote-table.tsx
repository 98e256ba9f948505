import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { CiteButton } from '#src/components/cite-dialog.tsx';
import { DateLabel } from '#src/components/date-label.tsx';
import { citedArticleOf } from '#src/lib/cite.ts';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { useVirtualTableRows } from '#src/lib/use-virtual-table-rows.ts';
import { SpacerRow } from '#src/components/spacer-row.tsx';
import { SameWordsNote } from '#src/components/same-words-note.tsx';
import type { QuoteRow } from './filter-quotes.ts';

const KIND_TAGS = { direct: null, partial: 'fragment', indirect: 'reported speech' } as const;

/**
 * Only the rows near the viewport are in the DOM; the page scrolls, as the article list does. A real
 * <table> keeps its semantics (headers, row and column counts) with two spacer rows standing in for
 * the rows above and below the window.
 */
export function QuoteTable({ rows, articlesById }: { rows: readonly QuoteRow[]; articlesById: ReadonlyMap<string, ArticleSummary> }) {
  const { bodyRef, items, before, after, measureElement } = useVirtualTableRows({ count: rows.length, estimateSize: 96, overscan: 8, keyOf: (index) => rows[index]!.quote.id });
  const absolute = useAbsoluteLink();

  return (
    <table className="quote-table" aria-rowcount={rows.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Quote</th>
          <th scope="col">Speaker</th>
          <th scope="col">Article</th>
          <th scope="col">Same words elsewhere</th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        <SpacerRow height={before} columns={4} />
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const { quote, article } = row;
          const tag = KIND_TAGS[quote.kind];
          return (
            <tr key={item.key} ref={measureElement} data-index={item.index} aria-rowindex={item.index + 2}>
              <td className="quote-cell">
                <blockquote className={`quote-card quote-${quote.kind}`}>
                  <p>{quote.text}</p>
                </blockquote>
                {tag && <span className="tag">{tag}</span>}{' '}
                <Link to={paths.article.href(quote.articleId, quote.block)} aria-label={`In context: ${quote.text.slice(0, 60)}`}>
                  In context
                </Link>
                {article && (
                  <>
                    {' · '}
                    <CiteButton
                      className="link-button"
                      label={`Cite ${quote.kind === 'indirect' ? 'reported speech of' : 'quote by'} ${row.speakerName ?? 'an unnamed speaker'}: ${quote.text.slice(0, 40)}`}
                      article={citedArticleOf(article, absolute(paths.article.href(quote.articleId, quote.block)))}
                      quote={{ speaker: row.speakerName ?? 'Unnamed speaker', words: quote.text, kind: quote.kind }}
                    >
                      Cite
                    </CiteButton>
                  </>
                )}
              </td>
              <td>{quote.speakerId ? <Link to={paths.person.href(quote.speakerId)}>{row.speakerName}</Link> : <span className="muted">No speaker named</span>}</td>
              <td>
                <Link to={paths.article.href(quote.articleId)}>{article?.title ?? quote.articleId}</Link>
                {article && (
                  <p className="row-meta">
                    {article.publisher ?? 'Unknown publisher'} · <DateLabel publishedOn={article.publishedOn} dateBasis={article.dateBasis} dateSource={article.dateSource} />
                  </p>
                )}
              </td>
              <td>
                {row.alsoQuotedBy.length > 0 ? (
                  <SameWordsNote quote={quote} articlesById={articlesById} ownOutlet={article?.publisher ?? null} />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
        <SpacerRow height={after} columns={4} />
      </tbody>
    </table>
  );
}
