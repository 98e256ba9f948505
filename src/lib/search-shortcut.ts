/** Marks the input that the "/" key focuses; the shell looks for it, pages put it on their main search field. */
export const SEARCH_SHORTCUT_ATTRIBUTE = 'data-search-shortcut';
export const searchShortcutProps = { [SEARCH_SHORTCUT_ATTRIBUTE]: '' };
