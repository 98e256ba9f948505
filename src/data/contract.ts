// zod/mini, not zod: the app parses these in the first view, and the functional API is a fifth of the bytes.
import * as z from 'zod/mini';
import { isCalendarDate } from '#src/lib/dates.ts';

/**
 * The data contract between the ingest pipeline and the app (documented in docs/data-format.md).
 * Bump SCHEMA_VERSION on any change a loader of the old shape would misread.
 */
export const SCHEMA_VERSION = 1;

/** A real calendar day as YYYY-MM-DD: 2025-13-01 and 2025-02-30 match the pattern but are no day at all (issue 6, point 2). */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'), z.refine(isCalendarDate, 'expected a real calendar date'));
const offset = z.int().check(z.nonnegative());

/** A span of the source file: `source.slice(start, end)` is the exact text. */
export const blockSchema = z.object({
  type: z.enum(['paragraph', 'heading', 'list-item']),
  text: z.string(),
  start: offset,
  end: offset,
});

/** A stretch of the source the pipeline dropped, with the reason a reader sees in "view source". */
export const cutSchema = z.object({
  start: offset,
  end: offset,
  reason: z.string(),
});

export const articleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  sourceFile: z.string(),
  parentId: z.nullable(z.string()),
  title: z.string(),
  titleDerived: z.boolean(),
  /** index of the block holding the headline (a reader shows it as the title, not again in the body); null when derived */
  titleBlock: z.nullable(z.int().check(z.nonnegative())),
  publisher: z.nullable(z.string()),
  /** the evidence for the publisher, or why there is none, in words ("The file's name, …, starts with it."); absent in files written before it was kept */
  publisherBasis: z.optional(z.string()),
  /** the page's address, when a sidecar <file>.meta.json gives it */
  url: z.nullable(z.string()),
  publishedOn: z.nullable(isoDate),
  dateBasis: z.string(),
  /** stated: from a sidecar; inferred: from the text; host-age: host page's date less the age printed above an embedded article; unknown: null date */
  dateSource: z.enum(['stated', 'inferred', 'host-age', 'unknown']),
  blocks: z.array(blockSchema),
  cuts: z.array(cutSchema),
  personIds: z.array(z.string()),
});

export const descriptorSchema = z.object({ text: z.string(), articleId: z.string() });

export const personSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  aliases: z.array(z.string()),
  descriptors: z.array(descriptorSchema),
});

export const quoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  /** null when a quotation was found but no speaker could be named with confidence. */
  speakerId: z.nullable(z.string()),
  text: z.string(),
  /** direct: the speaker's own sentence or clause; partial: a fragment inside the reporter's sentence (he called him a "dictator"); indirect: reported speech, no quotation marks */
  kind: z.enum(['direct', 'partial', 'indirect']),
  /** index into the article's blocks */
  block: z.int().check(z.nonnegative()),
  start: offset,
  end: offset,
});

export const pointSchema = z.object({
  label: z.string(),
  value: z.number(),
  series: z.optional(z.string()),
  block: z.int().check(z.nonnegative()),
  /** the number as written in the source: source.slice(start, end) */
  start: offset,
  end: offset,
});

/**
 * One quantity an article states (a share, a sum of money, a count, a duration), with the unit it is
 * counted in and a label read from its sentence. `source.slice(start, end)` is the number as written.
 */
export const figureSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  value: z.number(),
  /** '%', a currency code ('USD', 'EUR', 'RUB', …), or a counted noun ('people', 'days', 'km', 'points', …) */
  unit: z.string(),
  label: z.string(),
  block: z.int().check(z.nonnegative()),
  start: offset,
  end: offset,
});

export const datasetSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  title: z.string(),
  unit: z.string(),
  points: z.array(pointSchema),
});

export const problemSchema = z.object({
  sourceFile: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const anchorEventSchema = z.object({
  id: z.string(),
  label: z.string(),
  start: isoDate,
  end: isoDate,
  source: z.string(),
});

export const corpusSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSchema),
  people: z.array(personSchema),
  quotes: z.array(quoteSchema),
  datasets: z.array(datasetSchema),
  figures: z.array(figureSchema),
  problems: z.array(problemSchema),
  anchorEvents: z.array(anchorEventSchema),
});

/** The element schema of each of the corpus's lists (corpusMismatch checks them one element at a time). */
export const CORPUS_LISTS = {
  articles: articleSchema,
  people: personSchema,
  quotes: quoteSchema,
  datasets: datasetSchema,
  figures: figureSchema,
  problems: problemSchema,
  anchorEvents: anchorEventSchema,
} as const;

/**
 * Null when the corpus is what the contract describes, else zod's account of the first place it is not
 * (prefixed with the list and position). Each list is checked an element at a time: zod's parse returns a
 * copy, and a copy of a 10,000-page corpus held whole is hundreds of MB the ingest does not need.
 */
export function corpusMismatch(corpus: Corpus): string | null {
  const lists = Object.keys(CORPUS_LISTS) as (keyof typeof CORPUS_LISTS)[];
  const outline = corpusSchema.safeParse({ ...corpus, ...Object.fromEntries(lists.map((list) => [list, []])) });
  if (!outline.success) return outline.error.message;
  for (const list of lists) {
    const schema: z.ZodMiniType = CORPUS_LISTS[list];
    for (const [position, element] of (corpus[list] as unknown[]).entries()) {
      const checked = schema.safeParse(element);
      if (!checked.success) return `${list}[${position}]: ${checked.error.message}`;
    }
  }
  return null;
}

export type Block = z.infer<typeof blockSchema>;
export type Cut = z.infer<typeof cutSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Descriptor = z.infer<typeof descriptorSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type DataPoint = z.infer<typeof pointSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type AnchorEvent = z.infer<typeof anchorEventSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
