import type { Article, Corpus, Person } from '../data/contract.ts';
import { normaliseName, toGoldIndividuals, type GoldIndividual } from './gold-people.ts';
import type { GoldDocument } from './read-conllu.ts';

/** A gold document and the source file Readout built from it. */
export interface EvaluatedDocument {
  document: GoldDocument;
  sourceFile: string;
}

export interface PeopleScore {
  /** people Readout lists for the article */
  found: number;
  /** of those, how many match some gold person entity */
  correct: number;
  falsePeople: string[];
  /** gold people named by a proper name; pronoun-only and descriptive entities ("researchers") don't count */
  named: number;
  recalled: number;
  missed: string[];
  /** distinct bare-name mentions of named gold people ("Eastman", "Cres Eastman"), and how many Readout lists as a name or alias */
  nameMentions: number;
  nameMentionsCovered: number;
  /** one Readout person matching two gold people */
  merges: { readout: string; gold: string[] }[];
  /** one gold person matched by two Readout people */
  splits: { gold: string; readout: string[] }[];
}

export interface DateScore {
  expected: string | null;
  predicted: string | null;
  dateBasis: string;
  /** absolute difference in days, when both dates are known */
  errorDays: number | null;
}

export interface DocumentScore {
  docId: string;
  people: PeopleScore;
  date: DateScore;
}

/**
 * Scores Readout's corpus against annotated documents. A Readout person is correct when its name or an
 * alias equals a gold person's mention or name, ignoring case, a leading "the" and a possessive.
 * @example scoreExtraction([{ document, sourceFile: 'GUM_news_iodine.txt' }], corpus)[0].people.recalled
 */
export function scoreExtraction(documents: readonly EvaluatedDocument[], corpus: Corpus): DocumentScore[] {
  const people = new Map(corpus.people.map((person) => [person.id, person]));
  return documents.map(({ document, sourceFile }) => {
    const articles = corpus.articles.filter((article) => article.sourceFile === sourceFile);
    const ids = [...new Set(articles.flatMap((article) => article.personIds))];
    const readout = ids.map((id) => people.get(id)).filter((person): person is Person => person !== undefined);
    return {
      docId: document.docId,
      people: scorePeople(toGoldIndividuals(document.people), readout),
      date: scoreDate(document.dateCreated, articles.find((article) => article.parentId === null) ?? articles[0]),
    };
  });
}

function scorePeople(gold: readonly GoldIndividual[], readout: readonly Person[]): PeopleScore {
  const keysOf = (person: Person) => new Set([person.name, ...person.aliases].map(normaliseName));
  const matches = readout.map((person) => {
    const keys = keysOf(person);
    return { person, keys, gold: gold.filter((individual) => [...keys].some((key) => individual.matchKeys.has(key))) };
  });
  const named = gold.filter((individual) => individual.named);
  const recalled = named.filter((individual) => matches.some((match) => match.gold.includes(individual)));
  const readoutKeys = new Set(matches.flatMap((match) => [...match.keys]));
  const bareNames = named.flatMap((individual) => [...individual.bareNames]);
  return {
    found: readout.length,
    correct: matches.filter((match) => match.gold.length > 0).length,
    falsePeople: matches.filter((match) => match.gold.length === 0).map((match) => describe(match.person)),
    named: named.length,
    recalled: recalled.length,
    missed: named.filter((individual) => !recalled.includes(individual)).map((individual) => individual.label),
    nameMentions: bareNames.length,
    nameMentionsCovered: bareNames.filter((name) => readoutKeys.has(name)).length,
    merges: matches
      .filter((match) => match.gold.length >= 2)
      .map((match) => ({ readout: describe(match.person), gold: match.gold.map((individual) => individual.label) })),
    splits: gold
      .map((individual) => ({ gold: individual.label, readout: matches.filter((match) => match.gold.includes(individual)).map((match) => describe(match.person)) }))
      .filter((split) => split.readout.length >= 2),
  };
}

function describe(person: Person): string {
  return person.aliases.length > 0 ? `${person.name} (${person.aliases.join(', ')})` : person.name;
}

const DAY = 86_400_000;

function scoreDate(expected: string | null, article: Article | undefined): DateScore {
  const predicted = article?.publishedOn ?? null;
  const errorDays = expected && predicted ? Math.round(Math.abs(Date.parse(predicted) - Date.parse(expected)) / DAY) : null;
  return { expected, predicted, dateBasis: article?.dateBasis ?? 'Readout made no article of this page.', errorDays };
}
