import { withSameWords } from './same-words-carriers.ts';
import { TOP_DESCRIPTOR_COUNT, type DatasetsFile, type IndexFile, type PersonFile, type PersonSummary, type QuotesFile } from './app-files.ts';

/**
 * The built-in corpus and the reader's own pages seen as one. Articles never share ids (see library.ts);
 * people do, by design: the Donald Trump of a reader's page is the Donald Trump of the built-in pages.
 */
export function mergeIndex(base: IndexFile, mine: IndexFile): IndexFile {
  const people = new Map<string, PersonSummary>(base.people.map((person) => [person.id, person]));
  for (const person of mine.people) {
    const known = people.get(person.id);
    people.set(
      person.id,
      known
        ? {
            ...known,
            aliases: [...new Set([...known.aliases, ...person.aliases])],
            quoteCount: known.quoteCount + person.quoteCount,
            articleCount: known.articleCount + person.articleCount,
            topDescriptors: [...new Set([...known.topDescriptors, ...person.topDescriptors])].slice(0, TOP_DESCRIPTOR_COUNT),
          }
        : person,
    );
  }
  const events = new Set(base.anchorEvents.map((event) => event.id));
  return {
    schemaVersion: base.schemaVersion,
    articles: [...base.articles, ...mine.articles],
    people: [...people.values()],
    anchorEvents: [...base.anchorEvents, ...mine.anchorEvents.filter((event) => !events.has(event.id))],
    problems: [...base.problems, ...mine.problems],
    // Stories are found within each side: the built-in bodies are not in the browser to compare with (see ADR 008).
    stories: [...base.stories, ...mine.stories],
  };
}

/** A person's file from both sides; either may be missing (someone only the reader's pages mention). */
export function mergePersonFiles(personId: string, base: PersonFile | null, mine: PersonFile | null): PersonFile | null {
  if (!base || !mine) return base ?? mine;
  return { schemaVersion: base.schemaVersion, personId, descriptors: [...base.descriptors, ...mine.descriptors], quotes: [...base.quotes, ...mine.quotes] };
}

/**
 * Every quote of both, with "same words" found again across the two: the reader's page may carry a built-in quote.
 * `publisherOf` reads the merged index, so each side's carriers are listed by outlet as the ingest lists them.
 */
export function mergeQuotes(base: QuotesFile, mine: QuotesFile, publisherOf: (articleId: string) => string | null): QuotesFile {
  return { schemaVersion: base.schemaVersion, quotes: withSameWords([...base.quotes, ...mine.quotes].map(({ sameWordsIn: _listed, moreUnnamedCarriers: _more, ...quote }) => quote), publisherOf) };
}

export function mergeDatasets(base: DatasetsFile, mine: DatasetsFile): DatasetsFile {
  return { schemaVersion: base.schemaVersion, datasets: [...base.datasets, ...mine.datasets], figures: [...base.figures, ...mine.figures] };
}
