/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { z } from 'zod';
import type { Problem } from '#src/data/contract.ts';
import type { LibraryBuild } from '#src/data/library.ts';
import type { SourceInput } from '#src/ingest/build-corpus.ts';
import { buildLibrary } from '#src/ingest/build-library.ts';
import { DEFAULT_STORY_LEXICON, readStoryFile } from '#src/ingest/lexicon/story-lexicon.ts';

// zod's compiled parsers use new Function, which the site's Content-Security-Policy forbids; the
// interpreted ones give the same answers.
z.config({ jitless: true });

/** The pipeline off the main thread: the page stays responsive however many pages the reader adds. */
const api = {
  /** `onProgress` is a Comlink proxy of the page's callback: each call is one message back. */
  build(inputs: SourceInput[], readingProblems: Problem[], addedAt: [string, string][], storyText: string | undefined, onProgress?: (fraction: number) => void): LibraryBuild {
    const story = storyText === undefined ? { lexicon: DEFAULT_STORY_LEXICON, problem: null } : readStoryFile(storyText);
    const problems = story.problem ? [...readingProblems, story.problem] : readingProblems;
    try {
      return buildLibrary(inputs, problems, new Map(addedAt), story.lexicon, onProgress ? (fraction) => void onProgress(fraction) : undefined);
    } finally {
      // The page's callback arrives as a Comlink remote (typed as the plain function the page passes),
      // held through a message port until released.
      if (onProgress) (onProgress as unknown as Comlink.Remote<unknown>)[Comlink.releaseProxy]();
    }
  },
};

export type BuildLibraryWorker = typeof api;

Comlink.expose(api);
