/** "Pedro Sánchez" → "pedro-sanchez": ids readers can type and URLs keep readable. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lowercase, accents and doubled transliteration letters folded: "Zelenskyy" and "Zelensky" compare equal. */
export function foldName(text: string): string {
  return slugify(text).replace(/-/g, ' ').replace(/yy\b/g, 'y').replace(/iy\b/g, 'y');
}
