import { splitByTerms } from '#src/lib/highlight.ts';

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {splitByTerms(text, terms).map((part, index) =>
        part.match ? <mark key={index} className="search-hit">{part.text}</mark> : part.text,
      )}
    </>
  );
}
