import fc from 'fast-check';
import { expect, test } from 'vitest';
import { corpusSchema } from '../data/contract.ts';
import { buildCorpus } from './build-corpus.ts';
import { expectVerbatimProvenance } from './test-helpers.ts';

// Pieces of real-looking pages, so generated inputs reach chrome, embedded articles, quotes and figures.
const fragments = fc.constantFrom(
  'Related Articles', 'Russia Today', 'an hour ago', '- Russia Today', 'Comments', 'You may also like', '>',
  "Trump said: 'I'd like to see a deal with Russia.'", '“We have broken the deadlock,” said the American leader.',
  'The share fell from 38% to 31%, while 11% were unsure.', 'Putin’s key aide, Yury Ushakov, added on Tuesday that talks go on.',
  'He met Putin in Alaska on Friday.', '- a list item', 'Headline Of A Page', '‘', '’', '"', "'", '“', '”', '\u0000', '\uFEFF',
);
const separator = fc.constantFrom('\n', ' ', '\r\n', '\n\n', '');
const pageText = fc
  .array(fc.tuple(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fragments), separator), { maxLength: 25 })
  .map((parts) => parts.map(([part, joiner]) => part + joiner).join(''));

test('any input yields a corpus that validates, without throwing, with every block and quote a verbatim slice', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pageText, fc.uint8Array({ maxLength: 200 }).map((bytes) => bytes)), { minLength: 1, maxLength: 4 }), (pages) => {
      const inputs = pages.map((page, index) => ({ sourceFile: `p${index}.txt`, bytes: typeof page === 'string' ? new TextEncoder().encode(page) : page }));
      const { corpus, sources } = buildCorpus(inputs);
      expect(corpusSchema.safeParse(corpus).success).toBe(true);
      const accounted = new Set([...corpus.articles.map((a) => a.sourceFile), ...corpus.problems.filter((p) => p.severity === 'error').map((p) => p.sourceFile)]);
      expect(accounted.size).toBe(inputs.length);
      for (const items of [corpus.articles, corpus.quotes, corpus.datasets, corpus.people]) {
        expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      }
      expectVerbatimProvenance(corpus, sources);
    }),
    { numRuns: 150 },
  );
});
