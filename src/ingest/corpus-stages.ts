/**
 * The pipeline's stages, each a pure function over one unit of work (a page, an article) or a
 * reduce over the whole corpus, so buildCorpus can run them in sequence and the CLI can run the
 * per-unit ones in a worker pool or in shards on other machines, with the same output:
 *   readPage (per page) → templateLinesFrom (corpus) → readArticles (per page)
 *   → settleArticles (corpus: ids, people) → readStatements (per article) → finishCorpus (corpus).
 * Everything a stage returns is plain data (structured-clone and JSON safe) so it can cross a
 * thread or a file.
 */
import { SCHEMA_VERSION, type Article, type Corpus, type Dataset, type Figure, type Person, type Problem, type Quote } from '../data/contract.ts';
import { toAnchorEvents } from './anchor-events.ts';
import { baseArticleId, uniqueArticleIds } from './article-ids.ts';
import { formatLongDate } from './calendar-days.ts';
import { dateFromAge } from './dates/date-from-age.ts';
import { decodeSource } from './decode-source.ts';
import { deriveTitle } from './derive-title.ts';
import { extractFigures } from './extract-figures.ts';
import type { Mention } from './find-people.ts';
import { findPublisher, type ChromeLine } from './find-publisher.ts';
import { inferPublicationDate } from './infer-date.ts';
import type { StoryLexicon } from './lexicon/story-lexicon.ts';
import { buildGazetteer, nameMentionsOf } from './people/find-people.ts';
import { resolveMentions } from './people/resolve-mentions.ts';
import type { KnownEntry, RawMention } from './people/types.ts';
import { attributeQuotes } from './quotes/attribute-quotes.ts';
import { findIndirectSpeech } from './quotes/find-indirect-speech.ts';
import { readSidecar, type Sidecar } from './read-sidecar.ts';
import { segmentPage, templateKeysOf, type DraftArticle } from './segment-page.ts';
import { applyStatedBlocks } from './segment/stated-blocks.ts';

export interface SourceInput {
  sourceFile: string;
  bytes: Uint8Array;
  /** text of `<sourceFile>.meta.json`, when there is one */
  sidecarText?: string;
}

/** A page as text, with what its reader stated about it. */
export interface DecodedPage {
  sourceFile: string;
  text: string;
  sidecar: Sidecar | null;
}

export interface ReadPage {
  /** null when the bytes are not a page (binary, empty); the problems say why */
  page: DecodedPage | null;
  problems: Problem[];
  /** the page's short lines that may be site template (templateLinesFrom counts them over the corpus) */
  templateKeys: string[];
}

/** An article of a page, as a page alone can tell it: its id is provisional until settleArticles. */
export interface PageArticle {
  article: Article;
  /** place in its source file: 0 for the page's own article, 1… for embedded ones */
  index: number;
  /** name phrases of the article, merged into people across the corpus by settleArticles */
  nameMentions: RawMention[];
}

export interface PageArticles {
  sourceFile: string;
  problems: Problem[];
  /** the page's text when it gave articles (kept for "view source"), else null */
  text: string | null;
  articles: PageArticle[];
}

/** What one article needs to find its quotes and figures: its mentions and the people they name. */
export interface StatementsInput {
  article: Pick<Article, 'id' | 'blocks' | 'titleBlock' | 'publishedOn'>;
  mentions: Mention[];
  /** the people of `mentions`, with only the descriptors this article gives them (all resolveRole reads) */
  people: Person[];
}

export interface Statements {
  quotes: Quote[];
  figures: Figure[];
  datasets: Dataset[];
}

/** Cut lines above this block of the article may state its date. */
const DATE_LINE_BLOCKS = 4;

/** Stage 1, per page: bytes to text, the sidecar read, the page's template candidates. */
export function readPage(input: SourceInput): ReadPage {
  const result = decodeSource(input.sourceFile, input.bytes);
  if (!result.ok) return { page: null, problems: [result.problem], templateKeys: [] };
  const problems = [...result.warnings];
  let sidecar: Sidecar | null = null;
  if (input.sidecarText !== undefined) {
    const read = readSidecar(input.sourceFile, input.sidecarText);
    sidecar = read.sidecar;
    if (read.problem) problems.push(read.problem);
  }
  return { page: { sourceFile: input.sourceFile, text: result.text, sidecar }, problems, templateKeys: templateKeysOf(result.text) };
}

