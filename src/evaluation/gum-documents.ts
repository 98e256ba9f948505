import type { GoldDocument } from './read-conllu.ts';

export type GumSplit = 'dev' | 'test' | 'train';

// GUM's own split (its README): reporting figures by it keeps tuning on train apart from the held-out test.
const SPLIT_BY_NAME: Record<string, GumSplit> = { homeopathic: 'dev', iodine: 'dev', nasa: 'test', sensitive: 'test' };

/**
 * The GUM split a document belongs to.
 * @example splitOf('GUM_news_nasa') // 'test'
 */
export function splitOf(docId: string): GumSplit {
  return SPLIT_BY_NAME[docId.replace(/^GUM_[a-z]+_/, '')] ?? 'train';
}

/**
 * A document as the plain-text page Readout ingests: the title, a blank line, then one paragraph a line.
 * GUM repeats the headline as the first paragraph; it is left out so the page doesn't show it twice.
 * @example toPageText({ title: 'Storm hits', paragraphs: ['Storm hits', 'Rain fell.'], ... }) // 'Storm hits\n\nRain fell.\n'
 */
export function toPageText(document: Pick<GoldDocument, 'title' | 'paragraphs'>): string {
  const [first, ...rest] = document.paragraphs;
  const body = first !== undefined && first.trim() === document.title.trim() ? rest : document.paragraphs;
  return `${document.title}\n\n${body.join('\n')}\n`;
}
