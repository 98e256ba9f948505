/** The opening words of a stretch of text, so each of many like buttons says which text it acts on. */
export function excerptOf(text: string, words = 6): string {
  const trimmed = text.trim();
  const opening = trimmed.split(/\s+/).slice(0, words).join(' ');
  return opening.length < trimmed.length ? `${opening}…` : opening;
}
