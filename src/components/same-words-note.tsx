import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { ArticleSummary, QuoteEntry } from '#src/data/app-files.ts';
import { otherCarriers } from '#src/data/same-words-carriers.ts';

export { otherCarriers, type OtherCarrier } from '#src/data/same-words-carriers.ts';

export function carriersPhrase(count: number): string {
  return count === 1 ? 'Also quoted by 1 other outlet' : `Also quoted by ${count} other outlets`;
}

type Props = { quote: Pick<QuoteEntry, 'sameWordsIn' | 'moreUnnamedCarriers'>; articlesById: ReadonlyMap<string, ArticleSummary>; ownOutlet: string | null };

/** "Also quoted by 2 other outlets: RT, The Guardian", each a link to the article that carries the same words. */
export function SameWordsNote({ quote, articlesById, ownOutlet }: Props) {
  const carriers = otherCarriers(quote.sameWordsIn, (id) => articlesById.get(id)?.publisher ?? null, ownOutlet);
  const more = quote.moreUnnamedCarriers;
  if (carriers.length === 0) return null;
  return (
    <p className="same-words-note">
      {carriersPhrase(carriers.length + more)}:{' '}
      {carriers.map((carrier, index) => (
        <span key={carrier.articleId}>
          {index > 0 && ', '}
          <Link to={paths.article.href(carrier.articleId)} title={articlesById.get(carrier.articleId)?.title}>
            {carrier.outlet ?? 'an outlet not named'}
          </Link>
        </span>
      ))}
      {more > 0 && ` and ${more} more article${more === 1 ? '' : 's'} of outlets not named`}
    </p>
  );
}
