/**
 * Words a story's sources spell in more than one way for one thing: transliterations (Kyiv / Kiev),
 * and the spellings of names that outlets disagree on. Search folds each group to its first word, so a
 * reader who types either finds both (issue 9). Kept as data; a story file adds its own groups.
 */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ['kyiv', 'kiev'],
  ['kharkiv', 'kharkov'],
  ['odesa', 'odessa'],
  ['lviv', 'lvov'],
  ['mykolaiv', 'nikolaev', 'nikolayev'],
  ['zaporizhzhia', 'zaporozhye', 'zaporizhia'],
  ['luhansk', 'lugansk'],
  ['donbas', 'donbass'],
  ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskii'],
  ['dmitriev', 'dmitriyev'],
  ['yermak', 'iermak'],
  ['sybiha', 'sybiga'],
];
