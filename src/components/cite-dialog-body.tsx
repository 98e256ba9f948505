import { useEffect, useId, useState } from 'react';
import { CITATION_FILE_TYPES, CITATION_STYLES, CITATION_STYLE_LABELS, citeAs, type CitationStyle, type CitedArticle, type CitedQuote } from '#src/lib/cite.ts';
import { formatDate, todayIso } from '#src/lib/dates.ts';
import { download } from '#src/lib/download.ts';

const STYLE_KEY = 'readout.citation-style';

function savedStyle(): CitationStyle {
  try {
    const saved = window.localStorage.getItem(STYLE_KEY);
    return (CITATION_STYLES as readonly string[]).includes(saved ?? '') ? (saved as CitationStyle) : 'plain';
  } catch {
    return 'plain';
  }
}

type BodyProps = { article: CitedArticle; quote: CitedQuote | null; onClose: () => void };

export function CiteDialogBody({ article, quote, onClose }: BodyProps) {
  const baseId = useId();
  const [style, setStyle] = useState<CitationStyle>(savedStyle);
  const [result, setResult] = useState<{ style: CitationStyle; text: string } | { style: CitationStyle; error: string } | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    citeAs(style, article, quote, { formatDate, today: todayIso() }).then(
      (text) => current && setResult({ style, text }),
      (error: unknown) => current && setResult({ style, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [style, article, quote]);

  const ready = result && result.style === style ? result : null;
  const text = ready && 'text' in ready ? ready.text : null;
  const file = CITATION_FILE_TYPES[style];

  async function copy() {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('The browser refused the clipboard: select the text and copy it.');
    }
  }

  return (
    <div className="cite-dialog-body">
      <h2 id={`${article.id}-cite-title`}>{quote ? (quote.kind === 'indirect' ? 'Cite this reported speech' : 'Cite this quote') : 'Cite this article'}</h2>
      <fieldset className="cite-styles">
        <legend>Style</legend>
        {CITATION_STYLES.map((option) => (
          <label key={option} className="check-field">
            <input
              type="radio"
              name={`${baseId}-style`}
              value={option}
              checked={style === option}
              onChange={() => {
                setStyle(option);
                setStatus('');
                try {
                  window.localStorage.setItem(STYLE_KEY, option);
                } catch {
                  // A private window may refuse storage; the choice then lasts for this dialog only.
                }
              }}
            />
            {CITATION_STYLE_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <pre className="citation-output" tabIndex={0} aria-label={`Citation, ${CITATION_STYLE_LABELS[style]}`} aria-busy={ready === null}>
        {ready === null ? 'Formatting…' : 'error' in ready ? `Could not format this style: ${ready.error}` : ready.text}
      </pre>
      <div className="dialog-actions">
        <button type="button" className="button" disabled={text === null} onClick={copy}>
          Copy citation
        </button>
        {file && (
          <button type="button" className="button button-quiet" disabled={text === null} onClick={() => text !== null && download(`${article.id}.${file.extension}`, `${text}\n`, file.type)}>
            Download .{file.extension}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
        <span role="status" className="copy-status-inline">
          {status}
        </span>
      </div>
    </div>
  );
}