/** Builds the look-up of the story's people once per lexicon (a worker keeps one for all its tasks). */
const gazetteers = new WeakMap<StoryLexicon, Map<string, KnownEntry>>();
export function gazetteerOf(lexicon: StoryLexicon): Map<string, KnownEntry> {
  let gazetteer = gazetteers.get(lexicon);
  if (!gazetteer) gazetteers.set(lexicon, (gazetteer = buildGazetteer(lexicon.people)));
  return gazetteer;
}

/** Stage 2, per page: blocks and cuts, the page's own and embedded articles, their titles, publishers, dates and name phrases. */
export function readArticles(page: DecodedPage, templateLines: ReadonlySet<string>, lexicon: StoryLexicon): PageArticles {
  const problems: Problem[] = [];
  const segmented = segmentPage(page.text, { templateLines });
  const stated = page.sidecar?.blocks ? applyStatedBlocks(segmented.host, page.sidecar.blocks, page.text, page.sourceFile) : null;
  if (stated) problems.push(...stated.problems);
  const host = stated ? stated.draft : segmented.host;
  if (host.blocks.length === 0 && segmented.embedded.every((draft) => draft.blocks.length === 0)) {
    problems.push({ sourceFile: page.sourceFile, severity: 'error', message: 'No article text was left once site chrome was removed; the page may be only menus, links or comments.' });
    return { sourceFile: page.sourceFile, problems, text: null, articles: [] };
  }
  const articles: { article: Article; index: number }[] = [];
  const hostArticle = toArticle(page.sourceFile, page.text, host, 0, null, page.sidecar, lexicon);
  if (host.blocks.length > 0) articles.push({ article: hostArticle, index: 0 });
  segmented.embedded.forEach((draft, index) => {
    if (draft.blocks.length === 0) return;
    articles.push({ article: toEmbeddedArticle(page.sourceFile, page.text, draft, index + 1, host.blocks.length > 0 ? hostArticle : null, lexicon), index: index + 1 });
  });
  if (host.blocks.length === 0) {
    problems.push({ sourceFile: page.sourceFile, severity: 'warning', message: 'The page has no text of its own, only articles of other outlets; those were kept.' });
  }
  const gazetteer = gazetteerOf(lexicon);
  return { sourceFile: page.sourceFile, problems, text: page.text, articles: articles.map((placed) => ({ ...placed, nameMentions: nameMentionsOf(placed.article, gazetteer) })) };
}

export interface SettledArticles {
  articles: Article[];
  people: Person[];
  mentions: Map<string, Mention[]>;
}

/**
 * Corpus stage: final article ids (distinct across pages), titles stated in sidecars, spellings merged
 * into people, and each article's people by how often it names them. `pages` in file-name order.
 */
export function settleArticles(pages: readonly PageArticles[], sidecars: ReadonlyMap<string, Sidecar | null>, lexicon: StoryLexicon): SettledArticles {
  const placed = pages.flatMap((page) => page.articles);
  assignUniqueIds(placed);
  for (const { article, index } of placed) {
    // A title stated in a sidecar replaces the headline only now, so the article keeps the id its page gives it.
    const stated = index === 0 ? sidecars.get(article.sourceFile)?.title : undefined;
    if (stated) Object.assign(article, { title: stated, titleDerived: false, titleBlock: null });
  }
  const { people, mentions } = resolveMentions(
    placed.flatMap(({ article, nameMentions }) => nameMentions.map((mention) => ({ ...mention, articleId: article.id }))),
    gazetteerOf(lexicon),
  );
  for (const { article } of placed) {
    const counts = new Map<string, number>();
    for (const mention of mentions.get(article.id) ?? []) counts.set(mention.personId, (counts.get(mention.personId) ?? 0) + 1);
    article.personIds = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  }
  return { articles: placed.map(({ article }) => article), people, mentions };
}

