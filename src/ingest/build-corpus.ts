import { SCHEMA_VERSION, type Article, type Corpus, type Dataset, type Figure, type Problem, type Quote } from '../data/contract.ts';
import { toAnchorEvents } from './anchor-events.ts';
import { formatLongDate } from './calendar-days.ts';
import { decodeSource } from './decode-source.ts';
import { deriveTitle } from './derive-title.ts';
import { extractFigures } from './extract-figures.ts';
import { findPeople } from './find-people.ts';
import { findPublisher } from './find-publisher.ts';
import { DEFAULT_STORY_LEXICON, type StoryLexicon } from './lexicon/story-lexicon.ts';
import { dateFromAge } from './dates/date-from-age.ts';
import { inferPublicationDate } from './infer-date.ts';
import { baseArticleId, uniqueArticleIds } from './article-ids.ts';
import { attributeQuotes } from './quotes/attribute-quotes.ts';
import { findIndirectSpeech } from './quotes/find-indirect-speech.ts';
import { readSidecar, type Sidecar } from './read-sidecar.ts';
import { findTemplateLines, segmentPage, type DraftArticle } from './segment-page.ts';
import { applyStatedBlocks } from './segment/stated-blocks.ts';

export interface SourceInput {
  sourceFile: string;
  bytes: Uint8Array;
  /** text of `<sourceFile>.meta.json`, when there is one */
  sidecarText?: string;
}

export interface BuildResult {
  corpus: Corpus;
  /** decoded text of every source that became articles, for "view source" */
  sources: Map<string, string>;
}

/** Cut lines above this block of the article may state its date. */
const DATE_LINE_BLOCKS = 4;

interface Placed {
  article: Article;
  draft: DraftArticle;
  /** place in its source file: 0 for the page's own article, 1… for embedded ones */
  index: number;
}

/**
 * The whole pipeline: raw files in, a validated-shape corpus out. Pure and deterministic: the
 * same inputs give the same corpus, whatever their order.
 * @example buildCorpus([{ sourceFile: 'a.txt', bytes: new TextEncoder().encode('Headline here now\nBody text.') }])
 */
export interface BuildOptions {
  /** the story's people, outlets and calendar (see lexicon/story-lexicon.ts); the built-in story when left out */
  lexicon?: StoryLexicon;
  /**
   * How far the build is, 0 to 1: the first half is the pages segmented, the second the articles read for
   * people, quotes and figures. Called at most once per percent, so a worker's messages stay few.
   */
  onProgress?: (fraction: number) => void;
}

/** A progress callback that passes on a fraction only when it reaches the next whole percent. */
function byPercent(onProgress: ((fraction: number) => void) | undefined): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (!onProgress || percent === last) return;
    last = percent;
    onProgress(percent / 100);
  };
}

