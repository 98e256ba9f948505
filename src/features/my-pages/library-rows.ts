import type { Problem } from '#src/data/contract.ts';
import { libraryIndex, type LibraryBuild } from '#src/data/library.ts';

/** One file the reader gave, as the My pages table shows it: the articles it became and its problems. */
export type LibraryRow = { sourceFile: string; articles: { id: string; title: string }[]; problems: Problem[] };

/**
 * Every file of the build once, by name: stored pages, and files that were never stored (too large,
 * a stray sidecar) but have a problem to show. Built once per build, not per row.
 */
export function libraryRows(build: LibraryBuild): LibraryRow[] {
  const titles = new Map((libraryIndex(build)?.articles ?? []).map((article) => [article.id, article.title]));
  const problems = new Map<string, Problem[]>();
  for (const problem of build.problems) problems.set(problem.sourceFile, [...(problems.get(problem.sourceFile) ?? []), problem]);
  const articleIds = new Map(build.pages.map((page) => [page.sourceFile, page.articleIds]));
  const names = [...new Set([...articleIds.keys(), ...problems.keys()])].sort();
  return names.map((sourceFile) => ({
    sourceFile,
    articles: (articleIds.get(sourceFile) ?? []).map((id) => ({ id, title: titles.get(id) ?? id })),
    problems: problems.get(sourceFile) ?? [],
  }));
}
