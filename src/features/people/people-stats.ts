import type { ArticleSummary, PersonSummary } from '#src/data/app-files.ts';
import type { Descriptor } from '#src/data/contract.ts';
import type { PeopleSort } from '#src/config/url-state/people-search.ts';

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
  const byName = (a: PersonSummary, b: PersonSummary) => a.name.localeCompare(b.name);
  const compare: Record<PeopleSort, (a: PersonSummary, b: PersonSummary) => number> = {
    quotes: (a, b) => b.quoteCount - a.quoteCount || b.articleCount - a.articleCount || byName(a, b),
    articles: (a, b) => b.articleCount - a.articleCount || b.quoteCount - a.quoteCount || byName(a, b),
    name: byName,
  };
  return [...people].sort(compare[sort]);
}

/** The distinct ways each publisher describes a person ("Russian President", "the Kremlin leader"). */
export function descriptorsByPublisher(descriptors: readonly Descriptor[], articles: ReadonlyMap<string, ArticleSummary>): { publisher: string; texts: string[] }[] {
  const groups = new Map<string, Set<string>>();
  for (const descriptor of descriptors) {
    const publisher = articles.get(descriptor.articleId)?.publisher ?? 'Unknown publisher';
    const texts = groups.get(publisher) ?? new Set<string>();
    texts.add(descriptor.text);
    groups.set(publisher, texts);
  }
  return [...groups].map(([publisher, texts]) => ({ publisher, texts: [...texts] })).sort((a, b) => a.publisher.localeCompare(b.publisher));
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