export function buildCorpus(inputs: readonly SourceInput[], options: BuildOptions = {}): BuildResult {
  const lexicon = options.lexicon ?? DEFAULT_STORY_LEXICON;
  const progress = byPercent(options.onProgress);
  const ordered = [...inputs].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
  const problems: Problem[] = [];
  const decoded: { sourceFile: string; text: string; sidecar: Sidecar | null }[] = [];
  for (const input of ordered) {
    const result = decodeSource(input.sourceFile, input.bytes);
    if (!result.ok) {
      problems.push(result.problem);
      continue;
    }
    problems.push(...result.warnings);
    let sidecar: Sidecar | null = null;
    if (input.sidecarText !== undefined) {
      const read = readSidecar(input.sourceFile, input.sidecarText);
      sidecar = read.sidecar;
      if (read.problem) problems.push(read.problem);
    }
    decoded.push({ sourceFile: input.sourceFile, text: result.text, sidecar });
  }

  const templateLines = findTemplateLines(decoded.map((source) => source.text));
  const placed: Placed[] = [];
  const sources = new Map<string, string>();
  for (const [position, source] of decoded.entries()) {
    progress((position / Math.max(1, decoded.length)) * 0.5);
    const segmented = segmentPage(source.text, { templateLines });
    const stated = source.sidecar?.blocks ? applyStatedBlocks(segmented.host, source.sidecar.blocks, source.text, source.sourceFile) : null;
    if (stated) problems.push(...stated.problems);
    const page = stated ? { ...segmented, host: stated.draft } : segmented;
    if (page.host.blocks.length === 0 && page.embedded.every((draft) => draft.blocks.length === 0)) {
      problems.push({ sourceFile: source.sourceFile, severity: 'error', message: 'No article text was left once site chrome was removed; the page may be only menus, links or comments.' });
      continue;
    }
    sources.set(source.sourceFile, source.text);
    const host = toArticle(source.sourceFile, source.text, page.host, 0, null, source.sidecar, lexicon);
    if (page.host.blocks.length > 0) placed.push({ article: host, draft: page.host, index: 0 });
    page.embedded.forEach((draft, index) => {
      if (draft.blocks.length === 0) return;
      placed.push({ article: toEmbeddedArticle(source.sourceFile, source.text, draft, index + 1, page.host.blocks.length > 0 ? host : null, lexicon), draft, index: index + 1 });
    });
    if (page.host.blocks.length === 0) {
      problems.push({ sourceFile: source.sourceFile, severity: 'warning', message: 'The page has no text of its own, only articles of other outlets; those were kept.' });
    }
  }

  assignUniqueIds(placed);
  // A title stated in a sidecar replaces the headline only now, so the article keeps the id its page gives it.
  const statedTitles = new Map(decoded.flatMap((source) => (source.sidecar?.title ? [[source.sourceFile, source.sidecar.title] as const] : [])));
  for (const { article, index } of placed) {
    const stated = index === 0 ? statedTitles.get(article.sourceFile) : undefined;
    if (stated) Object.assign(article, { title: stated, titleDerived: false, titleBlock: null });
  }
  const { people, mentions } = findPeople(placed.map(({ article }) => ({ id: article.id, blocks: article.blocks })), lexicon.people);
  const quotes: Quote[] = [];
  const datasets: Dataset[] = [];
  const figures: Figure[] = [];
  for (const [position, { article }] of placed.entries()) {
    progress(0.5 + (position / Math.max(1, placed.length)) * 0.5);
    const articleMentions = mentions.get(article.id) ?? [];
    const counts = new Map<string, number>();
    for (const mention of articleMentions) counts.set(mention.personId, (counts.get(mention.personId) ?? 0) + 1);
    article.personIds = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    const direct = attributeQuotes({ articleId: article.id, blocks: article.blocks, mentions: articleMentions, people, headlineBlock: article.titleBlock });
    quotes.push(...direct, ...findIndirectSpeech(article.id, article.blocks, articleMentions, direct));
    const extracted = extractFigures(article.id, article.blocks, article.publishedOn?.slice(0, 4) ?? null);
    datasets.push(...extracted.datasets);
    figures.push(...extracted.figures);
  }

  applyStatedSpeakers(quotes, placed, decoded, new Set(people.map((person) => person.id)), problems);
  progress(1);

  return {
    corpus: {
      schemaVersion: SCHEMA_VERSION,
      articles: placed.map(({ article }) => article),
      people,
      quotes,
      datasets,
      figures,
      problems,
      anchorEvents: toAnchorEvents(lexicon.events),
    },
    sources,
  };
}

/**
 * A sidecar's `speakers` (start offset of a quote in the file → person id or null) override attribution:
 * the reader's correction of a speaker survives a rebuild. An offset where no quote starts, or a person
 * the pages never name, is reported and ignored.
 */
function applyStatedSpeakers(quotes: Quote[], placed: readonly Placed[], decoded: readonly { sourceFile: string; sidecar: Sidecar | null }[], personIds: ReadonlySet<string>, problems: Problem[]): void {
  const fileOf = new Map(placed.map(({ article }) => [article.id, article.sourceFile]));
  for (const { sourceFile, sidecar } of decoded) {
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
function assignUniqueIds(placed: Placed[]): void {
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
    // What the reader stated in a sidecar wins; then the outlet label of an embedded article; then what the page says of itself.
    publisher: sidecar?.publisher ?? draft.outlet ?? findPublisher({ chrome: cutLines, headline: draft.headlineBlock === null ? null : (draft.blocks[draft.headlineBlock]?.text ?? null), outlets: lexicon.outlets }).publisher,
    url: sidecar?.url ?? null,
    publishedOn: dated.publishedOn,
    dateBasis: dated.dateBasis,
    dateSource: dated.dateSource,
    blocks: draft.blocks,
    cuts: draft.cuts,
    personIds: [],
  };
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
