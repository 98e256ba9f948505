import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusSchema, type Corpus } from '../../src/data/contract.ts';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import { expectVerbatimProvenance } from '../../src/ingest/test-helpers.ts';

const seedsDir = join(import.meta.dirname, '../../seeds');
const inputs = readdirSync(seedsDir)
  .filter((name) => !name.endsWith('.meta.json'))
  .map((name) => ({ sourceFile: name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
const { corpus, sources } = buildCorpus(inputs);

const articleTitled = (pattern: RegExp) => {
  const article = corpus.articles.find((candidate) => pattern.test(candidate.title));
  if (!article) throw new Error(`no article titled ${pattern}`);
  return article;
};
const quotesOf = (corpusToSearch: Corpus, speakerId: string) => corpusToSearch.quotes.filter((quote) => quote.speakerId === speakerId);

describe('the seeds', () => {
  test('build a corpus that matches the data contract', () => {
    expect(corpusSchema.safeParse(corpus).success).toBe(true);
  });

  test('every input file became an article or a problem', () => {
    const covered = new Set([...corpus.articles.map((article) => article.sourceFile), ...corpus.problems.map((problem) => problem.sourceFile)]);
    expect([...covered].sort()).toEqual(inputs.map((input) => input.sourceFile).sort());
  });

  test('every block, quote and data point is a verbatim slice of its source', () => {
    expectVerbatimProvenance(corpus, sources);
  });

  test('embedded articles of other outlets are articles of their own', () => {
    const poll = articleTitled(/More Russians warming to US/);
    expect(poll.parentId).toBe(articleTitled(/deal with Russia/).id);
    expect(poll.publisher).toBe('Russia Today');
    expect(corpus.articles.filter((article) => article.parentId)).toHaveLength(6);
  });

  test('no chrome is left in any block and no block repeats', () => {
    const chrome = /DETAILS TO FOLLOW|Try Our AI Features|No comments yet|Related Articles|You may also like|Read Also|Leave a Reply|Back to top|^Uncategorized$|^Hashtags$|^Comments$|^>$/;
    const seen = new Set<string>();
    for (const article of corpus.articles) {
      for (const block of article.blocks) {
        expect(block.text).not.toMatch(chrome);
        const key = `${article.sourceFile}|${block.text}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  test('titles are headlines, not category labels, and a page without one gets a derived title', () => {
    expect(articleTitled(/Trump would be happy to meet Putin as Russia/).titleDerived).toBe(false);
    const derived = corpus.articles.filter((article) => article.titleDerived);
    expect(derived).toHaveLength(1);
    expect(derived[0]!.title).toMatch(/^US President Donald Trump said on Tuesday/);
  });

  test('every article has a date basis, and a date only where the text pins one', () => {
    for (const article of corpus.articles) {
      if (article.publishedOn !== null) expect(article.publishedOn).toMatch(/^2025-\d\d-\d\d$/);
      expect(article.dateBasis.length).toBeGreaterThan(20);
    }
  });

  test('a page that only looks ahead to a day is not dated, and says why', () => {
    const article = articleTitled(/Trump would be happy to meet Putin as Russia/);
    expect(article.publishedOn).toBeNull();
    expect(article.dateBasis).toMatch(/bounds the day from above/);
  });

  test.each([
    [/would be better without me/, '2025-08-19'],
    [/deal with Russia/, '2025-06-24'],
    [/More Russians warming to US/, '2025-06-24'],
    [/^US President Donald Trump said on Tuesday/, '2025-06-24'],
  ])('dates %s on %s', (title, date) => {
    expect(articleTitled(title).publishedOn).toBe(date);
  });

  test('the Peskov quote is Dmitry Peskov’s', () => {
    expect(quotesOf(corpus, 'dmitry-peskov').map((quote) => quote.text)).toEqual([
      'Many different communications are emerging… I personally may not know something, be unaware of something',
    ]);
  });

  test('the page whose body appears twice yields each quote once', () => {
    const page = articleTitled(/^US President Donald Trump said on Tuesday/);
    const texts = corpus.quotes.filter((quote) => quote.articleId === page.id).map((quote) => quote.text);
    expect(texts.filter((text) => text.startsWith('Six thousand soldiers died'))).toHaveLength(1);
    expect(new Set(texts).size).toBe(texts.length);
    // Trump quoting himself inside his own quote is part of that quote, not a second one.
    expect(texts.filter((text) => text.startsWith('No, I don'))).toEqual([]);
  });

  test.each([
    ['yury-ushakov', /direct negotiations between the delegations/],
    ['donald-trump', /I had a very successful meeting with President Putin/],
    ['craig-cameron', /Any de-escalation of tensions/],
    ['mark-rutte', /Congratulations and thank you/],
    ['volodymyr-zelensky', /Russia must see that Ukraine will not be left alone/],
    ['vladimir-putin', /Can I help you with Iran\?/],
    ['vladimir-putin', /If it benefits us to see a company return/],
  ])('%s is credited with %s', (speakerId, words) => {
    expect(quotesOf(corpus, speakerId).some((quote) => words.test(quote.text))).toBe(true);
  });

  test('reported speech is kept as indirect quotes of the person reporting', () => {
    const indirect = corpus.quotes.filter((quote) => quote.kind === 'indirect');
    expect(indirect.find((quote) => quote.speakerId === 'volodymyr-zelensky')?.text).toBe('he is ready for a potential meeting with Putin');
    expect(indirect.find((quote) => quote.speakerId === 'sergey-lavrov')?.text).toBe('security guarantees for Ukraine must be discussed with Moscow as well');
    expect(indirect.filter((quote) => quote.text.includes('hostilities'))).toEqual([]);
    expect(indirect.find((quote) => quote.text.startsWith('Russia is ready to raise the status'))?.speakerId).toBe('sergey-lavrov');
  });

  test('a headline that repeats a body quote counts once, at the body', () => {
    const page = articleTitled(/^He \(Putin\) wants to see people stop dying/);
    const quotes = corpus.quotes.filter((quote) => quote.articleId === page.id && quote.text.startsWith('He (Putin)'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.block).not.toBe(page.titleBlock);
  });

  test('scare quotes and what a country says are pinned on nobody', () => {
    for (const phrase of ['coalition of the willing', 'unfriendly country', 'without preconditions']) {
      expect(corpus.quotes.filter((quote) => quote.text.includes(phrase))).toEqual([]);
    }
  });

  test('people are merged across spellings and organisations are not people', () => {
    const ids = corpus.people.map((person) => person.id);
    expect(ids).toEqual(expect.arrayContaining(['volodymyr-zelensky', 'yury-ushakov', 'craig-cameron', 'dmitry-peskov', 'sergey-lavrov', 'steve-witkoff']));
    expect(ids.filter((id) => /zelensk/.test(id))).toEqual(['volodymyr-zelensky']);
    for (const notAPerson of ['franklin-templeton', 'air-force-one', 'truth-social', 'the-kyiv-independent', 'kyiv-independent', 'ria-novosti']) {
      expect(ids).not.toContain(notAPerson);
    }
    const ushakov = corpus.people.find((person) => person.id === 'yury-ushakov')!;
    expect(ushakov.aliases).toContain('Yuri Ushakov');
    expect(ushakov.descriptors.map((descriptor) => descriptor.text)).toContain("Putin's key aide");
  });

  test('the poll comes out as datasets of the embedded poll article', () => {
    const poll = articleTitled(/More Russians warming to US/);
    const pollSets = corpus.datasets.filter((dataset) => dataset.articleId === poll.id);
    const attitudes = pollSets.find((dataset) => dataset.points.some((point) => point.series))!;
    const value = (label: string, series: string) => attitudes.points.find((point) => point.label === label && point.series === series)?.value;
    expect([value('Positive', '2015'), value('Positive', '2025')]).toEqual([10, 18]);
    expect([value('Negative', '2015'), value('Negative', '2025')]).toEqual([38, 31]);
    expect([value('Indifferent', '2015'), value('Indifferent', '2025')]).toEqual([46, 40]);
    expect(value('Unsure', '2025')).toBe(11);
    const expectations = pollSets.find((dataset) => /Expectations/.test(dataset.title))!;
    expect(expectations.points.map((point) => [point.label, point.value])).toEqual([['Will improve', 31], ['Will worsen', 7], ['No change', 39], ['Unsure', 23]]);
    const trump = pollSets.find((dataset) => dataset.points.some((point) => point.label === 'Positive' && point.value === 36));
    expect(trump?.points.map((point) => point.value)).toEqual([36, 26]);
  });

  test('defence-stock falls and the NATO pledge are datasets', () => {
    const stocks = corpus.datasets.find((dataset) => dataset.unit === '% change')!;
    expect(stocks.points.map((point) => [point.label, point.value])).toEqual([
      ['STOXX Europe Total Market Aerospace & Defense Index', -2.6],
      ['Leonardo', -10.1],
      ['Hensoldt', -9.5],
      ['Rheinmetall', -4.9],
      ['Renk', -8.2],
    ]);
    const pledge = corpus.datasets.find((dataset) => dataset.unit === '% of GDP')!;
    expect(pledge.points.map((point) => point.value)).toEqual([5, 3.5, 1.5]);
  });

  test('the whole corpus matches the golden file', async () => {
    await expect(`${JSON.stringify(corpus, null, 1)}\n`).toMatchFileSnapshot('./__snapshots__/seeds-corpus.json');
  });

  test('a second run gives the same corpus, byte for byte, whatever the input order', () => {
    const again = buildCorpus([...inputs].reverse());
    expect(JSON.stringify(again.corpus)).toBe(JSON.stringify(corpus));
  });
});
