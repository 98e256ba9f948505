import { DEFAULT_ENTITY_LAYOUT, identityOf, readEntityBrackets, readEntityLayout, type EntityLayout } from './entity-brackets.ts';

/** A person entity of one annotated document: every mention the annotators linked to it. */
export interface GoldPerson {
  /** the coreference id, unique within the document */
  entityId: string;
  /** the Wikipedia page name (`Barack_Obama`), or null when the annotators linked none */
  identity: string | null;
  /** surface text of every mention, in order, as written ("U.S. President Donald Trump's", "he") */
  mentions: string[];
  /** distinct proper names inside those mentions: a PROPN head with its `flat` parts ("Donald Trump") */
  names: string[];
}

/** A stretch the annotators marked as a quotation: `quote` for block quotations and speech, `q` for short inline ones. */
export interface GoldQuote {
  kind: 'quote' | 'q';
  text: string;
  /** index into paragraphs of the paragraph it starts in */
  paragraph: number;
}

export interface GoldDocument {
  docId: string;
  title: string;
  /** YYYY-MM-DD, from `# meta::dateCreated` */
  dateCreated: string | null;
  /** sentence texts grouped by `# newpar`, joined by spaces */
  paragraphs: string[];
  people: GoldPerson[];
  quotes: GoldQuote[];
}

interface Word {
  form: string;
  spaceAfter: boolean;
  upos: string;
  plural: boolean;
  /** index of the syntactic head in the document's words, or -1 for a sentence root */
  head: number;
  deprel: string;
  paragraph: number;
}

interface Mention {
  entityId: string;
  type: string;
  identity: string | null;
  start: number;
  end: number;
}

const QUOTE_TAG = /<(\/?)(quote|q)(?=[\s>])[^>]*>/g;

/**
 * Reads one CoNLL-U document (as GUM publishes it) into what an evaluation needs: metadata, the text
 * by paragraph, person entities with their mention strings, and quotations. Pure; never throws.
 * @example readConllu('# newdoc id = d1\n# newpar\n# text = Ann Lee spoke.\n1\tAnn\t...').paragraphs // ['Ann Lee spoke.']
 */
export function readConllu(text: string): GoldDocument {
  const document: GoldDocument = { docId: '', title: '', dateCreated: null, paragraphs: [], people: [], quotes: [] };
  const words: Word[] = [];
  const mentions: Mention[] = [];
  const openMentions = new Map<string, Mention[]>();
  const openQuotes = new Map<string, number[]>();
  const quoteSpans: { kind: 'quote' | 'q'; start: number; end: number }[] = [];
  let layout: EntityLayout = DEFAULT_ENTITY_LAYOUT;
  let sentenceStart = 0;
  let newParagraph = true;
  let rangeEnd = -1;
  let rangeSpaceAfter = true;

  for (const line of text.split(/\r?\n/)) {
    const comment = line.match(/^#\s*([^=]+?)\s*(?:=\s?(.*))?$/);
    if (comment) {
      const [key, value = ''] = [comment[1]!, comment[2]?.trim()];
      if (key === 'newdoc id') document.docId = value;
      else if (key === 'global.Entity') layout = readEntityLayout(value);
      else if (key === 'meta::title') document.title = value;
      else if (key === 'meta::dateCreated') document.dateCreated = value || null;
      else if (key === 'newpar' || key.startsWith('newpar ')) newParagraph = true;
      else if (key === 'text') {
        if (newParagraph || document.paragraphs.length === 0) document.paragraphs.push(value);
        else document.paragraphs[document.paragraphs.length - 1] += ` ${value}`;
        newParagraph = false;
      }
      continue;
    }
    if (line.trim() === '') {
      sentenceStart = words.length;
      rangeEnd = -1;
      continue;
    }
    const columns = line.split('\t');
    const [id = '', form = '', , upos = '', , feats = '', head = '0', deprel = ''] = columns;
    const misc = readMisc(columns[9] ?? '_');
    // A multiword token ("Trump's" = Trump + 's) carries the spacing; its words are written without spaces between them.
    const range = id.match(/^(\d+)-(\d+)$/);
    if (range) {
      rangeEnd = Number(range[2]);
      rangeSpaceAfter = misc.get('SpaceAfter') !== 'No';
      continue;
    }
    if (!/^\d+$/.test(id)) continue; // empty nodes (8.1) add no text
    const wordNumber = Number(id);
    const inRange = wordNumber <= rangeEnd;
    const index = words.length;
    words.push({
      form,
      spaceAfter: inRange ? wordNumber === rangeEnd && rangeSpaceAfter : misc.get('SpaceAfter') !== 'No',
      upos,
      plural: /(?:^|\|)Number=Plur(?:\||$)/.test(feats),
      head: head === '0' ? -1 : sentenceStart + Number(head) - 1,
      deprel,
      paragraph: Math.max(0, document.paragraphs.length - 1),
    });
    for (const bracket of readEntityBrackets(misc.get('Entity') ?? '')) {
      if (bracket.kind === 'close') {
        const mention = openMentions.get(bracket.entityId)?.pop();
        if (mention) mentions.push({ ...mention, end: index });
        continue;
      }
      const mention = { entityId: bracket.entityId, type: bracket.fields[layout.typeField] ?? '', identity: identityOf(bracket.fields, layout), start: index, end: index };
      if (bracket.kind === 'single') mentions.push(mention);
      else openMentions.set(bracket.entityId, [...(openMentions.get(bracket.entityId) ?? []), mention]);
    }
    for (const tag of (misc.get('XML') ?? '').matchAll(QUOTE_TAG)) {
      const kind = tag[2] as 'quote' | 'q';
      const starts = openQuotes.get(kind) ?? [];
      if (tag[1] === '') openQuotes.set(kind, [...starts, index]);
      else if (starts.length > 0) quoteSpans.push({ kind, start: starts.pop()!, end: index });
    }
  }

  document.people = peopleOf(words, mentions);
  document.quotes = quoteSpans
    .sort((a, b) => a.start - b.start)
    .map((span) => ({ kind: span.kind, text: spanText(words, span.start, span.end), paragraph: words[span.start]!.paragraph }));
  return document;
}

function readMisc(column: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (column === '_') return fields;
  for (const part of column.split('|')) {
    const equals = part.indexOf('=');
    if (equals > 0) fields.set(part.slice(0, equals), part.slice(equals + 1));
  }
  return fields;
}

function peopleOf(words: readonly Word[], mentions: readonly Mention[]): GoldPerson[] {
  const byEntity = new Map<string, GoldPerson>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mention.type !== 'person') continue;
    const person = byEntity.get(mention.entityId) ?? { entityId: mention.entityId, identity: null, mentions: [], names: [] };
    person.identity ??= mention.identity;
    person.mentions.push(spanText(words, mention.start, mention.end));
    const name = nameIn(words, mention.start, mention.end);
    if (name && !person.names.includes(name)) person.names.push(name);
    byEntity.set(mention.entityId, person);
  }
  return [...byEntity.values()];
}

