import { expect, test } from 'vitest';
import { buildCorpus } from './build-corpus.ts';

test('dates printed under teasers of other pages at the foot do not compete with the page’s own date line', () => {
  const source = [
    'Harbour council approves the new ferry timetable',
    'Posted on March 4, 2031',
    'The council approved the new ferry timetable on Tuesday after a short debate about night crossings.',
    'The mayor said the change would start in spring, with two extra crossings on weekdays.',
    'Fares will stay the same for residents, officials said after the vote in the town hall.',
    'The ferry company welcomed the decision and promised newer boats within two years.',
    'Related stories',
    'Ferry fares frozen for residents',
    'January 12, 2030',
  ].join('\n');
  const [article] = buildCorpus([{ sourceFile: 'ferry.txt', bytes: new TextEncoder().encode(source) }]).corpus.articles;
  expect(article?.publishedOn).toBe('2031-03-04');
});

test('a sidecar’s title replaces a misread headline without changing the id, and its date note is the date basis', () => {
  const page = ['Harbour council approves the new ferry timetable', 'The council approved the new ferry timetable on Tuesday after a short debate about night crossings.'].join('\n');
  const bytes = new TextEncoder().encode(page);
  const plain = buildCorpus([{ sourceFile: 'ferry.txt', bytes }]).corpus.articles[0]!;
  const sidecarText = JSON.stringify({ title: 'Ferry timetable approved', publishedOn: '2031-03-04', dateNote: 'dateline of the print edition' });
  const corrected = buildCorpus([{ sourceFile: 'ferry.txt', bytes, sidecarText }]).corpus.articles[0]!;
  expect(corrected).toMatchObject({ id: plain.id, title: 'Ferry timetable approved', titleDerived: false, titleBlock: null, publishedOn: '2031-03-04', dateSource: 'stated' });
  expect(corrected.dateBasis).toBe('4 March 2031, as stated in ferry.txt.meta.json: dateline of the print edition.');
  // The page's own headline is not lost: it is the first block of the text again.
  expect(corrected.blocks[0]!.text).toBe('Harbour council approves the new ferry timetable');
});

test('a sidecar’s speakers give a quote to the person the reader named, or to nobody', () => {
  const page = [
    'Council votes on the ferry timetable',
    'Mayor Lena Holm spoke after the vote on Tuesday.',
    '“The crossings will start in spring,” said Mayor Lena Holm.',
    '“It is far too early to promise anything,” Councillor Piet Brand said after voting against.',
  ].join('\n');
  const bytes = new TextEncoder().encode(page);
  const plain = buildCorpus([{ sourceFile: 'ferry.txt', bytes }]).corpus;
  const quote = plain.quotes[0]!;
  expect(quote.speakerId).toBe('lena-holm');
  const moved = buildCorpus([{ sourceFile: 'ferry.txt', bytes, sidecarText: JSON.stringify({ speakers: { [quote.start]: 'piet-brand' } }) }]).corpus;
  expect(moved.quotes[0]!.speakerId).toBe('piet-brand');
  const unknown = buildCorpus([{ sourceFile: 'ferry.txt', bytes, sidecarText: JSON.stringify({ speakers: { [quote.start]: 'nobody-here', 3: null } }) }]).corpus;
  expect(unknown.quotes[0]!.speakerId).toBe('lena-holm');
  expect(unknown.problems.map((problem) => problem.message)).toEqual([
    expect.stringMatching(/offset 3, where no quote starts/),
    expect.stringMatching(/“nobody-here”, whom no page names/),
  ]);
});

test('a sidecar’s block marks move text in and out of the article before its quotes are read', () => {
  const page = [
    'Council votes on the ferry timetable',
    'Mayor Lena Holm spoke after the vote on Tuesday, which passed by nine votes to four.',
    '“The crossings will start in spring,” said Mayor Lena Holm.',
    'Comments',
    '“Fares must stay low for residents,” Councillor Piet Brand said after the vote.',
  ].join('\n');
  const bytes = new TextEncoder().encode(page);
  const plain = buildCorpus([{ sourceFile: 'ferry.txt', bytes }]).corpus;
  const [article] = plain.articles;
  const spring = article!.blocks.find((block) => block.text.startsWith('“The crossings'))!;
  const cut = article!.cuts.find((entry) => page.slice(entry.start, entry.end) === 'Comments');
  expect(cut, 'the "Comments" line is cut as interface text').toBeDefined();
  expect(plain.quotes.map((quote) => quote.text)).toContain('The crossings will start in spring');

  const sidecarText = JSON.stringify({ blocks: { [spring.start]: 'chrome', [cut!.start]: 'text', 7: 'chrome' } });
  const marked = buildCorpus([{ sourceFile: 'ferry.txt', bytes, sidecarText }]).corpus;
  const corrected = marked.articles[0]!;
  expect(corrected.id).toBe(article!.id);
  expect(corrected.blocks.map((block) => block.text)).not.toContain(spring.text);
  expect(corrected.blocks.map((block) => block.text)).toContain('Comments');
  expect(corrected.cuts).toContainEqual({ start: spring.start, end: spring.end, reason: 'marked as not article text by you' });
  for (const block of corrected.blocks) expect(page.slice(block.start, block.end)).toBe(block.text);
  expect(corrected.blocks.map((block) => block.start)).toEqual([...corrected.blocks.map((block) => block.start)].sort((a, b) => a - b));
  // The quote of the block marked as not text is gone; the rest are read as before.
  expect(marked.quotes.map((quote) => quote.text)).not.toContain('The crossings will start in spring');
  expect(marked.quotes.map((quote) => quote.text)).toContain('Fares must stay low for residents');
  expect(marked.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/marks offset 7 as not article text, but no block of the page starts there/)]);
});

