import { describe, expect, test } from 'vitest';
import { findTemplateLines, segmentPage } from './segment-page.ts';

const page = [
  'World',
  '',
  'Leaders meet for crucial talks in Geneva',
  'The talks began on Monday, officials said.',
  'Key demands',
  '- A ceasefire along the front.',
  '- An exchange of prisoners.',
  'The talks began on Monday, officials said.',
  'Share this article',
  'Comments',
  'Related Articles',
  '',
  'Daily Planet',
  '3 hours ago',
  '- Daily Planet',
  'Markets rally as talks open',
  'Stocks rose on Monday as investors welcomed the talks. Analysts were cautious.',
  'You may also like',
  'Ten recipes for summer',
  'Why your cat ignores you',
].join('\n');

describe('segmentPage', () => {
  const { host, embedded } = segmentPage(page);

  test('keeps the headline, subheadings and list items of the body', () => {
    expect(host.blocks.map((block) => [block.type, block.text])).toEqual([
      ['heading', 'Leaders meet for crucial talks in Geneva'],
      ['paragraph', 'The talks began on Monday, officials said.'],
      ['heading', 'Key demands'],
      ['list-item', 'A ceasefire along the front.'],
      ['list-item', 'An exchange of prisoners.'],
    ]);
    expect(host.headlineBlock).toBe(0);
  });

  test('cuts the category label, repeated blocks, widgets and teaser headlines, keeping each as a reasoned cut', () => {
    const cutText = host.cuts.map((cut) => page.slice(cut.start, cut.end));
    expect(cutText).toEqual(expect.arrayContaining(['World', 'Share this article', 'Comments', 'Related Articles']));
    expect(host.cuts.find((cut) => cut.reason.startsWith('repeated'))).toBeDefined();
    const embeddedCuts = embedded[0]!.cuts.map((cut) => page.slice(cut.start, cut.end));
    expect(embeddedCuts).toEqual(expect.arrayContaining(['Ten recipes for summer', 'Why your cat ignores you']));
  });

  test('turns an article of another outlet, with its name and age, into an embedded article', () => {
    expect(embedded).toHaveLength(1);
    expect(embedded[0]).toMatchObject({ outlet: 'Daily Planet', age: '3 hours ago', headlineBlock: 0 });
    expect(embedded[0]!.blocks.map((block) => block.text)).toEqual([
      'Markets rally as talks open',
      'Stocks rose on Monday as investors welcomed the talks. Analysts were cautious.',
    ]);
  });

  test('every block and cut is a verbatim slice of the page', () => {
    for (const draft of [host, ...embedded]) {
      for (const block of draft.blocks) expect(page.slice(block.start, block.end)).toBe(block.text);
      for (const cut of draft.cuts) expect(page.slice(cut.start, cut.end).trim()).not.toBe('');
    }
  });

  test('regroups a wall of text into paragraphs of whole sentences', () => {
    const sentence = 'This sentence is long enough to count towards a paragraph of text. ';
    const wall = `Headline of the wall page\n${sentence.repeat(20).trim()}`;
    const blocks = segmentPage(wall).host.blocks;
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) expect(wall.slice(block.start, block.end)).toBe(block.text);
  });
});

test('cuts a template phrase glued to the end of a paragraph', () => {
  const source = 'Talks to resume next week in Geneva\nTalks will resume next week, officials said. DETAILS TO FOLLOW';
  const { host } = segmentPage(source);
  expect(host.blocks.map((block) => block.text)).toEqual(['Talks to resume next week in Geneva', 'Talks will resume next week, officials said.']);
  expect(host.cuts.map((cut) => source.slice(cut.start, cut.end))).toEqual(['DETAILS TO FOLLOW']);
});

describe('findTemplateLines', () => {
  test('finds short lines shared by several pages, not the outlet labels of embedded articles', () => {
    const a = 'Headline one is here\nBody.\nTry Our Features\nThe Outlet\nan hour ago\nTitle\nText.';
    const b = 'Another headline is here\nBody.\nTry Our Features\nThe Outlet\n2 hours ago\nTitle\nText.';
    const lines = findTemplateLines([a, b]);
    expect(lines.has('try our features')).toBe(true);
    expect(lines.has('the outlet')).toBe(false);
  });
});

test('a sentence that opens with a section word is text, a section marker is not', () => {
  const source = 'Council backs new rules for the harbour\nRecommended measures include a speed limit of 5 knots and a ban on night fishing.\nMore from the Gazette\nFerry fares rise again';
  const { host } = segmentPage(source);
  expect(host.blocks.map((block) => block.text)).toContain('Recommended measures include a speed limit of 5 knots and a ban on night fishing.');
  expect(host.cuts.map((cut) => source.slice(cut.start, cut.end))).toEqual(expect.arrayContaining(['More from the Gazette', 'Ferry fares rise again']));
});

test('readers’ comments are cut to the end of the page, and their names and ages make no articles', () => {
  const source = ['Council approves the harbour budget after a long debate', 'The council approved the budget on Monday after a debate of six hours.', '3 comments', 'harbourfan77', '2 hours ago', 'About time they did something.', 'Reply'].join('\n');
  const { host, embedded } = segmentPage(source);
  expect(embedded).toEqual([]);
  expect(host.blocks.map((block) => block.text)).toEqual(['Council approves the harbour budget after a long debate', 'The council approved the budget on Monday after a debate of six hours.']);
});

test('a live-blog subhead above an age is not an outlet', () => {
  const source = ['Harbour strike: live updates', 'Dockers walked out at dawn on Monday, the union said.', 'Talks resume at the port', '2 hours ago', 'Union leaders met the port authority again on Monday afternoon.'].join('\n');
  expect(segmentPage(source).embedded).toEqual([]);
});

test('a line about the writer, named in the byline, is cut even when the excerpt ends inside it', () => {
  const source = ['Harbour strike ends after a week of talks', 'By Nadia Brennan', 'Dockers returned to work on Monday after the port authority agreed to a new contract, the union said.', 'The deal raises pay by 4% over two years.', '• Nadia Brennan can be reac'].join('\n');
  const { host } = segmentPage(source);
  expect(host.blocks.map((block) => block.text)).not.toContain('Nadia Brennan can be reac');
  expect(host.cuts.find((cut) => source.slice(cut.start, cut.end).includes('can be reac'))?.reason).toBe('note about the writer');
});

test('a paragraph that names another person the way the byline names the writer stays', () => {
  const source = ['Harbour strike ends after a week of talks', 'By Nadia Brennan', 'Dockers returned to work on Monday after the port authority agreed to a new contract, the union said.', 'Ivo Brandt welcomed the deal.'].join('\n');
  expect(segmentPage(source).host.blocks.map((block) => block.text)).toContain('Ivo Brandt welcomed the deal.');
});
