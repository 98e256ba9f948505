import type { Block, Person } from '../../data/contract.ts';

/** A person named in a block; start/end are offsets into the block's text. */
export interface Mention {
  personId: string;
  block: number;
  start: number;
  end: number;
  /** "Putin's": the person owns something in this clause rather than acting in it */
  possessive: boolean;
  /** the word before the name phrase is a preposition ("with Trump"): the person is not the subject */
  afterPreposition: boolean;
}

export interface ArticleText {
  id: string;
  blocks: readonly Block[];
}

export interface PeopleResult {
  people: Person[];
  mentions: Map<string, Mention[]>;
}

/** A listed person as the gazetteer holds them under each folded alias. */
export interface KnownEntry {
  id: string;
  name: string;
}

/** A name phrase found in a block, before spellings are merged into people. */
export interface RawMention {
  articleId: string;
  block: number;
  start: number;
  end: number;
  tokens: string[];
  possessive: boolean;
  afterPreposition: boolean;
  descriptorBefore: string | null;
  descriptorAfter: string | null;
  knownId: string | null;
  candidate: boolean;
  /** shaped like a name but without evidence yet; a list it shares with a person makes it one (promoteListedNames) */
  plausible: boolean;
}
