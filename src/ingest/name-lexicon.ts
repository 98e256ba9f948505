import nlp from 'compromise';
import { memoise } from '../lib/memoise.ts';

/**
 * What compromise's lexicon says about a capitalised word or name. Each answer is memoised: the
 * same names recur across a corpus, and a compromise parse costs far more than the look-up.
 */
export const isPlaceOrOrganisation = memoise((name: string): boolean => {
  const doc = nlp(name);
  return doc.has('#Place') || doc.has('#Organization');
});

export const isPlaceName = memoise((word: string): boolean => nlp(word).has('#Place'));

const isKnownFirstName = memoise((word: string): boolean => nlp(word).has('#FirstName'));

/** compromise's lexicon of first names and its person/place/organisation tags decide unknown candidates. */
export const looksLikePersonName = memoise((name: string): boolean => {
  if (isPlaceOrOrganisation(name)) return false;
  const doc = nlp(name);
  return isKnownFirstName(name.split(' ')[0] ?? '') || (doc.has('#Person') && !doc.has('#Noun'));
});

/** A dictionary word capitalised at a sentence start or as a label ("Nonpartisan"), not a given name ("Farouk"). */
export const isCommonWord = memoise((word: string): boolean => {
  if (isKnownFirstName(word)) return false;
  const doc = nlp(word.toLowerCase());
  return doc.has('#Adjective') || doc.has('#Verb') || doc.has('#Adverb');
});
