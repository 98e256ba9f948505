import { nlp } from './nlp.ts';
import { memoise } from '../lib/memoise.ts';

/**
 * What compromise's lexicon says about a capitalised word or name. Each answer is memoised: the
 * same names recur across a corpus, and a compromise parse costs far more than the look-up.
 * @example isPlaceOrOrganisation('Buenos Aires') // true
 */
export const isPlaceOrOrganisation = memoise((name: string): boolean => {
  const doc = nlp(name);
  return doc.has('#Place') || doc.has('#Organization');
});

/** @example isPlaceName('Lisbon') // true */
export const isPlaceName = memoise((word: string): boolean => nlp(word).has('#Place'));

const isKnownFirstName = memoise((word: string): boolean => nlp(word).has('#FirstName'));

/**
 * compromise's lexicons of given names and of surnames decide unknown candidates: "Ada Okafor" by
 * its given name, or by its surname ("Eden Okafor-Hazard"), or by every word being tagged a person's
(compromise tags the neighbour of a surname it knows as a person too).
 * @example looksLikePersonName('Scott Mills') // true
 */
export const looksLikePersonName = memoise((name: string): boolean => {
  if (isPlaceOrOrganisation(name)) return false;
  if (isKnownFirstName(name.split(' ')[0] ?? '')) return true;
  const terms = nlp(name).terms();
  return terms.length > 1 && (terms.last().has('#LastName') || terms.filter((term) => term.has('#Person')).length === terms.length);
});

/**
 * A dictionary word capitalised at a sentence start or as a label ("Undecided", "Staff"), not a
 * given name ("Dolores").
 * @example isCommonWord('Undecided') // true
 */
export const isCommonWord = memoise((word: string): boolean => {
  if (isKnownFirstName(word)) return false;
  const doc = nlp(word.toLowerCase());
  return doc.has('#Adjective') || doc.has('#Verb') || doc.has('#Adverb');
});
