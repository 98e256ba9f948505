import { lazy, Suspense, useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary, PersonFile, PersonSummary, QuoteEntry } from '#src/data/app-files.ts';
import { SameWordsNote } from '#src/components/same-words-note.tsx';
import { DateLabel } from '#src/components/date-label.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { ShowMoreButton } from '#src/components/show-more-button.tsx';
import { undatedQuotesNote } from './people-stats.ts';
import { useIncrementalList } from '#src/lib/use-incremental-list.ts';

const QUOTE_STEP = 30;

const QuotesOverTime = lazy(() => import('./quotes-over-time.tsx').then((module) => ({ default: module.QuotesOverTime })));

type Props = { person: PersonSummary; personQuery: UseQueryResult<PersonFile>; articlesById: ReadonlyMap<string, ArticleSummary> };

/** A person's quotes, newest first, with their chart over time; they come from the person's own file, not the index. */
export function PersonQuotes({ person, personQuery, articlesById }: Props) {
  return (
    <section aria-labelledby="quotes-heading" className="person-quotes">
      <h2 id="quotes-heading">Quotes</h2>
      <QueryGate query={personQuery} lines={Math.min(8, Math.max(2, person.quoteCount * 2))}>
        {(file) => <QuoteList name={person.name} quotes={file.quotes} articlesById={articlesById} />}
      </QueryGate>
    </section>
  );
}

function QuoteList({ name, quotes, articlesById }: { name: string; quotes: readonly QuoteEntry[]; articlesById: ReadonlyMap<string, ArticleSummary> }) {
  const sorted = useMemo(
    () =>
      quotes
        .map((quote) => ({ quote, article: articlesById.get(quote.articleId) }))
        .sort((a, b) => (b.article?.publishedOn ?? '').localeCompare(a.article?.publishedOn ?? '')),
    [quotes, articlesById],
  );
  const quoteDates = useMemo(() => sorted.flatMap(({ article }) => (article?.publishedOn ? [article.publishedOn] : [])), [sorted]);
  const shownQuotes = useIncrementalList(sorted, QUOTE_STEP);
  return (
    <>
      {quoteDates.length > 0 && (
        <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
          <QuotesOverTime name={name} dates={quoteDates} />
        </Suspense>
      )}
      {sorted.length > quoteDates.length && (
        // The chart can only place dated quotes; say how many it leaves out rather than let it look complete.
        <p className="chart-note">{undatedQuotesNote(sorted.length, quoteDates.length)}</p>
      )}
      {sorted.length === 0 ? (
        <p>No quotes attributed to {name} yet.</p>
      ) : (
        <ol className="quote-list">
          {shownQuotes.visible.map(({ quote, article }) => (
            <li key={quote.id}>
              <blockquote className={`quote-card quote-${quote.kind}`}>
                <p>{quote.text}</p>
              </blockquote>
              <p className="quote-source">
                {quote.kind === 'indirect' && <span className="tag">paraphrase</span>}{' '}
                <Link to={paths.article.href(quote.articleId, quote.block)}>{article?.title ?? quote.articleId}</Link>
                {article && (
                  <>
                    {' '}
                    · {article.publisher ?? 'Unknown publisher'} · <DateLabel publishedOn={article.publishedOn} dateBasis={article.dateBasis} dateSource={article.dateSource} />
                  </>
                )}
              </p>
              <SameWordsNote quote={quote} articlesById={articlesById} ownOutlet={article?.publisher ?? null} />
            </li>
          ))}
        </ol>
      )}
      <ShowMoreButton remaining={shownQuotes.remaining} step={QUOTE_STEP} noun="quotes" onClick={shownQuotes.showMore} />
    </>
  );
}
