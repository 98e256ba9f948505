import { DEFAULT_ENTITY_LAYOUT, identityOf, readEntityBrackets, readEntityLayout, type EntityLayout } from './entity-brackets.ts';
import { nameIn, spanText, type Word } from './mention-text.ts';

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
  /**
   * sentence texts grouped by `# newpar`, joined by spaces; a sentence with no final punctuation (a
   * caption, a photo credit) ends its line, as it does on the page, so it doesn't run into the next
   */
  paragraphs: string[];
  people: GoldPerson[];
  quotes: GoldQuote[];
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
        const last = document.paragraphs.length - 1;
        if (newParagraph || last < 0) document.paragraphs.push(value);
        else document.paragraphs[last] += `${endsLine(document.paragraphs[last]!) ? '\n' : ' '}${value}`;
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
      const kind = tag[2] === 'q' ? 'q' : 'quote';
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

function endsLine(sentence: string): boolean {
  return !/[.!?:;…"'”’)\]]$/.test(sentence.trim());
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
