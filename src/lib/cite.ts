/**
 * Citations of an article or of a quote in it: Readout's plain line, and the styles researchers use
 * (APA, Chicago, BibTeX, RIS) produced by citation-js from a CSL-JSON item, not by string templates.
 * citation-js and the Chicago style are loaded on first use, never with the first view.
 */
import type * as CitationJs from '@citation-js/core';

export type Citation = {
  speaker: string;
  words: string;
  /** direct and partial quotes are the speaker's words; indirect is the reporter's paraphrase and is cited as such */
  kind: 'direct' | 'partial' | 'indirect';
  title: string;
  publisher: string | null;
  /** the original page's address, named when the outlet is unknown */
  pageUrl: string | null;
  publishedOn: string | null;
  /** true when Readout inferred the date from the text rather than being told it */
  dateInferred: boolean;
  /** the link back to the block in Readout */
  url: string;
};

/**
 * A quote as a reader pastes it into notes: the words, who, the article, the outlet, the date and a link back.
 * Reported speech is never put in quotation marks as though spoken: it is labelled as the outlet's paraphrase.
 * @example “I'd like a deal.” — Donald Trump, in “Talks resume”, RT, 24 Jun 2025. https://…#b1
 */
export function formatCitation(citation: Citation, formatDate: (iso: string) => string): string {
  const { speaker, kind, title, publisher, pageUrl, publishedOn, dateInferred, url } = citation;
  const words = citation.words.trim().replace(/^[“"'‘]+|[”"'’]+$/g, '');
  const outlet = publisher ?? (pageUrl ? `from ${pageUrl}` : 'outlet unknown');
  const date = publishedOn ? `${formatDate(publishedOn)}${dateInferred ? ' (date inferred by Readout)' : ''}` : 'undated';
  const source = [`“${title}”`, outlet, date].join(', ');
  if (kind === 'indirect') return `Reported speech, not a direct quote: ${speaker}, as paraphrased in ${source}: ${words}. ${url}`;
  return `“${words}” — ${speaker}, in ${source}. ${url}`;
}

/** The article as cited: what the dashboard knows of it, with the link back into Readout. */
export type CitedArticle = {
  id: string;
  title: string;
  publisher: string | null;
  pageUrl: string | null;
  publishedOn: string | null;
  dateInferred: boolean;
  /** the link back into Readout: the article, or the block a quote is in */
  readoutUrl: string;
};

/** An article summary as cited, linked back to `readoutUrl`. */
export function citedArticleOf(
  article: { id: string; title: string; publisher: string | null; url: string | null; publishedOn: string | null; dateSource: string },
  readoutUrl: string,
): CitedArticle {
  return { id: article.id, title: article.title, publisher: article.publisher, pageUrl: article.url, publishedOn: article.publishedOn, dateInferred: article.dateSource !== 'stated', readoutUrl };
}

export type CitedQuote = Pick<Citation, 'speaker' | 'words' | 'kind'>;

export const CITATION_STYLES = ['plain', 'apa', 'chicago', 'bibtex', 'ris'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const CITATION_STYLE_LABELS: Record<CitationStyle, string> = {
  plain: 'Plain text',
  apa: 'APA 7th',
  chicago: 'Chicago (notes and bibliography)',
  bibtex: 'BibTeX',
  ris: 'RIS (Zotero, EndNote, Mendeley)',
};
/** File name endings for the styles a reference manager imports as a file. */
export const CITATION_FILE_TYPES: Partial<Record<CitationStyle, { extension: string; type: string }>> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
};

/** A plain line for an article: title, outlet (or address), date (marked when inferred), link. */
export function plainArticleCitation(article: CitedArticle, formatDate: (iso: string) => string): string {
  const outlet = article.publisher ?? (article.pageUrl ? `from ${article.pageUrl}` : 'outlet unknown');
  const date = article.publishedOn ? `${formatDate(article.publishedOn)}${article.dateInferred ? ' (date inferred by Readout)' : ''}` : 'undated';
  return `“${article.title}”, ${outlet}, ${date}. ${article.pageUrl ?? article.readoutUrl}`;
}

function words(quote: CitedQuote): string {
  return quote.words.trim().replace(/^[“"'‘]+|[”"'’]+$/g, '');
}

/** What a reference manager keeps of a quote: in BibTeX's `note` and RIS's `N1`, reported speech labelled as such. */
export function quoteNote(quote: CitedQuote): string {
  return quote.kind === 'indirect'
    ? `Reported speech, not a direct quote: ${quote.speaker}, as paraphrased by the outlet: ${words(quote)}`
    : `Quote by ${quote.speaker}: “${words(quote)}”`;
}

type CslDate = { 'date-parts': [[number, number, number]] };
const cslDate = (iso: string): CslDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
};

/**
 * The CSL-JSON item citation-js formats. A news page with no byline has no author, so styles put the
 * title first, as they should; the page's own address is the URL, never Readout's. An inferred date
 * is still given (a reference needs one) and the styled text says it was inferred.
 */
export function toCslItem(article: CitedArticle, quote: CitedQuote | null, accessedOn: string): Record<string, unknown> {
  const notes = [quote ? quoteNote(quote) : null, article.dateInferred && article.publishedOn ? 'Date inferred by Readout, not stated by the page.' : null].filter(Boolean);
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.title,
    ...(article.publisher ? { 'container-title': article.publisher } : {}),
    ...(article.pageUrl ? { URL: article.pageUrl } : {}),
    ...(article.publishedOn ? { issued: cslDate(article.publishedOn) } : {}),
    accessed: cslDate(accessedOn),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}

type CiteModule = typeof CitationJs;

let citeModule: Promise<CiteModule> | null = null;

/** citation-js with its CSL, BibTeX and RIS plugins and the Chicago style, loaded once. */
function loadCitationJs(): Promise<CiteModule> {
  citeModule ??= (async () => {
    const [core, , , , chicago] = await Promise.all([
      import('@citation-js/core'),
      import('@citation-js/plugin-csl'),
      import('@citation-js/plugin-bibtex'),
      import('@citation-js/plugin-ris'),
      import('@citation/csl-style-chicago-fullnote-bibliography'),
    ]);
    const style = chicago.default as { content?: string; default?: { content: string } };
    core.plugins.config.get('@csl').templates.add('chicago', style.content ?? style.default!.content);
    return core;
  })();
  citeModule.catch(() => {
    citeModule = null;
  });
  return citeModule;
}

/**
 * The citation of an article, or of a quote in it, in one style. For APA and Chicago a quote is
 * given as its words and speaker above the reference entry; reported speech is labelled, never quoted.
 */
export async function citeAs(
  style: CitationStyle,
  article: CitedArticle,
  quote: CitedQuote | null,
  options: { formatDate: (iso: string) => string; today: string },
): Promise<string> {
  if (style === 'plain') {
    return quote ? formatCitation({ ...quote, ...article, url: article.readoutUrl }, options.formatDate) : plainArticleCitation(article, options.formatDate);
  }
  const { Cite } = await loadCitationJs();
  const cite = new Cite(toCslItem(article, quote, options.today));
  if (style === 'bibtex') return cite.format('bibtex').trim();
  if (style === 'ris') return cite.format('ris').trim();
  let reference = cite.format('bibliography', { format: 'text', template: style, lang: 'en-US' }).trim();
  if (article.dateInferred && article.publishedOn) reference += ' [Date inferred by Readout.]';
  if (!quote) return reference;
  const lead = quote.kind === 'indirect' ? `Reported speech, not a direct quote: ${quote.speaker}, as paraphrased in` : `“${words(quote)}” — ${quote.speaker}, quoted in`;
  return quote.kind === 'indirect' ? `${lead}:\n${reference}\nParaphrase: ${words(quote)}` : `${lead}:\n${reference}`;
}
