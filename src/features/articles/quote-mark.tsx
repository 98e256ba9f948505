import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { Quote } from '#src/data/contract.ts';
import type { BlockPart } from './block-parts.ts';

/** Renders split block text: plain strings, and each quote as a mark followed by its speaker, nested quotes inside. */
export function renderBlockParts(parts: readonly BlockPart[], speakerName: (quote: Quote) => string | null): ReactNode[] {
  return parts.map((part, partIndex) =>
    part.quote ? (
      <QuoteMark key={partIndex} quote={part.quote} closing={part.closing ?? ''} speaker={speakerName(part.quote)}>
        {part.children ? renderBlockParts(part.children, speakerName) : part.text}
      </QuoteMark>
    ) : (
      part.text
    ),
  );
}

function QuoteMark({ quote, closing, speaker, children }: { quote: Quote; closing: string; speaker: string | null; children: ReactNode }) {
  return (
    <>
      <mark className={`quote quote-${quote.kind}`}>{children}</mark>
      {closing}
      {quote.speakerId && speaker ? (
        <Link className="quote-speaker" to={paths.person.href(quote.speakerId)} aria-label={`${quote.kind === 'direct' ? 'Quote by' : 'Paraphrase of'} ${speaker}`}>
          {speaker}
        </Link>
      ) : (
        <span className="quote-speaker quote-unattributed">unattributed</span>
      )}
    </>
  );
}