/** What readStatements needs for one settled article, cut down to plain data a worker can receive. */
export function statementsInputOf(article: Article, settled: SettledArticles, peopleById: ReadonlyMap<string, Person>): StatementsInput {
  const mentions = settled.mentions.get(article.id) ?? [];
  const people = [...new Set(mentions.map((mention) => mention.personId))].flatMap((id) => {
    const person = peopleById.get(id);
    return person ? [{ ...person, descriptors: person.descriptors.filter((descriptor) => descriptor.articleId === article.id) }] : [];
  });
  return { article: { id: article.id, blocks: article.blocks, titleBlock: article.titleBlock, publishedOn: article.publishedOn }, mentions, people };
}

/** Stage 3, per article: quotations (direct, partial, indirect) with their speakers, and figures. */
export function readStatements({ article, mentions, people }: StatementsInput): Statements {
  const direct = attributeQuotes({ articleId: article.id, blocks: article.blocks, mentions, people, headlineBlock: article.titleBlock });
  const extracted = extractFigures(article.id, article.blocks, article.publishedOn?.slice(0, 4) ?? null);
  return { quotes: [...direct, ...findIndirectSpeech(article.id, article.blocks, mentions, direct)], figures: extracted.figures, datasets: extracted.datasets };
}

/** Corpus stage: speakers stated in sidecars, then the corpus in its contract shape. */
export function finishCorpus(input: { problems: Problem[]; settled: SettledArticles; statements: readonly Statements[]; sidecars: ReadonlyMap<string, Sidecar | null>; lexicon: StoryLexicon }): Corpus {
  const { settled, statements, problems } = input;
  const quotes = statements.flatMap((found) => found.quotes);
  applyStatedSpeakers(quotes, settled.articles, input.sidecars, new Set(settled.people.map((person) => person.id)), problems);
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: settled.articles,
    people: settled.people,
    quotes,
    datasets: statements.flatMap((found) => found.datasets),
    figures: statements.flatMap((found) => found.figures),
    problems,
    anchorEvents: toAnchorEvents(input.lexicon.events),
  };
}

/**
 * A sidecar's `speakers` (start offset of a quote in the file → person id or null) override attribution:
 * the reader's correction of a speaker survives a rebuild. An offset where no quote starts, or a person
 * the pages never name, is reported and ignored.
 */
function applyStatedSpeakers(quotes: Quote[], articles: readonly Article[], sidecars: ReadonlyMap<string, Sidecar | null>, personIds: ReadonlySet<string>, problems: Problem[]): void {
  const fileOf = new Map(articles.map((article) => [article.id, article.sourceFile]));
  for (const [sourceFile, sidecar] of sidecars) {
    const stated = sidecar?.speakers;
    if (!stated) continue;
    const inFile = quotes.filter((quote) => fileOf.get(quote.articleId) === sourceFile);
    for (const [start, speakerId] of Object.entries(stated)) {
      const quote = inFile.find((candidate) => candidate.start === Number(start));
      if (!quote) problems.push({ sourceFile, severity: 'warning', message: `${sourceFile}.meta.json names a speaker for a quote at offset ${start}, where no quote starts; it was ignored.` });
      else if (speakerId !== null && !personIds.has(speakerId)) problems.push({ sourceFile, severity: 'warning', message: `${sourceFile}.meta.json gives a quote to “${speakerId}”, whom no page names; it was ignored.` });
      else quote.speakerId = speakerId;
    }
  }
}

/** Gives every placed article a distinct id (article-ids.ts) and points embedded articles at their host's new id. */
function assignUniqueIds(placed: readonly { article: Article; index: number }[]): void {
  const ids = uniqueArticleIds(placed.map(({ article, index }) => ({ sourceFile: article.sourceFile, index, title: article.title })));
  const hostIds = new Map<string, string>();
  placed.forEach(({ article, index }, position) => {
    if (index === 0) hostIds.set(article.sourceFile, ids[position]!);
  });
  placed.forEach(({ article }, position) => {
    article.id = ids[position]!;
    if (article.parentId !== null) article.parentId = hostIds.get(article.sourceFile) ?? null;
  });
}

