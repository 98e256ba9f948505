import type { ArticleSummary } from '#src/data/app-files.ts';
import { sidecarOf, type ArticleCorrection } from '#src/data/corrections.ts';

/**
 * The reader's corrections as the files the CLI reads: one `<file>.meta.json` per corrected page, to
 * put beside the pages in seeds/ so `npm run ingest` keeps them. A correction of an article embedded
 * in another page has no sidecar of its own (a sidecar describes its page's own article): it is listed apart.
 */
export function correctionSidecars(corrections: Iterable<ArticleCorrection>, articlesById: ReadonlyMap<string, ArticleSummary>): { files: Record<string, string>; kept: ArticleCorrection[] } {
  const files: Record<string, string> = {};
  const kept: ArticleCorrection[] = [];
  for (const correction of corrections) {
    const article = articlesById.get(correction.articleId);
    if (!correction.isPageArticle || !article) {
      kept.push(correction);
      continue;
    }
    files[`${correction.sourceFile}.meta.json`] = `${JSON.stringify(sidecarOf(correction, article), null, 2)}\n`;
  }
  return { files, kept };
}

/** A stored page as the seeds folder holds it: its bytes, and the sidecar it came with (a pasted page's address). */
export type SeedPage = { sourceFile: string; bytes: Uint8Array; sidecarText?: string };

/**
 * The reader's own pages as a seeds folder the CLI reads: every page as it was added, its sidecar with
 * the reader's corrections laid over the one it came with, the sidecars of corrected built-in pages,
 * and the story file when the reader gave one. `npm run ingest -- --seeds <folder>` then rebuilds
 * exactly what the browser shows. A page's own sidecar that is not JSON is kept as it was.
 */
export function seedsFolder(
  pages: readonly SeedPage[],
  corrections: Iterable<ArticleCorrection>,
  articlesById: ReadonlyMap<string, ArticleSummary>,
  story: { fileName: string; text: string } | null,
): Record<string, string | Uint8Array> {
  const { files: correctionFiles } = correctionSidecars(corrections, articlesById);
  const folder: Record<string, string | Uint8Array> = { ...correctionFiles };
  for (const page of pages) {
    folder[page.sourceFile] = page.bytes;
    const name = `${page.sourceFile}.meta.json`;
    const corrected = correctionFiles[name];
    if (page.sidecarText === undefined) continue;
    if (!corrected) {
      folder[name] = page.sidecarText;
      continue;
    }
    const own = parseObject(page.sidecarText);
    folder[name] = own ? `${JSON.stringify({ ...own, ...(JSON.parse(corrected) as object) }, null, 2)}\n` : corrected;
  }
  if (story) folder[story.fileName] = story.text;
  return folder;
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A zip of files (fflate), loaded only when someone exports. */
export async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])), {
    level: 6,
    mtime: new Date('2025-01-01T00:00:00Z'),
  });
}