/** Words start..end (inclusive) as written, spaced as the source was. */
function spanText(words: readonly Word[], start: number, end: number): string {
  let text = '';
  for (let index = start; index <= end; index++) {
    const word = words[index]!;
    text += word.form + (index < end && word.spaceAfter ? ' ' : '');
  }
  return text;
}

/**
 * The proper name a mention is built on, read from the UD tree: a name's first part heads it and the
 * rest hang on it as `flat` (or as PROPN compounds, "Edward Steichen"), while titles hang as other
 * relations. So "Professor Cres Eastman" yields "Cres Eastman", and a common-noun head with a name
 * beside it ("researcher Mu Li", "Pan-democrat Gary Fan") yields the name. A coordination
 * ("Lee and Fung") names a group, not a person, so it yields nothing.
 */
function nameIn(words: readonly Word[], start: number, end: number): string | null {
  const span = indexesFrom(start, end);
  const childrenOf = (parent: number) => span.filter((index) => words[index]!.head === parent);
  const isProper = (index: number) => words[index]?.upos === 'PROPN';
  const isNamePart = (index: number) => {
    const { deprel, form } = words[index]!;
    return deprel.startsWith('flat') || (deprel === 'compound' && isProper(index)) || (deprel === 'punct' && /^[-‐‑]$/.test(form));
  };
  for (const root of span.filter((index) => !(words[index]!.head >= start && words[index]!.head <= end))) {
    if (childrenOf(root).some((child) => words[child]!.deprel.startsWith('conj'))) return null;
    const seeds = isProper(root) ? [root] : childrenOf(root).filter((child) => isProper(child) && /^(?:flat|appos)/.test(words[child]!.deprel));
    // A plural proper noun ("Muslims", "Afghans") names a group, not a person.
    if (seeds.length === 0 || words[seeds[0]!]!.plural) continue;
    const parts = new Set(seeds);
    for (let grew = true; grew; ) {
      grew = false;
      for (const index of span) {
        if (!parts.has(index) && isNamePart(index) && parts.has(words[index]!.head)) {
          parts.add(index);
          grew = true;
        }
      }
    }
    // Only the unbroken run around the name's first part: "director General Suleiman al-Amr" keeps the name.
    let first = seeds[0]!;
    let last = first;
    while (parts.has(first - 1)) first--;
    while (parts.has(last + 1)) last++;
    while (first < last && !isProper(first)) first++;
    while (last > first && !isProper(last)) last--;
    return spanText(words, first, last);
  }
  return null;
}

function indexesFrom(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
}
