import { z } from 'zod';
import { isoDate, type Problem } from '../data/contract.ts';

/** What a user who knows better can state about a page in `<file>.meta.json`; it overrides inference. */
export const sidecarSchema = z
  .object({
    /** null: the page has no date the reader trusts, whatever the text suggests */
    publishedOn: z.optional(z.nullable(isoDate)),
    publisher: z.string().min(1).optional(),
    /** the article's title, when the page's headline was misread; the headline stays in the text */
    title: z.string().trim().min(1).max(300).optional(),
    /** why publishedOn is that day ("dateline", "publication line"): shown in the date basis */
    dateNote: z.string().trim().min(1).max(300).optional(),
    /** a quote's speaker as the reader set it: the quote's start offset in the file → a person id, or null for no speaker */
    speakers: z.record(z.string().regex(/^\d{1,9}$/), z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/).nullable()).optional(),
    /** the reader's word on segmentation: a block's start offset → "chrome" (not article text), a cut's start → "text" */
    blocks: z.record(z.string().regex(/^\d{1,9}$/), z.enum(['chrome', 'text'])).optional(),
    // Rendered as the "Original page" link: javascript: or data: there would run in the reader's tab.
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

type Read = { sidecar: Sidecar | null; problem: Problem | null };

const FIELDS = new Set(Object.keys(sidecarSchema.shape));

/**
 * Parses a sidecar's text; a broken one is reported and ignored, never fatal. A bad field (a
 * date that is no day, a non-http url) is reported and dropped, and the rest of the sidecar kept.
 * @example readSidecar('a.txt', '{"publisher":"TASS"}') // { sidecar: { publisher: 'TASS' }, problem: null }
 * @example readSidecar('a.txt', '{"publishedOn":"2025-02-30","publisher":"TASS"}') // { sidecar: { publisher: 'TASS' }, problem: { … } }
 */
export function readSidecar(sourceFile: string, text: string): Read {
  const warn = (message: string): Problem => ({ sourceFile, severity: 'warning', message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { sidecar: null, problem: warn(`${sourceFile}.meta.json is not valid JSON; it was ignored.`) };
  }
  const parsed = sidecarSchema.safeParse(json);
  if (parsed.success) return { sidecar: parsed.data, problem: null };
  const why = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ');
  const badFields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
  if ([...badFields].every((field) => FIELDS.has(field))) {
    const kept = Object.fromEntries(Object.entries(json as Record<string, unknown>).filter(([field]) => !badFields.has(field)));
    const retried = sidecarSchema.safeParse(kept);
    if (retried.success) {
      return { sidecar: retried.data, problem: warn(`${sourceFile}.meta.json: ${[...badFields].join(', ')} ignored (${why}); the rest of it was used.`) };
    }
  }
  return { sidecar: null, problem: warn(`${sourceFile}.meta.json was ignored (${why}).`) };
}
