import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleFile, ArticleSummary, IndexFile } from '#src/data/app-files.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { isMyArticle } from '#src/data/library.ts';
import { CiteButton } from '#src/components/cite-dialog.tsx';
import { BasisLabel } from '#src/components/basis-label.tsx';
import { DateLabel } from '#src/components/date-label.tsx';
import { FigureTable } from '#src/components/figure-table.tsx';
import { NotFound } from '#src/components/not-found.tsx';
import { PersonLink } from '#src/components/person-link.tsx';
import { QueryGate } from '#src/components/query-gate.tsx';
import { citedArticleOf } from '#src/lib/cite.ts';
import { useAbsoluteLink } from '#src/lib/use-absolute-link.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { ArticleBody } from './article-body.tsx';
import { CorrectArticle } from './correct-article.tsx';
import { HeadlineText } from './headline-text.tsx';
import { SourceView } from './source-view.tsx';

type View = 'text' | 'source';

export function ArticlePage({ view = 'text' }: { view?: View }) {
  const { articleId = '' } = useParams();
  const indexQuery = useQuery(corpusQueries.index());
  return (
    <div className="page reader-page">
      <QueryGate query={indexQuery} lines={12}>
        {(data) => {
          const summary = data.articles.find((article) => article.id === articleId);
          if (!summary) {
            return (
              <NotFound title="Article not found" backHref={paths.articles.href()} backLabel="All articles">
                <p>No article in this corpus has the id {`“${articleId}”`}. It may have been renamed when the data was rebuilt.</p>
              </NotFound>
            );
          }
          return <ArticleView key={summary.id} index={data} summary={summary} view={view} />;
        }}
      </QueryGate>
    </div>
  );
}

function ArticleView({ index, summary, view }: { index: IndexFile; summary: ArticleSummary; view: View }) {
  useDocumentTitle(view === 'source' ? `Source of ${summary.title}` : summary.title);
  const article = useQuery(corpusQueries.article(summary.id));
  const navigate = useNavigate();
  const showSource = view === 'source';
  const absolute = useAbsoluteLink();
  // Escape leaves the source view for the clean text, as it would close any view laid over the article.
  useEffect(() => {
    if (!showSource) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) navigate(paths.article.href(summary.id));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showSource, navigate, summary.id]);
  return (
    <article className="reader" aria-label={summary.title}>
      <ArticleHeader index={index} summary={summary} file={article.data ?? null} />
      <div className="reader-toolbar">
        {showSource ? (
          <Link className="button" to={paths.article.href(summary.id)} aria-keyshortcuts="Escape">
            Back to clean text
          </Link>
        ) : (
          <Link className="button" to={paths.articleSource.href(summary.id)}>
            View source
          </Link>
        )}
        {!showSource && (
          <CiteButton className="button" label="Cite this article" article={citedArticleOf(summary, absolute(paths.article.href(summary.id)))} quote={null}>
            Cite
          </CiteButton>
        )}
        {!showSource && summary.quoteCount > 0 && <QuoteLegend />}
        {!showSource && <CorrectArticle summary={summary} />}
      </div>
      <QueryGate query={article} lines={12}>
        {(file: ArticleFile) =>
          showSource ? (
            <SourceView index={index} summary={summary} file={file} />
          ) : (
            <>
              <ArticleBody index={index} summary={summary} file={file} />
              {file.figures.length > 0 && (
                <section className="reader-figures" aria-labelledby="figures-heading">
                  <h2 id="figures-heading">Figures in this article</h2>
                  <FigureTable figures={file.figures} caption={`${file.figures.length} ${file.figures.length === 1 ? 'quantity' : 'quantities'} stated in the text, each linked to its paragraph`} />
                </section>
              )}
            </>
          )
        }
      </QueryGate>
    </article>
  );
}

