import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary } from '#src/data/app-files.ts';

export type OtherCarrier = { outlet: string | null; articleId: string };

/**
 * The other outlets carrying a quote's words, one article each, the quote's own outlet left out;
 * articles of no known outlet each count once, since nothing says they are one outlet.
 */
export function otherCarriers(articleIds: readonly string[], articlesById: ReadonlyMap<string, ArticleSummary>, ownOutlet: string | null): OtherCarrier[] {
  const byOutlet = new Map<string, string>();
  const unnamed: OtherCarrier[] = [];
  for (const articleId of articleIds) {
    const outlet = articlesById.get(articleId)?.publisher ?? null;
    if (outlet === null) unnamed.push({ outlet: null, articleId });
    else if (outlet !== ownOutlet && !byOutlet.has(outlet)) byOutlet.set(outlet, articleId);
  }
  const named = [...byOutlet].sort(([a], [b]) => a.localeCompare(b)).map(([outlet, articleId]) => ({ outlet, articleId }));
  return [...named, ...unnamed];
}

export function carriersPhrase(count: number): string {
  return count === 1 ? 'Also quoted by 1 other outlet' : `Also quoted by ${count} other outlets`;
}

type Props = { sameWordsIn: readonly string[]; articlesById: ReadonlyMap<string, ArticleSummary>; ownOutlet: string | null };

/** "Also quoted by 2 other outlets: RT, The Guardian", each a link to the article that carries the same words. */
export function SameWordsNote({ sameWordsIn, articlesById, ownOutlet }: Props) {
  const carriers = otherCarriers(sameWordsIn, articlesById, ownOutlet);
  if (carriers.length === 0) return null;
  return (
    <p className="same-words-note">
      {carriersPhrase(carriers.length)}:{' '}
      {carriers.map((carrier, index) => (
        <span key={carrier.articleId}>
          {index > 0 && ', '}
          <Link to={paths.article.href(carrier.articleId)} title={articlesById.get(carrier.articleId)?.title}>
            {carrier.outlet ?? 'an outlet not named'}
          </Link>
        </span>
      ))}
    </p>
  );
}
