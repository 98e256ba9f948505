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

/** A zip of the sidecars (fflate), loaded only when someone exports. */
export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}
