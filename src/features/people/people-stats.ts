import type { ArticleSummary, PersonSummary } from '#src/data/app-files.ts';
import type { Descriptor } from '#src/data/contract.ts';
import type { PeopleSort } from '#src/config/url-state/people-search.ts';
import { foldDescription } from '#src/lib/fold-description.ts';
import { compareText } from '#src/lib/compare-text.ts';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Name or alias contains the typed text, ignoring case and accents ("zelenskyy" finds Zelenskyy, "peskov" finds Peskov). */
export function filterPeople(people: readonly PersonSummary[], q: string): PersonSummary[] {
  const needle = fold(q.trim());
  if (!needle) return [...people];
  return people.filter((person) => [person.name, ...person.aliases].some((name) => fold(name).includes(needle)));
}

export function sortPeople(people: readonly PersonSummary[], sort: PeopleSort): PersonSummary[] {
  const byName = (a: PersonSummary, b: PersonSummary) => compareText(a.name, b.name);
  const compare: Record<PeopleSort, (a: PersonSummary, b: PersonSummary) => number> = {
    quotes: (a, b) => b.quoteCount - a.quoteCount || b.articleCount - a.articleCount || byName(a, b),
    articles: (a, b) => b.articleCount - a.articleCount || b.quoteCount - a.quoteCount || byName(a, b),
    name: byName,
  };
  return [...people].sort(compare[sort]);
}

export type Description = { text: string; count: number; articleIds: string[] };

/**
 * The ways each publisher describes a person ("Russian President", "the Kremlin leader"), near-duplicates folded
 * into one with how often it was used and the articles it came from; the most used spelling is the one shown.
 */
export function descriptorsByPublisher(descriptors: readonly Descriptor[], articles: ReadonlyMap<string, ArticleSummary>): { publisher: string; descriptions: Description[] }[] {
  const groups = new Map<string, Map<string, { spellings: Map<string, number>; count: number; articleIds: Set<string> }>>();
  for (const descriptor of descriptors) {
    const publisher = articles.get(descriptor.articleId)?.publisher ?? 'Unknown publisher';
    const byKey = groups.get(publisher) ?? new Map();
    groups.set(publisher, byKey);
    const key = foldDescription(descriptor.text);
    const entry = byKey.get(key) ?? { spellings: new Map<string, number>(), count: 0, articleIds: new Set<string>() };
    byKey.set(key, entry);
    entry.count += 1;
    entry.articleIds.add(descriptor.articleId);
    entry.spellings.set(descriptor.text, (entry.spellings.get(descriptor.text) ?? 0) + 1);
  }
  return [...groups]
    .map(([publisher, byKey]) => ({
      publisher,
      descriptions: [...byKey.values()]
        .map(({ spellings, count, articleIds }) => ({
          text: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
          count,
          articleIds: [...articleIds],
        }))
        .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    }))
    .sort((a, b) => a.publisher.localeCompare(b.publisher));
}

/** People named in the same articles, with how many articles they share, most first. */
export function coMentioned(personId: string, articles: readonly ArticleSummary[], limit = 10): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    if (!article.personIds.includes(personId)) continue;
    for (const other of new Set(article.personIds)) if (other !== personId) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, limit);
}

/** What a chart of dated quotes leaves out, said under it; null when it shows them all. */
export function undatedQuotesNote(total: number, dated: number): string | null {
  if (dated >= total) return null;
  const undated = total - dated;
  if (dated === 0) return `None of the ${total} ${total === 1 ? 'quote has' : 'quotes have'} a date, so there is no chart over time.`;
  return `The chart shows ${dated} of ${total} quotes: ${undated} ${undated === 1 ? 'comes' : 'come'} from undated articles and ${undated === 1 ? 'is' : 'are'} listed below only.`;
}
