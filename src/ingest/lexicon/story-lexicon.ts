import { z } from 'zod';
import { isoDate, type Problem } from '../../data/contract.ts';
import { ANCHOR_EVENTS, type AnchorEventDefinition } from '../anchor-events.ts';
import { KNOWN_PEOPLE, type KnownPerson } from '../known-people.ts';
import { foldName } from '../slugify.ts';
import { OUTLETS, type Outlet } from './outlets.ts';
import { SPELLING_VARIANTS } from './spelling-variants.ts';

/**
 * The story's knowledge, passed to `buildCorpus` as an argument: its people and their spellings,
 * the outlets that cover it, and the calendar of its events. No stage imports these lists; a
 * reader's own story file (`readout.story.json` in the seeds folder, see docs/story-file.md) adds to them.
 */
export interface StoryLexicon {
  people: readonly KnownPerson[];
  outlets: readonly Outlet[];
  events: readonly AnchorEventDefinition[];
  /** groups of words that are one thing spelled differently (Kyiv, Kiev); search treats each group as one word */
  spellings: readonly (readonly string[])[];
}

export const DEFAULT_STORY_LEXICON: StoryLexicon = { people: KNOWN_PEOPLE, outlets: OUTLETS, events: ANCHOR_EVENTS, spellings: SPELLING_VARIANTS };

/** The name of the story file the CLI reads from the seeds folder. */
import { STORY_FILE_NAME } from './story-file-name.ts';
export { STORY_FILE_NAME };

const name = z.string().trim().min(2).max(120);
const phrase = z.string().trim().min(2).max(120);

export const storyFileSchema = z
  .object({
    readoutStory: z.literal(1),
    people: z.array(z.object({ name, aliases: z.array(name).default([]) }).strict()).default([]),
    outlets: z.array(z.object({ name, aliases: z.array(name).default([]), agency: z.boolean().default(false) }).strict()).default([]),
    events: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
            label: name,
            start: isoDate,
            end: isoDate,
            source: z.string().trim().min(3).max(300),
            /** phrases that together name the event; a page must hold every one */
            terms: z.array(phrase).min(2),
            /** phrases that mean a page speaks of another event of the same name */
            excludes: z.array(phrase).default([]),
          })
          .strict()
          .refine((event) => event.start <= event.end, 'an event ends on or after its start'),
      )
      .default([]),
    /** words spelled more than one way for one thing, e.g. ["Kyiv", "Kiev"]: search finds each by any */
    spellings: z.array(z.array(z.string().trim().regex(/^[\p{L}\p{N}'-]+$/u, 'one word').min(2).max(60)).min(2)).default([]),
  })
  .strict();

export type StoryFile = z.infer<typeof storyFileSchema>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const wholePhrase = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(text).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

function eventOf(event: StoryFile['events'][number]): AnchorEventDefinition {
  const { terms, excludes, ...dated } = event;
  return {
    ...dated,
    terms: terms.map(wholePhrase),
    ...(excludes.length > 0 ? { excludes: new RegExp(excludes.map((text) => wholePhrase(text).source).join('|'), 'iu') } : {}),
  };
}

/** Same name (folded) → one entry with every alias of both; new names are added. */
function mergeNamed<T extends { name: string; aliases: readonly string[] }>(base: readonly T[], added: readonly T[]): T[] {
  const merged = [...base];
  for (const entry of added) {
    const at = merged.findIndex((known) => foldName(known.name) === foldName(entry.name));
    if (at < 0) merged.push(entry);
    else merged[at] = { ...merged[at]!, ...entry, aliases: [...new Set([...merged[at]!.aliases, ...entry.aliases])] };
  }
  return merged;
}

/**
 * The lexicon a story file extends: people and outlets merged by name, events added (an event
 * with a built-in id replaces it).
 * @example extendLexicon(DEFAULT_STORY_LEXICON, { readoutStory: 1, people: [{ name: 'Ana Ruiz', aliases: ['Ruiz'] }], outlets: [], events: [] })
 */
export function extendLexicon(base: StoryLexicon, story: StoryFile): StoryLexicon {
  const events = story.events.map(eventOf);
  const replaced = new Set(events.map((event) => event.id));
  return {
    people: mergeNamed(base.people, story.people),
    outlets: mergeNamed(base.outlets, story.outlets.map(({ agency, ...outlet }) => (agency ? { ...outlet, agency } : outlet))),
    events: [...base.events.filter((event) => !replaced.has(event.id)), ...events],
    spellings: [...base.spellings, ...story.spellings],
  };
}

/**
 * Reads a story file's text: the lexicon it makes, or the default one and a problem that says
 * what is wrong (the rest of the ingest goes on with the built-in knowledge).
 */
/** The lexicon a run uses: the built-in story, or the reader's story file read over it (with its problem, if any). */
export function storyLexiconOf(storyText: string | null | undefined): { lexicon: StoryLexicon; problem: Problem | null } {
  return storyText === undefined || storyText === null ? { lexicon: DEFAULT_STORY_LEXICON, problem: null } : readStoryFile(storyText);
}

export function readStoryFile(text: string, base: StoryLexicon = DEFAULT_STORY_LEXICON): { lexicon: StoryLexicon; problem: Problem | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { lexicon: base, problem: { sourceFile: STORY_FILE_NAME, severity: 'error', message: `The story file is not valid JSON (${(error as Error).message}); the built-in story knowledge was used.` } };
  }
  const parsed = storyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`).join('; ');
    return { lexicon: base, problem: { sourceFile: STORY_FILE_NAME, severity: 'error', message: `The story file was ignored: ${issues}.` } };
  }
  return { lexicon: extendLexicon(base, parsed.data), problem: null };
}
