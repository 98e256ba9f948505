import type { Problem } from '../data/contract.ts';
import type { SourceInput } from './build-corpus.ts';
import { MAX_SOURCE_BYTES } from './decode-source.ts';
import { STORY_FILE_NAME } from './lexicon/story-file-name.ts';

/** `page.txt.meta.json` describes `page.txt`, in the seeds folder (src/bin/read-seed-folder.ts) as in a drop. */
export const SIDECAR_SUFFIX = '.meta.json';
/** A sidecar holds a few short fields; anything bigger is not one. */
export const MAX_SIDECAR_BYTES = 64 * 1024;
export const MAX_STORY_BYTES = MAX_SIDECAR_BYTES * 16;

/** A file the reader dropped or picked: its name (with its folder, when a folder was dropped), size, and a way to read it. */
export type PickedFile = { name: string; size: number; read: () => Promise<Uint8Array> };

export type CollectedInputs = { inputs: SourceInput[]; problems: Problem[]; storyText?: string };

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Files picked in the browser to the pipeline's inputs, by the CLI's rules: a sidecar joins its page,
 * a stray sidecar, a hidden file or a file too large is a problem (and too large is never read whole),
 * the story file is the story's knowledge. Every file ends as an input or a problem, none silently.
 */
export async function collectInputs(files: readonly PickedFile[]): Promise<CollectedInputs> {
  const byName = new Map<string, PickedFile>();
  const problems: Problem[] = [];
  const report = (sourceFile: string, severity: Problem['severity'], message: string) => problems.push({ sourceFile, severity, message });
  for (const file of files) {
    if (byName.has(file.name)) report(file.name, 'warning', 'Two files of this name were given; the last one was kept.');
    byName.set(file.name, file);
  }
  const inputs: SourceInput[] = [];
  let storyText: string | undefined;
  for (const [name, file] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const baseName = name.split('/').at(-1) ?? name;
    if (baseName.startsWith('.')) {
      report(name, 'warning', 'A hidden file (its name starts with a dot); it was not read.');
      continue;
    }
    if (baseName === STORY_FILE_NAME) {
      if (file.size > MAX_STORY_BYTES) report(name, 'error', `The story file is ${megabytes(file.size)} MB; a story file is at most ${megabytes(MAX_STORY_BYTES)} MB.`);
      else storyText = new TextDecoder().decode(await file.read());
      continue;
    }
    if (name.endsWith(SIDECAR_SUFFIX)) {
      const page = name.slice(0, -SIDECAR_SUFFIX.length);
      if (!byName.has(page)) report(name, 'warning', `A sidecar for ${page}, which was not given with it; it was ignored.`);
      continue;
    }
    if (file.size > MAX_SOURCE_BYTES) {
      report(name, 'error', `The file is ${megabytes(file.size)} MB; pages over ${megabytes(MAX_SOURCE_BYTES)} MB are not read (a news page is rarely over 1 MB).`);
      continue;
    }
    const input: SourceInput = { sourceFile: name, bytes: await file.read() };
    const sidecar = byName.get(`${name}${SIDECAR_SUFFIX}`);
    if (sidecar) {
      if (sidecar.size > MAX_SIDECAR_BYTES) report(name, 'warning', `${name}${SIDECAR_SUFFIX} was ignored: it is larger than a sidecar can be.`);
      else input.sidecarText = new TextDecoder().decode(await sidecar.read());
    }
    inputs.push(input);
  }
  return storyText === undefined ? { inputs, problems } : { inputs, problems, storyText };
}
