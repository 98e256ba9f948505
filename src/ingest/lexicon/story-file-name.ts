/** The story knowledge file a seeds folder (or a reader's drop) may hold; its own module so file pickers need no zod. */
export const STORY_FILE_NAME = 'readout.story.json';
