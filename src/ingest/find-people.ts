/**
 * The people stage now lives in ./people/; this module keeps the old import path working for the
 * stages that import `Mention` and `findPeople` from here.
 */
export { findPeople } from './people/find-people.ts';
export type { ArticleText, Mention, PeopleResult } from './people/types.ts';
