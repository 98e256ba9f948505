import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary, IndexFile, PersonSummary } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { DateLabel } from '#src/components/date-label.tsx';
import { NotFound } from '#src/components/not-found.tsx';
import { PersonLink } from '#src/components/person-link.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { ShowMoreButton } from '#src/components/show-more-button.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useIncrementalList } from '#src/lib/use-incremental-list.ts';
import { formatDate } from '#src/lib/dates.ts';
import { coMentioned, descriptorsByPublisher } from './people-stats.ts';

const QUOTE_STEP = 30;
const ARTICLE_STEP = 20;

const QuotesOverTime = lazy(() => import('./quotes-over-time.tsx').then((module) => ({ default: module.QuotesOverTime })));

export function PersonPage() {
  const { personId = '' } = useParams();
  const indexQuery = useQuery(corpusQueries.index());
  return (
    <div className="page person-page">
      <QueryGate query={indexQuery} lines={12}>
        {(data) => {
          const person = data.people.find((p) => p.id === personId);
          if (!person) {
            return (
              <NotFound title="Person not found" backHref={paths.people.href()} backLabel="All people">
                <p>Nobody in this corpus has the id {`“${personId}”`}.</p>
              </NotFound>
            );
          }
          return <PersonView index={data} person={person} />;
        }}
      </QueryGate>
    </div>
  );
}

function PersonView({ index, person }: { index: IndexFile; person: PersonSummary }) {
  useDocumentTitle(person.name);
  const articlesById = useMemo(() => new Map(index.articles.map((article) => [article.id, article])), [index.articles]);
  const quotes = useMemo(
    () =>
      index.quotes
        .filter((quote) => quote.speakerId === person.id)
        .map((quote) => ({ quote, article: articlesById.get(quote.articleId) }))
        .sort((a, b) => (b.article?.publishedOn ?? '').localeCompare(a.article?.publishedOn ?? '')),
    [index.quotes, person.id, articlesById],
  );
  const mentions = index.articles.filter((article) => article.personIds.includes(person.id));
  const described = descriptorsByPublisher(person, articlesById);
  const alongside = coMentioned(person.id, index.articles);
  const nameOf = (id: string) => index.people.find((p) => p.id === id)?.name ?? id;
  const quoteDates = quotes.flatMap(({ article }) => (article?.publishedOn ? [article.publishedOn] : []));
  const otherNames = person.aliases.filter((alias) => alias !== person.name);
  const shownQuotes = useIncrementalList(quotes, QUOTE_STEP);

  return (
    <article className="person" aria-labelledby="person-name">
      <header className="person-header">
        <p className="eyebrow">
          <Link to={paths.people.href()}>People</Link>
        </p>
        <h1 id="person-name">{person.name}</h1>
        {otherNames.length > 0 && <p className="person-aliases">Also written as {otherNames.join(', ')}</p>}
        <p className="person-counts">
          {person.quoteCount} {person.quoteCount === 1 ? 'quote' : 'quotes'} in {person.articleCount} {person.articleCount === 1 ? 'article' : 'articles'} ·{' '}
          <Link to={paths.articles.href({ people: [person.id] })}>Filter articles by {person.name}</Link>
        </p>
      </header>

      <div className="person-grid">
        <section aria-labelledby="quotes-heading" className="person-quotes">
          <h2 id="quotes-heading">Quotes</h2>
          {quoteDates.length > 0 && (
            <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
              <QuotesOverTime name={person.name} dates={quoteDates} />
            </Suspense>
          )}
          {quotes.length === 0 ? (
            <p>No quotes attributed to {person.name} yet.</p>
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
                </li>
              ))}
            </ol>
          )}
          <ShowMoreButton remaining={shownQuotes.remaining} step={QUOTE_STEP} noun="quotes" onClick={shownQuotes.showMore} />
        </section>

        <aside className="person-side">
          <section aria-labelledby="described-heading">
            <h2 id="described-heading">Described as</h2>
            {described.length === 0 ? (
              <p>No outlet describes {person.name} with a title or role.</p>
            ) : (
              <dl className="described">
                {described.map(({ publisher, texts }) => (
                  <div key={publisher}>
                    <dt>{publisher}</dt>
                    <dd>{texts.join(' · ')}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
          <section aria-labelledby="alongside-heading">
            <h2 id="alongside-heading">Mentioned alongside</h2>
            {alongside.length === 0 ? (
              <p>Nobody else.</p>
            ) : (
              <ul className="chips">
                {alongside.map(({ id, count }) => (
                  <li key={id}>
                    <PersonLink id={id} name={nameOf(id)} count={count} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="articles-heading">
            <h2 id="articles-heading">Articles mentioning {person.name}</h2>
            <ArticleLinks articles={mentions} />
            {mentions.length > ARTICLE_STEP && (
              <p>
                <Link to={paths.articles.href({ people: [person.id] })}>All {mentions.length} articles in the list</Link>
              </p>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}

function ArticleLinks({ articles }: { articles: ArticleSummary[] }) {
  const shown = useIncrementalList(articles, ARTICLE_STEP);
  return (
    <>
      <ul className="link-list">
        {shown.visible.map((article) => (
          <li key={article.id}>
            <Link to={paths.article.href(article.id)}>{article.title}</Link>
            <span className="link-meta">
              {article.publisher ?? 'Unknown publisher'}
              {article.publishedOn && ` · ${formatDate(article.publishedOn)}`}
            </span>
          </li>
        ))}
      </ul>
      <ShowMoreButton remaining={shown.remaining} step={ARTICLE_STEP} noun="articles" onClick={shown.showMore} />
    </>
  );
}
