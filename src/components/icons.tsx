// Decorative icons: buttons carry their own accessible names.
export function LinkIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </svg>
  );
}

export function QuoteIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="currentColor">
      <path d="M7 6C4.8 6 3 7.8 3 10v8h7v-7H6c0-1.7 1.3-3 3-3V6H7zm10 0c-2.2 0-4 1.8-4 4v8h7v-7h-4c0-1.7 1.3-3 3-3V6h-2z" />
    </svg>
  );
}
