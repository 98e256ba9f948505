import type { ArticleFile, DatasetsFile, IndexFile, PersonFile, QuoteEntry, QuotesFile, SourceFile } from '#src/data/app-files.ts';
import { withSameWords } from '#src/data/same-words-carriers.ts';
import { findStories } from '#src/ingest/stories/find-stories.ts';
import type { Article, Block, Dataset, Figure, Quote } from '#src/data/contract.ts';

/**
 * A small, internally consistent corpus for unit tests: every offset is computed from the source text,
 * so `source.slice(start, end) === block.text` holds exactly as it does for real ingest output.
 */
const RT_SOURCE = [
  'Trump says he wants to see deal with Russia',
  'US President Donald Trump says he would like to see an agreement with Russia.',
  "Asked about the summit, Trump said: 'I'd like to see a deal with Russia.'",
  'Key points',
  'Prisoner exchanges continued after talks on June 2.',
  'Russia returned the remains of 6,000 troops and received 59 in return.',
  'Try Our AI Features',
  'Lavrov rejects Western demands',
  "Foreign Minister Sergey Lavrov said: 'We will not accept ultimatums.'",
  'Comments',
].join('\n');

const GUARDIAN_SOURCE = [
  'Putin called me up, says Trump',
  "“Vladimir called me up. He said, ‘Can I help you with Iran?’” Trump told journalists.",
  'Ukrainian President Volodymyr Zelenskyy will meet Trump on the sidelines.',
  'Kremlin spokesman Dmitry Peskov said the call was constructive.',
  'Later Trump repeated: “I’d like to see a deal with Russia.”',
].join('\n');

function blocksOf(source: string, lines: [string, Block['type']][]): Block[] {
  return lines.map(([text, type]) => {
    const start = source.indexOf(text);
    if (start < 0) throw new Error(`fixture text not in source: ${text}`);
    return { type, text, start, end: start + text.length };
  });
}

function cutOf(source: string, text: string, reason: string) {
  const start = source.indexOf(text);
  return { start, end: start + text.length, reason };
}

function quoteIn(article: Article, source: string, id: string, words: string, speakerId: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const start = source.indexOf(words);
  const block = article.blocks.findIndex((b) => b.start <= start && start + words.length <= b.end);
  return { id, articleId: article.id, speakerId, text: words, kind, block, start, end: start + words.length };
}

const rtArticle: Article = {
  id: 'rt-deal-with-russia',
  sourceFile: '000_rt.txt',
  parentId: null,
  title: 'Trump says he wants to see deal with Russia',
  titleDerived: false,
  publisher: 'RT',
  publisherBasis: 'The page names it: "© Autonomous Nonprofit Organization TV-Novosti, 2005–2025".',
  url: 'https://www.rt.com/news/deal-with-russia/',
  publishedOn: '2025-06-24',
  dateBasis: 'dateline “Tuesday” before the NATO summit',
  dateSource: 'inferred',
  titleBlock: 0,
  blocks: blocksOf(RT_SOURCE, [
    ['Trump says he wants to see deal with Russia', 'heading'],
    ['US President Donald Trump says he would like to see an agreement with Russia.', 'paragraph'],
    ["Asked about the summit, Trump said: 'I'd like to see a deal with Russia.'", 'paragraph'],
    ['Key points', 'heading'],
    ['Prisoner exchanges continued after talks on June 2.', 'list-item'],
    ['Russia returned the remains of 6,000 troops and received 59 in return.', 'list-item'],
  ]),
  cuts: [cutOf(RT_SOURCE, 'Try Our AI Features', 'site chrome'), cutOf(RT_SOURCE, 'Comments', 'comment section')],
  personIds: ['donald-trump', 'vladimir-putin'],
};

const lavrovArticle: Article = {
  id: 'rt-lavrov-ultimatums',
  sourceFile: '000_rt.txt',
  parentId: 'rt-deal-with-russia',
  title: 'Lavrov rejects Western demands',
  titleDerived: false,
  titleBlock: null,
  publisher: 'RT',
  url: null,
  publishedOn: '2025-06-20',
  dateBasis: 'inferred from “last week” in the host page',
  dateSource: 'host-age',
  blocks: blocksOf(RT_SOURCE, [["Foreign Minister Sergey Lavrov said: 'We will not accept ultimatums.'", 'paragraph']]),
  cuts: [],
  personIds: ['sergey-lavrov'],
};

const guardianArticle: Article = {
  id: 'guardian-putin-called',
  sourceFile: '003_guardian.txt',
  parentId: null,
  title: 'Putin called me up, says Trump',
  titleDerived: false,
  titleBlock: null,
  publisher: 'The Guardian',
  url: null,
  publishedOn: '2025-06-25',
  dateBasis: 'published date in the page header',
  dateSource: 'stated',
  blocks: blocksOf(GUARDIAN_SOURCE, [
    ["“Vladimir called me up. He said, ‘Can I help you with Iran?’” Trump told journalists.", 'paragraph'],
    ['Ukrainian President Volodymyr Zelenskyy will meet Trump on the sidelines.', 'paragraph'],
    ['Kremlin spokesman Dmitry Peskov said the call was constructive.', 'paragraph'],
    ['Later Trump repeated: “I’d like to see a deal with Russia.”', 'paragraph'],
  ]),
  cuts: [],
  personIds: ['donald-trump', 'vladimir-putin', 'volodymyr-zelensky', 'dmitry-peskov'],
};

