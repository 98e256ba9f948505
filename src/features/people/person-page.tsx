import { useMemo } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary, IndexFile, PersonFile, PersonSummary } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { NotFound } from '#src/components/not-found.tsx';
import { PersonLink } from '#src/components/person-link.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { ShowMoreButton } from '#src/components/show-more-button.tsx';
import { Skeleton } from '#src/components/skeleton.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useIncrementalList } from '#src/lib/use-incremental-list.ts';
import { formatDate } from '#src/lib/dates.ts';
import { coMentioned, descriptorsByPublisher } from './people-stats.ts';
import { PersonQuotes } from './person-quotes.tsx';

const ARTICLE_STEP = 20;

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
  const mentions = index.articles.filter((article) => article.personIds.includes(person.id));
  // Requested only once the index knows the person, so an unknown id never asks for a missing file.
  const personQuery = useQuery(corpusQueries.person(person.id));
  const alongside = coMentioned(person.id, index.articles);
  const nameOf = (id: string) => index.people.find((p) => p.id === id)?.name ?? id;
  const otherNames = person.aliases.filter((alias) => alias !== person.name);

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
        <PersonQuotes person={person} personQuery={personQuery} articlesById={articlesById} />

        <aside className="person-side">
          <DescribedAs name={person.name} personQuery={personQuery} articlesById={articlesById} />
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

type DescribedAsProps = { name: string; personQuery: UseQueryResult<PersonFile>; articlesById: ReadonlyMap<string, ArticleSummary> };

/** How each outlet describes the person, from the person's file; a failed load is reported once, by the quotes. */
function DescribedAs({ name, personQuery, articlesById }: DescribedAsProps) {
  const described = personQuery.data ? descriptorsByPublisher(personQuery.data.descriptors, articlesById) : [];
  return (
    <section aria-labelledby="described-heading">
      <h2 id="described-heading">Described as</h2>
      {personQuery.isPending ? (
        <Skeleton lines={2} />
      ) : personQuery.isError ? (
        <p className="muted">The descriptions could not be loaded.</p>
      ) : described.length === 0 ? (
        <p>No outlet describes {name} with a title or role.</p>
      ) : (
        <dl className="described">
          {described.map(({ publisher, descriptions }) => (
            <div key={publisher}>
              <dt>{publisher}</dt>
              <dd>
                <ul className="descriptions">
                  {descriptions.map((description) => (
                    <li key={description.text}>
                      <Link to={paths.article.href(description.articleIds[0]!)}>{description.text}</Link>
                      {description.count > 1 && (
                        <span className="link-meta" title={`used ${description.count} times in ${description.articleIds.length} ${description.articleIds.length === 1 ? 'article' : 'articles'}`}>
                          {' '}
                          ×{description.count}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
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
