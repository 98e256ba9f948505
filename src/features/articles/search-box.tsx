import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { searchShortcutProps } from '#src/lib/search-shortcut.ts';
import { startArticleSearch } from './use-article-search.ts';

type Props = { value: string; onChange: (q: string, options: { replace: boolean }) => void; autoFocus?: boolean };

/**
 * Free-text search. The first keystroke of a burst pushes a history entry and the rest replace it,
 * so Back returns to before the search rather than stepping through every letter typed.
 */
export function SearchBox({ value, onChange, autoFocus }: Props) {
  const queryClient = useQueryClient();
  const typing = useRef(false);
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL can change under the input (Back, Clear); keep the draft unless it already says the same thing.
  if (value !== seen) {
    setSeen(value);
    if (draft.trim() !== value) setDraft(value);
  }
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        typing.current = false;
      }}
    >
      <label htmlFor="article-search">Search articles</label>
      <input
        id="article-search"
        type="search"
        value={draft}
        placeholder="Words in the title or text"
        autoFocus={autoFocus}
        {...searchShortcutProps}
        onFocus={() => void queryClient.prefetchQuery(corpusQueries.search())}
        onBlur={() => (typing.current = false)}
        onChange={(event) => {
          setDraft(event.target.value);
          startArticleSearch(queryClient, event.target.value);
          onChange(event.target.value, { replace: typing.current });
          typing.current = true;
        }}
      />
    </form>
  );
}
