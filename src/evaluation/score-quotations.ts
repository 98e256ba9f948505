import type { Corpus } from '../data/contract.ts';
import type { EvaluatedDocument } from './score-extraction.ts';

/** Quotation spans of one GUM document: GUM's `<quote>`/`<q>` stretches against Readout's direct and partial quotes. */
export interface QuotationScore {
  docId: string;
  gold: number;
  predicted: number;
  /** Readout quotes that overlap a gold quotation (each gold quotation matched once) */
  matched: number;
  /** gold quotations no Readout quote overlaps, and Readout quotes that overlap none */
  missed: string[];
  extra: string[];
}

/** Quote marks, case and spacing don't count; what is left is compared by containment. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„"‘’'`]/g, '')
    .replace(/^[\s.,;:!?-]+|[\s.,;:!?-]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** The same quotation when one text holds the other and the shorter is at least 60% of the longer (the dev-pages rule). */
function sameQuotation(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length > 0 && longer.includes(shorter) && shorter.length / longer.length >= 0.6;
}

/**
 * Span detection of quotations: which GUM quotations Readout found (speaker not compared: GUM marks
 * the stretch, and its attribution relation is not read yet).
 * @example scoreQuotations([{ document, sourceFile: 'GUM_news_iodine.txt' }], corpus)[0].matched
 */
export function scoreQuotations(documents: readonly EvaluatedDocument[], corpus: Corpus): QuotationScore[] {
  return documents.map(({ document, sourceFile }) => {
    const articleIds = new Set(corpus.articles.filter((article) => article.sourceFile === sourceFile).map((article) => article.id));
    const predicted = corpus.quotes.filter((quote) => articleIds.has(quote.articleId) && quote.kind !== 'indirect').map((quote) => quote.text);
    const gold = document.quotes.map((quote) => quote.text);
    const used = new Set<number>();
    const extra: string[] = [];
    for (const text of predicted) {
      const index = gold.findIndex((candidate, position) => !used.has(position) && sameQuotation(comparable(candidate), comparable(text)));
      if (index < 0) extra.push(text);
      else used.add(index);
    }
    return { docId: document.docId, gold: gold.length, predicted: predicted.length, matched: used.size, missed: gold.filter((_, position) => !used.has(position)), extra };
  });
}

/**
 * Precision and recall over documents: matched / predicted and matched / gold.
 * @example quotationTotals(scores) // { gold: 40, predicted: 20, matched: 18, precision: 0.9, recall: 0.45 }
 */
export function quotationTotals(scores: readonly QuotationScore[]): { gold: number; predicted: number; matched: number; precision: number; recall: number } {
  const gold = scores.reduce((sum, score) => sum + score.gold, 0);
  const predicted = scores.reduce((sum, score) => sum + score.predicted, 0);
  const matched = scores.reduce((sum, score) => sum + score.matched, 0);
  return { gold, predicted, matched, precision: predicted ? matched / predicted : 0, recall: gold ? matched / gold : 0 };
}