function titleOf(draft: DraftArticle): { title: string; titleDerived: boolean } {
  const headline = draft.headlineBlock === null ? null : draft.blocks[draft.headlineBlock];
  return headline ? { title: headline.text, titleDerived: false } : { title: deriveTitle(draft.blocks), titleDerived: true };
}

function toArticle(sourceFile: string, sourceText: string, draft: DraftArticle, index: number, parentId: string | null, sidecar: Sidecar | null, lexicon: StoryLexicon): Article {
  const { title, titleDerived } = titleOf(draft);
  // Lines cut as chrome still carry evidence of the date ("Posted Wed, 3 Mar 2031"), so the date stage sees them too.
  const cutLines = draft.cuts.map((cut) => ({ text: sourceText.slice(cut.start, cut.end), reason: cut.reason, start: cut.start }));
  // A page states its own date above its text or just under the lead; dates cut further down belong to teasers of other pages.
  const topEnd = draft.blocks[DATE_LINE_BLOCKS]?.start ?? Number.POSITIVE_INFINITY;
  const topCutLines = cutLines.filter((line) => line.start < topEnd);
  const inferred = inferPublicationDate(draft.blocks.map((block) => block.text), { cutLines: topCutLines, events: lexicon.events });
  const note = sidecar?.dateNote ? `: ${sidecar.dateNote.replace(/\.$/, '')}` : '';
  const dated = sidecar?.publishedOn
    ? { publishedOn: sidecar.publishedOn, dateBasis: `${formatLongDate(sidecar.publishedOn)}, as stated in ${sourceFile}.meta.json${note}.`, dateSource: 'stated' as const }
    : sidecar?.publishedOn === null
      ? // A reader who says there is no date is believed over any inference: a wrong date is worse than none.
        { publishedOn: null, dateBasis: `No date: ${sourceFile}.meta.json says the page has none it can be trusted for${note}.`, dateSource: 'unknown' as const }
      : { ...inferred, dateSource: inferred.publishedOn ? ('inferred' as const) : ('unknown' as const) };
  return {
    id: baseArticleId({ sourceFile, index, title }),
    sourceFile,
    parentId,
    title,
    titleDerived,
    titleBlock: draft.headlineBlock,
    ...publisherOf(sourceFile, draft, index, sidecar, cutLines, lexicon),
    url: sidecar?.url ?? null,
    publishedOn: dated.publishedOn,
    dateBasis: dated.dateBasis,
    dateSource: dated.dateSource,
    blocks: draft.blocks,
    cuts: draft.cuts,
    personIds: [],
  };
}

/**
 * What the reader stated in a sidecar wins; then the outlet label of an embedded article; then what
 * the page says of itself; then, for the page's own article alone (index 0), the file's name.
 */
function publisherOf(sourceFile: string, draft: DraftArticle, index: number, sidecar: Sidecar | null, chrome: ChromeLine[], lexicon: StoryLexicon): Pick<Article, 'publisher' | 'publisherBasis'> {
  if (sidecar?.publisher) return { publisher: sidecar.publisher, publisherBasis: `As stated in ${sourceFile}.meta.json.` };
  if (draft.outlet) return { publisher: draft.outlet, publisherBasis: `The outlet named above this article inside another page.` };
  const headline = draft.headlineBlock === null ? null : (draft.blocks[draft.headlineBlock]?.text ?? null);
  const found = findPublisher({ chrome, headline, outlets: lexicon.outlets, ...(index === 0 ? { fileName: sourceFile } : {}) });
  return { publisher: found.publisher, publisherBasis: found.basis };
}

function toEmbeddedArticle(sourceFile: string, sourceText: string, draft: DraftArticle, index: number, host: Article | null, lexicon: StoryLexicon): Article {
  const article = toArticle(sourceFile, sourceText, draft, index, host?.id ?? null, null, lexicon);
  if (host?.publishedOn && draft.age) {
    const date = dateFromAge(draft.age, host.publishedOn);
    if (date) {
      article.publishedOn = date;
      article.dateSource = 'host-age';
      article.dateBasis = `${formatLongDate(date)}: listed as "${draft.age}" on "${host.title}", which is dated ${formatLongDate(host.publishedOn)}.`;
    }
  }
  return article;
}
