import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleFile, ArticleSummary, IndexFile, PersonFile, Story } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { countOutlets } from '#src/data/outlets.ts';
import { DateLabel } from '#src/components/date-label.tsx';
import { ErrorView } from '#src/components/error-view.tsx';
import { NotFound } from '#src/components/not-found.tsx';
import { PersonLink } from '#src/components/person-link.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { Skeleton } from '#src/components/skeleton.tsx';
import { formatDateRange } from '#src/lib/dates.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { describedIn, STORY_PEOPLE_SHOWN, storyPeople } from './story-people.ts';

export function StoryPage() {
  const { storyId = '' } = useParams();
  const indexQuery = useQuery(corpusQueries.index());
  return (
    <div className="page story-page">
      <QueryGate query={indexQuery} lines={12}>
        {(index) => {
          const story = index.stories.find((entry) => entry.id === storyId);
          if (!story)
            return (
              <NotFound title="Story not found" backHref={paths.articles.href({ group: 'story' })} backLabel="Articles grouped by story">
                <p>
                  No story has the id {`“${storyId}”`}. Stories are found again at every build, so one can split or merge when pages are added;
                  the list grouped by story shows the current ones.
                </p>
              </NotFound>
            );
          return <StoryView index={index} story={story} />;
        }}
      </QueryGate>
    </div>
  );
}

function StoryView({ index, story }: { index: IndexFile; story: Story }) {
  useDocumentTitle(story.title);
  const articlesById = useMemo(() => new Map(index.articles.map((article) => [article.id, article])), [index.articles]);
  const members = story.articleIds.map((id) => articlesById.get(id)).filter((article): article is ArticleSummary => article !== undefined);
  const names = useMemo(() => new Map(index.people.map((person) => [person.id, person.name])), [index.people]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const people = storyPeople(story, members).slice(0, STORY_PEOPLE_SHOWN);
  const outlets = countOutlets(members);

  // Every member's quotes, and the people's descriptors: a handful of small files, loaded together.
  const articleQueries = useQueries({ queries: members.map((article) => corpusQueries.article(article.id)) });
  const personQueries = useQueries({ queries: people.map((id) => corpusQueries.person(id)) });
  const failed = articleQueries.find((query) => query.isError) ?? personQueries.find((query) => query.isError);
  const personFiles = personQueries.map((query) => query.data).filter((file): file is PersonFile => file !== undefined);

  return (
    <article className="story" aria-labelledby="story-title">
      <header className="story-header">
        <p className="eyebrow">
          <Link to={paths.articles.href({ group: 'story' })}>Stories</Link>
        </p>
        <h1 id="story-title">{story.title}</h1>
        <p className="story-counts">
          {members.length} articles from {outlets} {outlets === 1 ? 'outlet' : 'outlets'} · {formatDateRange(story.from, story.to)}
        </p>
        <p className="story-basis">
          Grouped because they were published within days of each other and share
          {story.terms.length > 0 && (
            <>
              {' '}
              the words <span className="story-terms">{story.terms.join(', ')}</span>
            </>
          )}
          {story.terms.length > 0 && story.personIds.length > 0 && ' and'}
          {story.personIds.length > 0 && <> {story.personIds.length === 1 ? 'a person' : 'people'}: {story.personIds.map(nameOf).join(', ')}</>}. Found by
          the pipeline, not by an editor: an outlet's page can be in the wrong story.
        </p>
      </header>

      {failed && <ErrorView error={failed.error} onRetry={() => void failed.refetch()} title="Part of the story did not load" />}

      <section aria-labelledby="side-by-side-heading">
        <h2 id="side-by-side-heading">The outlets side by side</h2>
        <div className="story-columns">
          {members.map((article, position) => (
            <StoryColumn
              key={article.id}
              article={article}
              file={articleQueries[position]?.data}
              people={people}
              personFiles={personFiles}
              nameOf={nameOf}
            />
          ))}
        </div>
      </section>
    </article>
  );
}

type ColumnProps = {
  article: ArticleSummary;
  file: ArticleFile | undefined;
  people: readonly string[];
  personFiles: readonly PersonFile[];
  nameOf: (id: string) => string;
};

function StoryColumn({ article, file, people, personFiles, nameOf }: ColumnProps) {
  const headingId = `story-column-${article.id}`;
  const descriptions = people.map((personId) => ({ personId, texts: describedIn(personFiles.find((entry) => entry.personId === personId), article.id) }));
  const described = descriptions.filter((entry) => entry.texts.length > 0);
  return (
    <section className="story-column" aria-labelledby={headingId}>
      <p className="story-outlet">{article.publisher ?? 'Unknown publisher'}</p>
      <h3 id={headingId} className="story-column-title">
        <Link to={paths.article.href(article.id)}>{article.title}</Link>
      </h3>
      <p className="row-meta">
        <DateLabel publishedOn={article.publishedOn} dateBasis={article.dateBasis} dateSource={article.dateSource} />
      </p>

      <h4>How it describes them</h4>
      {personFiles.length < people.length ? (
        <Skeleton lines={2} label="Loading descriptions…" />
      ) : described.length === 0 ? (
        <p className="muted">No descriptions of {people.length === 0 ? 'anyone' : people.map(nameOf).join(', ')}.</p>
      ) : (
        <dl className="story-descriptions">
          {described.map(({ personId, texts }) => (
            <div key={personId}>
              <dt>
                <PersonLink id={personId} name={nameOf(personId)} />
              </dt>
              {texts.map((text) => (
                <dd key={text}>{text}</dd>
              ))}
            </div>
          ))}
        </dl>
      )}

      <h4>Quotes it carries</h4>
      {!file ? (
        <Skeleton lines={3} label="Loading quotes…" />
      ) : file.quotes.length === 0 ? (
        <p className="muted">No quotes.</p>
      ) : (
        <ul className="story-quotes">
          {file.quotes.map((quote) => (
            <li key={quote.id}>
              <span className="story-quote-speaker">{quote.speakerId ? nameOf(quote.speakerId) : 'Unattributed'}</span>
              {quote.kind === 'indirect' ? ' (reported): ' : ': '}
              <Link to={paths.article.href(article.id, quote.block)}>{quote.kind === 'indirect' ? quote.text : `“${quote.text}”`}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