const undatedArticle: Article = {
  id: 'undated-note',
  sourceFile: '004_note.txt',
  parentId: null,
  title: 'A note without a date',
  titleDerived: true,
  titleBlock: null,
  publisher: null,
  url: null,
  publishedOn: null,
  dateBasis: 'no date found',
  dateSource: 'unknown',
  blocks: [{ type: 'paragraph', text: 'Nothing dated here.', start: 0, end: 19 }],
  cuts: [],
  personIds: [],
};

export const fixtureArticles = [rtArticle, lavrovArticle, guardianArticle, undatedArticle];

const corpusQuotes: Quote[] = [
  quoteIn(rtArticle, RT_SOURCE, 'q1', "I'd like to see a deal with Russia.", 'donald-trump'),
  quoteIn(lavrovArticle, RT_SOURCE, 'q2', 'We will not accept ultimatums.', 'sergey-lavrov'),
  quoteIn(guardianArticle, GUARDIAN_SOURCE, 'q3', 'Vladimir called me up.', 'donald-trump'),
  quoteIn(guardianArticle, GUARDIAN_SOURCE, 'q4', 'the call was constructive', 'dmitry-peskov', 'indirect'),
  quoteIn(guardianArticle, GUARDIAN_SOURCE, 'q5', 'I’d like to see a deal with Russia.', 'donald-trump'),
];
// Grouped the way the ingest groups them, so the fixture cannot claim an echo the pipeline would not find.
const quotes: QuoteEntry[] = withSameWords(corpusQuotes, (articleId) => fixtureArticles.find((article) => article.id === articleId)?.publisher ?? null);
export const fixtureQuotesFile: QuotesFile = { schemaVersion: 1, quotes };

function pointAt(article: Article, source: string, number: string, label: string, value: number, series?: string) {
  const start = source.indexOf(number);
  const block = article.blocks.findIndex((b) => b.start <= start && start < b.end);
  return { label, value, block, start, end: start + number.length, ...(series ? { series } : {}) };
}

const datasets: Dataset[] = [
  {
    id: 'remains-exchanged',
    articleId: rtArticle.id,
    title: 'Remains exchanged',
    unit: 'soldiers',
    points: [
      pointAt(rtArticle, RT_SOURCE, '6,000', 'Returned by Russia', 6000, 'returned'),
      pointAt(rtArticle, RT_SOURCE, '59', 'Received by Russia', 59, 'received'),
    ],
  },
];

const remains = pointAt(rtArticle, RT_SOURCE, '6,000', 'Returned by Russia', 6000);
const figures: Figure[] = [{ id: `${rtArticle.id}-figure-1`, articleId: rtArticle.id, value: 6000, unit: 'soldiers', label: 'Remains returned by Russia', block: remains.block, start: remains.start, end: remains.end }];

const people = [
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], descriptors: [{ text: 'US President', articleId: rtArticle.id }] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], descriptors: [{ text: 'Russian President', articleId: guardianArticle.id }] },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], descriptors: [{ text: 'Foreign Minister', articleId: lavrovArticle.id }] },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelenskyy'], descriptors: [{ text: 'Ukrainian President', articleId: guardianArticle.id }] },
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Peskov'], descriptors: [{ text: 'Kremlin spokesman', articleId: guardianArticle.id }] },
];

function summarize(article: Article) {
  const { blocks, cuts, publisherBasis, ...rest } = article;
  void cuts;
  void publisherBasis;
  return {
    ...rest,
    snippet: blocks.find((b) => b.type === 'paragraph')?.text ?? '',
    quoteCount: quotes.filter((q) => q.articleId === article.id).length,
    embeddedIds: fixtureArticles.filter((a) => a.parentId === article.id).map((a) => a.id),
    sourceKey: article.sourceFile.replace(/[^A-Za-z0-9._-]/g, '_'),
  };
}

export const fixtureIndex: IndexFile = {
  schemaVersion: 1,
  articles: fixtureArticles.map(summarize),
  people: people.map(({ descriptors, ...person }) => ({
    ...person,
    quoteCount: quotes.filter((q) => q.speakerId === person.id).length,
    articleCount: fixtureArticles.filter((a) => a.personIds.includes(person.id)).length,
    topDescriptors: descriptors.map((descriptor) => descriptor.text),
  })),
  anchorEvents: [
    { id: 'nato-summit', label: 'NATO summit, The Hague', start: '2025-06-24', end: '2025-06-25', source: 'nato.int' },
    { id: 'alaska', label: 'Alaska summit', start: '2025-08-15', end: '2025-08-15', source: 'whitehouse.gov' },
  ],
  problems: [],
  stories: findStories(fixtureArticles),
};

export function fixtureArticleFile(id: string): ArticleFile | undefined {
  const article = fixtureArticles.find((a) => a.id === id);
  return article && { schemaVersion: 1, article, quotes: quotes.filter((q) => q.articleId === id), figures: figures.filter((f) => f.articleId === id) };
}

export function fixturePersonFile(personId: string): PersonFile | undefined {
  const person = people.find((candidate) => candidate.id === personId);
  return person && { schemaVersion: 1, personId, descriptors: person.descriptors, quotes: quotes.filter((q) => q.speakerId === personId) };
}

export const fixtureDatasetsFile: DatasetsFile = { schemaVersion: 1, datasets, figures };

export function fixtureSourceFile(sourceKey: string): SourceFile | undefined {
  const texts: Record<string, string> = { '000_rt.txt': RT_SOURCE, '003_guardian.txt': GUARDIAN_SOURCE, '004_note.txt': 'Nothing dated here.' };
  const text = texts[sourceKey];
  return text === undefined ? undefined : { schemaVersion: 1, sourceFile: sourceKey, text };
}
