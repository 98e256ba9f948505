import { searchFoldsOf, type IndexFile } from '../data/app-files.ts';
import { SCHEMA_VERSION, corpusSchema, type Corpus, type Problem } from '../data/contract.ts';
import { MY_ARTICLE_PREFIX, MY_SOURCE_KEY_PREFIX, type LibraryBuild } from '../data/library.ts';
import { buildAppFiles, searchDocumentsOf } from './build-app-files.ts';
import { buildCorpus, type SourceInput } from './build-corpus.ts';
import { DEFAULT_STORY_LEXICON, type StoryLexicon } from './lexicon/story-lexicon.ts';

/** Every id the corpus gives an article, quote, figure or dataset, prefixed: the reader's pages never share an id with the built-in ones. */
export function prefixCorpusIds(corpus: Corpus, prefix: string): Corpus {
  const article = (id: string) => `${prefix}${id}`;
  return {
    ...corpus,
    articles: corpus.articles.map((entry) => ({ ...entry, id: article(entry.id), parentId: entry.parentId === null ? null : article(entry.parentId) })),
    people: corpus.people.map((person) => ({ ...person, descriptors: person.descriptors.map((descriptor) => ({ ...descriptor, articleId: article(descriptor.articleId) })) })),
    quotes: corpus.quotes.map((quote) => ({ ...quote, id: `${prefix}${quote.id}`, articleId: article(quote.articleId) })),
    figures: corpus.figures.map((figure) => ({ ...figure, id: `${prefix}${figure.id}`, articleId: article(figure.articleId) })),
    datasets: corpus.datasets.map((dataset) => ({ ...dataset, id: `${prefix}${dataset.id}`, articleId: article(dataset.articleId) })),
  };
}

/**
 * The reader's pages through the whole pipeline, as in the CLI: decode, segment, date, people, quotes,
 * figures, then the app files. Pure, so it runs in a Web Worker; problems found while reading the
 * files (too large, a stray sidecar) come in with `readingProblems` and go out with the pipeline's own.
 */
export function buildLibrary(
  inputs: readonly SourceInput[],
  readingProblems: readonly Problem[],
  addedAt: ReadonlyMap<string, string>,
  lexicon: StoryLexicon = DEFAULT_STORY_LEXICON,
  onProgress?: (fraction: number) => void,
): LibraryBuild {
  // The corpus is 90% of the bar; checking it and cutting the app files (stories among them) is the rest.
  const built = buildCorpus(inputs, { lexicon, ...(onProgress ? { onProgress: (fraction: number) => onProgress(fraction * 0.9) } : {}) });
  // The CLI checks its corpus against the contract before writing; so does the browser, before keeping it.
  const corpus = prefixCorpusIds(corpusSchema.parse(built.corpus) as Corpus, MY_ARTICLE_PREFIX);
  const appFiles = buildAppFiles(corpus, built.sources, searchFoldsOf(lexicon.spellings), { search: false });
  const files: Record<string, string> = {};
  for (const [path, content] of appFiles) {
    if (path === 'corpus.json') continue;
    files[path.startsWith('sources/') ? `sources/${MY_SOURCE_KEY_PREFIX}${path.slice('sources/'.length)}` : path] = content;
  }
  const index = JSON.parse(files['index.json']!) as IndexFile;
  index.articles = index.articles.map((summary) => ({ ...summary, sourceKey: `${MY_SOURCE_KEY_PREFIX}${summary.sourceKey}` }));
  files['index.json'] = JSON.stringify(index);
  onProgress?.(1);
  const sizes = new Map(inputs.map((input) => [input.sourceFile, input.bytes.length]));
  return {
    schemaVersion: SCHEMA_VERSION,
    files,
    searchDocuments: searchDocumentsOf(corpus),
    problems: [...readingProblems, ...corpus.problems],
    pages: inputs.map((input) => ({
      sourceFile: input.sourceFile,
      bytes: sizes.get(input.sourceFile) ?? 0,
      addedAt: addedAt.get(input.sourceFile) ?? '',
      articleIds: corpus.articles.filter((entry) => entry.sourceFile === input.sourceFile).map((entry) => entry.id),
    })),
  };
}
