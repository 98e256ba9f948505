import type { IndexFile, SearchDocument } from './app-files.ts';
import type { Problem } from './contract.ts';

/**
 * A reader's own pages, built in their browser by the same pipeline as the CLI (src/ingest/build-library.ts)
 * and kept in IndexedDB beside the built-in corpus, which stays read-only.
 *
 * Their ids and source keys carry prefixes no built-in id or key can have (built-in article ids are
 * slugs of [a-z0-9-]; built-in source keys never have a `~` followed by a letter above F), so the two
 * never collide, whatever the reader adds.
 */
export const MY_ARTICLE_PREFIX = '~mine-';
export const MY_SOURCE_KEY_PREFIX = '~mine~';

export function isMyArticle(articleId: string): boolean {
  return articleId.startsWith(MY_ARTICLE_PREFIX);
}

/** One page the reader added: what became of it. */
export type LibraryPage = { sourceFile: string; bytes: number; addedAt: string; articleIds: string[] };

/** Everything the app needs of the reader's pages: their app files (as the CLI writes them), search documents and problems. */
export type LibraryBuild = {
  schemaVersion: number;
  /** relative path → file content, like the CLI's output folder (index.json, articles/…, people/…, quotes.json, datasets.json, sources/…) */
  files: Record<string, string>;
  searchDocuments: SearchDocument[];
  /** files that became no article, or became one with a warning */
  problems: Problem[];
  pages: LibraryPage[];
};

export function libraryIndex(build: LibraryBuild): IndexFile | null {
  const text = build.files['index.json'];
  return text ? (JSON.parse(text) as IndexFile) : null;
}
