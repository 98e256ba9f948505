import { useState, type ReactNode } from 'react';

type Props = { text: () => string; label: string; children: ReactNode; className?: string };

/** Copies text and says so in a live region; if the clipboard is refused, shows the text to copy by hand. */
export function CopyButton({ text, label, children, className = 'icon-button' }: Props) {
  const [status, setStatus] = useState('');
  async function copy() {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied');
    } catch {
      setStatus(`Copy this: ${value}`);
    }
    window.setTimeout(() => setStatus(''), 4000);
  }
  return (
    <span className="copy">
      <button type="button" className={className} aria-label={label} title={label} onClick={copy}>
        {children}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