test('the build reports its progress in whole percents, rising to 1, without changing its output', () => {
  const pages = Array.from({ length: 30 }, (_, index) => ({
    sourceFile: `page-${index}.txt`,
    bytes: new TextEncoder().encode(`Harbour council meets for the ${index + 1}th time\nThe council met again on Tuesday and approved ${index + 2} new ferry crossings after a short debate.`),
  }));
  const seen: number[] = [];
  const withProgress = buildCorpus(pages, { onProgress: (fraction) => seen.push(fraction) });
  expect(seen.at(-1)).toBe(1);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBeLessThanOrEqual(101);
  expect(JSON.stringify(withProgress.corpus)).toBe(JSON.stringify(buildCorpus(pages).corpus));
});

test('a sidecar’s null date says the page has no date, over what the text suggests', () => {
  const page = ['Harbour council approves the new ferry timetable', 'Posted on March 4, 2031', 'The council approved the new ferry timetable on Tuesday after a short debate.'].join('\n');
  const bytes = new TextEncoder().encode(page);
  expect(buildCorpus([{ sourceFile: 'ferry.txt', bytes }]).corpus.articles[0]!.publishedOn).toBe('2031-03-04');
  const undated = buildCorpus([{ sourceFile: 'ferry.txt', bytes, sidecarText: JSON.stringify({ publishedOn: null, dateNote: 'the posting date is the archive’s, not the article’s' }) }]).corpus.articles[0]!;
  expect(undated).toMatchObject({ publishedOn: null, dateSource: 'unknown' });
  expect(undated.dateBasis).toBe('No date: ferry.txt.meta.json says the page has none it can be trusted for: the posting date is the archive’s, not the article’s.');
});

test('pages whose dates are of plans, deadlines or earlier events are not dated to them', () => {
  const pages = {
    'cup-preview.txt': ['Harbourside reach the cup final', 'Harbourside beat Millbrook 3-1 in the semi-final to reach the cup final.', 'The final takes place on 13 July 2031 at the national stadium.', 'The coach said his players were tired but happy after a long season.'],
    'ballot-deadline.txt': ['Parties race to register candidates', 'The deadline for registering candidates is June 5, 2031, the electoral commission said.', 'Eleven parties have so far submitted their lists.', 'Smaller parties complained that the signature rules were too strict.'],
    'trial-adjourned.txt': ['Fraud trial adjourned', 'A judge adjourned the fraud trial of the former bank chief to 17 September 2031 after his lawyers asked for more time.', 'Prosecutors did not object to the delay, the court heard.', 'He denies all twelve charges.'],
    'flood-anniversary.txt': ['Town marks ten years since the flood', 'Hundreds of residents gathered by the river to mark ten years since the flood of 14 August 2021.', 'The mayor laid a wreath at the memorial.', 'Survivors shared their memories at a service in the parish church.'],
    'airline-collapse.txt': ['Airline collapses', 'The regional airline stopped flying, stranding thousands of passengers.', 'It had filed for bankruptcy protection on 2 May 2031, but talks with investors failed.', 'Staff learned of the closure from an email.'],
    'mine-families.txt': ['Families demand an inquiry', 'Families of the miners killed in the collapse demanded a public inquiry.', '“On 8 May 2031 we lost our fathers and our sons,” said a spokeswoman for the families.', 'The mining company said it was cooperating with investigators.'],
  };
  const inputs = Object.entries(pages).map(([sourceFile, lines]) => ({ sourceFile, bytes: new TextEncoder().encode(lines.join('\n')) }));
  const dated = buildCorpus(inputs).corpus.articles.filter((article) => article.publishedOn !== null).map((article) => `${article.sourceFile}: ${article.publishedOn}`);
  expect(dated).toEqual([]);
});
