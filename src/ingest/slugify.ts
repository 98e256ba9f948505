// Letters that Unicode decomposition leaves whole (NFKD turns "é" into "e" + accent, but "ł" stays "ł").
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h' };

/** "Pedro Sánchez" → "pedro-sanchez", "Łukasz Wójcik" → "lukasz-wojcik": ids readers can type and URLs keep readable. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøđðßæœþıħ]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lowercase, accents and doubled transliteration letters folded: "Zelenskyy" and "Zelensky" compare equal. */
export function foldName(text: string): string {
  return slugify(text).replace(/-/g, ' ').replace(/yy\b/g, 'y').replace(/iy\b/g, 'y');
}
