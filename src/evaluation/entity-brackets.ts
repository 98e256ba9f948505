/** One bracket of a CoNLL-U `Entity=` value: a mention opening, closing, or both on one word. */
export interface EntityBracket {
  kind: 'open' | 'close' | 'single';
  /** the coreference group: every mention of one entity in a document shares it */
  entityId: string;
  /** the dash-separated fields after the id, named by the file's `# global.Entity` header; empty on a bare closing */
  fields: readonly string[];
}

const BRACKET = /\(([^()]+)\)|\(([^()]+)|([^()]+)\)/g;

/**
 * Splits an `Entity=` value into its brackets, in order. Openings carry fields, closings only the id;
 * one word can open several mentions and close others, and mentions nest.
 * @example readEntityBrackets('(7-person-new-sssss-cf2-1-coref(3-place-new)7)') // open 7, single 3, close 7
 */
export function readEntityBrackets(value: string): EntityBracket[] {
  const brackets: EntityBracket[] = [];
  for (const match of value.matchAll(BRACKET)) {
    const [single, open, close] = [match[1], match[2], match[3]];
    if (close !== undefined) {
      brackets.push({ kind: 'close', entityId: close, fields: [] });
      continue;
    }
    const [entityId = '', ...fields] = (single ?? open ?? '').split('-');
    brackets.push({ kind: single === undefined ? 'open' : 'single', entityId, fields });
  }
  return brackets;
}

/** Which field of an opening holds the entity type and which the identity, from `# global.Entity = GRP-etype-...-identity`. */
export interface EntityLayout {
  typeField: number;
  identityField: number;
}

/** GUM's layout, used when a file has no header. */
export const DEFAULT_ENTITY_LAYOUT: EntityLayout = { typeField: 0, identityField: 6 };

export function readEntityLayout(header: string): EntityLayout {
  // The header names GRP first; fields after an opening's id start at the second name.
  const names = header.trim().split('-').slice(1);
  const typeField = names.indexOf('etype');
  const identityField = names.indexOf('identity');
  return {
    typeField: typeField >= 0 ? typeField : DEFAULT_ENTITY_LAYOUT.typeField,
    identityField: identityField >= 0 ? identityField : DEFAULT_ENTITY_LAYOUT.identityField,
  };
}

/**
 * The Wikipedia identity of an opening, if it has one. Identity is the last field, and GUM escapes
 * dashes inside it as %2D, so anything after it is rejoined rather than lost.
 * @example identityOf(['person', 'new', 'sssss', 'cf1', '1', 'coref', 'Wong_Yuk%2Dman'], DEFAULT_ENTITY_LAYOUT) // 'Wong_Yuk-man'
 */
export function identityOf(fields: readonly string[], layout: EntityLayout): string | null {
  const raw = fields.slice(layout.identityField).join('-');
  if (raw === '' || raw === '_') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
