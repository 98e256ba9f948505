import { z } from 'zod';
import type { Problem } from '../data/contract.ts';

/** What a user who knows better can state about a page in `<file>.meta.json`; it overrides inference. */
export const sidecarSchema = z
  .object({
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'publishedOn must be YYYY-MM-DD').optional(),
    publisher: z.string().min(1).optional(),
    url: z.string().url().optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/**
 * Parses a sidecar's text; a broken one is reported and ignored, never fatal.
 * @example readSidecar('a.txt', '{"publisher":"TASS"}') // { sidecar: { publisher: 'TASS' }, problem: null }
 */
export function readSidecar(sourceFile: string, text: string): { sidecar: Sidecar | null; problem: Problem | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { sidecar: null, problem: { sourceFile, severity: 'warning', message: `${sourceFile}.meta.json is not valid JSON; it was ignored.` } };
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) {
    const why = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ');
    return { sidecar: null, problem: { sourceFile, severity: 'warning', message: `${sourceFile}.meta.json was ignored (${why}).` } };
  }
  return { sidecar: parsed.data, problem: null };
}
