import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary } from '#src/data/app-files.ts';
import { isMyArticle } from '#src/data/library.ts';
import { DateLabel } from '#src/components/date-label.tsx';
import { HighlightedText } from '#src/components/highlighted-text.tsx';
import { PersonLink } from '#src/components/person-link.tsx';

// Only a search shows passages, and the search index is loaded lazily too: keep this out of the first view.
const MatchedPassage = lazy(() => import('./matched-passage.tsx'));

type Props = {
  article: ArticleSummary;
  parent: ArticleSummary | undefined;
  personName: (id: string) => string;
  terms: readonly string[];
};

export function ArticleRow({ article, parent, personName, terms }: Props) {
  return (
    <article className="article-row">
      <h2 className="row-title">
        {/* The terms travel with the link, so the article opens at its first match with the words marked. */}
        <Link to={paths.article.href(article.id)} state={terms.length > 0 ? { searchTerms: terms } : undefined}>
          <HighlightedText text={article.title} terms={terms} />
        </Link>
      </h2>
      <p className="row-meta">
        {isMyArticle(article.id) && (
          <>
            <span className="tag">your page</span>{' '}
          </>
        )}
        <span className="publisher">{article.publisher ?? 'Unknown publisher'}</span>
        <span aria-hidden="true"> · </span>
        <DateLabel publishedOn={article.publishedOn} dateBasis={article.dateBasis} dateSource={article.dateSource} />
        {article.quoteCount > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              {article.quoteCount} {article.quoteCount === 1 ? 'quote' : 'quotes'}
            </span>
          </>
        )}
      </p>
      {parent && (
        <p className="row-found-in">
          Found inside <Link to={paths.article.href(parent.id)}>{parent.title}</Link>
        </p>
      )}
      {terms.length > 0 ? (
        <Suspense fallback={<OpeningPassage article={article} terms={terms} />}>
          <MatchedPassage article={article} terms={terms} />
        </Suspense>
      ) : (
        article.snippet && (
          <p className="row-snippet">
            <HighlightedText text={article.snippet} terms={terms} />
          </p>
        )
      )}
      {article.personIds.length > 0 && (
        <ul className="chips" aria-label="People mentioned">
          {article.personIds.map((id) => (
            <li key={id}>
              <PersonLink id={id} name={personName(id)} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}


/** The opening in the passage's two lines: what a searching row shows until (or unless) its passage is known. */
export function OpeningPassage({ article, terms }: { article: ArticleSummary; terms: readonly string[] }) {
  return (
    <p className="row-snippet row-passage">
      <HighlightedText text={article.snippet} terms={terms} />
    </p>
  );
}
