import { expect, test } from 'vitest';
import type { Block, Quote } from '#src/data/contract.ts';
import { formatDate } from '#src/lib/dates.ts';
import { formatCitation } from '#src/lib/cite.ts';
import { groupBlocks, splitBlockByQuotes, type BlockPart } from './block-parts.ts';

const block: Block = { type: 'paragraph', text: "Trump said: 'I'd like a deal.' Then he left.", start: 100, end: 145 };
const quote = (start: number, end: number): Quote => ({ id: `q${start}`, articleId: 'a', speakerId: 'donald-trump', text: '', kind: 'direct', block: 0, start, end });

test.each<[string, Quote[], string[]]>([
  ['no quotes', [], ["Trump said: 'I'd like a deal.' Then he left."]],
  ['one quote in the middle, with its closing mark', [quote(113, 129)], ["Trump said: '", "[I'd like a deal.]'", ' Then he left.']],
  ['a quote at the very start', [quote(100, 105)], ['[Trump]', " said: 'I'd like a deal.' Then he left."]],
  ['a quote outside the block is ignored', [quote(90, 95)], ["Trump said: 'I'd like a deal.' Then he left."]],
  ['overlapping quotes keep the first', [quote(113, 129), quote(120, 135)], ["Trump said: '", "[I'd like a deal.]'", ' Then he left.']],
])('splitBlockByQuotes: %s', (_, quotes, expected) => {
  expect(splitBlockByQuotes(block, quotes).map(showPart)).toEqual(expected);
});

function showPart(part: BlockPart): string {
  if (!part.quote) return part.text;
  return `[${part.children ? part.children.map(showPart).join('') : part.text}]${part.closing ?? ''}`;
}

test('marks a quote nested inside another quote, with its own speaker', () => {
  const nested: Block = { type: 'paragraph', text: '“He said, ‘Can I help?’ I said, ‘No,’” Trump told.', start: 245, end: 295 };
  const outer = { ...quote(246, 282), id: 'outer' };
  const inner = { ...quote(256, 267), id: 'inner', speakerId: 'vladimir-putin' };
  const second = { ...quote(278, 280), id: 'second' };
  const parts = splitBlockByQuotes(nested, [inner, second, outer]);
  expect(parts.map(showPart)).toEqual(['“', '[He said, ‘[Can I help?]’ I said, ‘[No],’]”', ' Trump told.']);
  expect(parts[1]?.children?.filter((part) => part.quote).map((part) => part.quote?.speakerId)).toEqual(['vladimir-putin', 'donald-trump']);
});

test('groups consecutive list items and skips the title block', () => {
  const types: Block['type'][] = ['heading', 'paragraph', 'list-item', 'list-item', 'paragraph', 'list-item'];
  const blocks = types.map((type) => ({ ...block, type }));
  expect(groupBlocks(blocks, 0)).toEqual([
    { kind: 'single', index: 1 },
    { kind: 'list', indexes: [2, 3] },
    { kind: 'single', index: 4 },
    { kind: 'list', indexes: [5] },
  ]);
});

const citation = {
  speaker: 'Donald Trump',
  words: "'I'd like a deal.'",
  kind: 'direct' as const,
  title: 'Talks resume',
  publisher: 'RT',
  pageUrl: null,
  publishedOn: '2025-06-24',
  dateInferred: false,
  url: 'https://x/articles/a#b1',
};

test('cites a direct quote with its words, speaker, article title, outlet, date and link', () => {
  expect(formatCitation(citation, formatDate)).toBe('“I\'d like a deal.” — Donald Trump, in “Talks resume”, RT, 24 Jun 2025. https://x/articles/a#b1');
});

test('cites reported speech as a paraphrase, never in quotation marks', () => {
  const text = formatCitation({ ...citation, kind: 'indirect', words: 'he wanted a deal' }, formatDate);
  expect(text).toBe('Reported speech, not a direct quote: Donald Trump, as paraphrased in “Talks resume”, RT, 24 Jun 2025: he wanted a deal. https://x/articles/a#b1');
  expect(text).not.toContain('“he wanted');
});

test('says when the date was inferred, and names the page when the outlet is unknown', () => {
  const text = formatCitation({ ...citation, publisher: null, pageUrl: 'https://example.org/a', dateInferred: true }, formatDate);
  expect(text).toContain('from https://example.org/a, 24 Jun 2025 (date inferred by Readout)');
  expect(formatCitation({ ...citation, publisher: null, publishedOn: null }, formatDate)).toContain('outlet unknown, undated');
});
