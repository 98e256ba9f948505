/** A syntactic word of a CoNLL-U document, with what rebuilding text and names needs. */
export interface Word {
  form: string;
  spaceAfter: boolean;
  upos: string;
  plural: boolean;
  /** index of the syntactic head in the document's words, or -1 for a sentence root */
  head: number;
  deprel: string;
  paragraph: number;
}

/** Words start..end (inclusive) as written, spaced as the source was. */
export function spanText(words: readonly Word[], start: number, end: number): string {
  let text = '';
  for (let index = start; index <= end; index++) {
    const word = words[index]!;
    text += word.form + (index < end && word.spaceAfter ? ' ' : '');
  }
  return text;
}

/**
 * The proper name a mention is built on, read from the UD tree: a name's first part heads it and the
 * rest hang on it as `flat` (or as PROPN compounds, "Edward Steichen"), while titles hang as other
 * relations. So "Professor Cres Eastman" yields "Cres Eastman", and a common-noun head with a name
 * beside it ("researcher Mu Li", "Pan-democrat Gary Fan") yields the name. A coordination
 * ("Lee and Fung") names a group, not a person, so it yields nothing.
 */
export function nameIn(words: readonly Word[], start: number, end: number): string | null {
  const span = indexesFrom(start, end);
  const childrenOf = (parent: number) => span.filter((index) => words[index]!.head === parent);
  const isProper = (index: number) => words[index]?.upos === 'PROPN';
  const isNamePart = (index: number) => {
    const { deprel, form } = words[index]!;
    return deprel.startsWith('flat') || (deprel === 'compound' && isProper(index)) || (deprel === 'punct' && /^[-‐‑]$/.test(form));
  };
  for (const root of span.filter((index) => !(words[index]!.head >= start && words[index]!.head <= end))) {
    if (childrenOf(root).some((child) => words[child]!.deprel.startsWith('conj'))) return null;
    const seeds = isProper(root) ? [root] : childrenOf(root).filter((child) => isProper(child) && /^(?:flat|appos)/.test(words[child]!.deprel));
    // A plural proper noun ("Muslims", "Afghans") names a group, not a person.
    if (seeds.length === 0 || words[seeds[0]!]!.plural) continue;
    const parts = new Set(seeds);
    for (let grew = true; grew; ) {
      grew = false;
      for (const index of span) {
        if (!parts.has(index) && isNamePart(index) && parts.has(words[index]!.head)) {
          parts.add(index);
          grew = true;
        }
      }
    }
    // Only the unbroken run around the name's first part: "director General Suleiman al-Amr" keeps the name.
    let first = seeds[0]!;
    let last = first;
    while (parts.has(first - 1)) first--;
    while (parts.has(last + 1)) last++;
    while (first < last && !isProper(first)) first++;
    while (last > first && !isProper(last)) last--;
    return spanText(words, first, last);
  }
  return null;
}

function indexesFrom(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
}