/** What the marks in the text mean: a reader should not have to guess which words are the speaker's own. */
function QuoteLegend() {
  return (
    <dl className="quote-legend" aria-label="What the marks mean">
      <div>
        <dt>
          <mark className="quote quote-direct">Highlighted</mark>
        </dt>
        <dd>the speaker's own words, in quotation marks</dd>
      </div>
      <div>
        <dt>
          <mark className="quote quote-indirect">Underlined</mark>
        </dt>
        <dd>reported speech: the outlet's paraphrase</dd>
      </div>
      <div>
        <dt>
          <span className="quote-speaker quote-speaker-sample">Name</span>
        </dt>
        <dd>who said it, as Readout reads the page</dd>
      </div>
    </dl>
  );
}

type HeaderProps = { index: IndexFile; summary: ArticleSummary; file: ArticleFile | null };

function ArticleHeader({ index, summary, file }: HeaderProps) {
  const titleBlock = file?.article.titleBlock ?? null;
  const url = file?.article.url ?? null;
  const publisher = summary.publisher ?? 'Unknown publisher';
  const publisherBasis = file?.article.publisherBasis;
  const parent = summary.parentId ? index.articles.find((a) => a.id === summary.parentId) : undefined;
  const embedded = summary.embeddedIds.flatMap((id) => index.articles.find((a) => a.id === id) ?? []);
  const people = summary.personIds.flatMap((id) => index.people.find((p) => p.id === id) ?? []);
  const story = index.stories.find((entry) => entry.articleIds.includes(summary.id));
  return (
    <header className="reader-header">
      <p className="reader-meta">
        {isMyArticle(summary.id) && (
          <>
            <Link className="tag" to={paths.myPages.href()} title="You added this page; it is kept in this browser">
              your page
            </Link>{' '}
          </>
        )}
        {/* Files written before the basis was kept have none: the name alone, then. */}
        {publisherBasis ? (
          <BasisLabel basis={publisherBasis} className="publisher">
            {publisher}
          </BasisLabel>
        ) : (
          <span className="publisher">{publisher}</span>
        )}
        <span aria-hidden="true"> · </span>
        <DateLabel publishedOn={summary.publishedOn} dateBasis={summary.dateBasis} dateSource={summary.dateSource} />
        {url && (
          <>
            <span aria-hidden="true"> · </span>
            <a href={url} rel="noreferrer noopener">
              Original page
            </a>
          </>
        )}
      </p>
      {/* The headline is also a block of the source: #b<titleBlock> lands here. */}
      {/* aria-label keeps the heading's name the title alone, without the speaker tags of a quote marked in it. */}
      <h1 className="reader-title" id={titleBlock !== null ? `b${titleBlock}` : undefined} tabIndex={-1} aria-label={summary.title}>
        {file ? <HeadlineText index={index} summary={summary} file={file} /> : summary.title}
      </h1>
      {summary.titleDerived && <p className="reader-note">The page has no headline; this title is taken from its first sentence.</p>}
      {parent && (
        <p className="reader-relation">
          Found inside <Link to={paths.article.href(parent.id)}>{parent.title}</Link>
        </p>
      )}
      {story && (
        <p className="reader-relation">
          Part of a story with {story.articleIds.length - 1} other {story.articleIds.length === 2 ? 'article' : 'articles'}:{' '}
          <Link to={paths.story.href(story.id)}>compare the outlets side by side</Link>
        </p>
      )}
      {embedded.length > 0 && (
        <div className="reader-relation">
          <p>
            Contains {embedded.length} embedded {embedded.length === 1 ? 'article' : 'articles'}:
          </p>
          <ul>
            {embedded.map((child) => (
              <li key={child.id}>
                <Link to={paths.article.href(child.id)}>{child.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {people.length > 0 && (
        <div className="reader-people">
          <h2 className="label-heading">People mentioned</h2>
          <ul className="chips">
            {people.map((person) => (
              <li key={person.id}>
                <PersonLink id={person.id} name={person.name} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
