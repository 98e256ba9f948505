import { describe, expect, test } from 'vitest';
import type { Block } from '#src/data/contract.ts';
import { matchPassage } from './match-passage.ts';

const block = (text: string): Block => ({ type: 'paragraph', text, start: 0, end: text.length });

describe('matchPassage', () => {
  test('takes the block holding the most of the terms, not the first block that holds one', () => {
    const blocks = [block('Headline about Kyiv'), block('Talks in Kyiv went on.'), block('In Kyiv, the envoy met ministers about a ceasefire.')];
    expect(matchPassage(blocks, 0, ['kyiv', 'ceasefire'])).toEqual({
      text: 'In Kyiv, the envoy met ministers about a ceasefire.',
      blockIndex: 2,
      cutBefore: false,
      cutAfter: false,
    });
  });

  test('matches at word starts, so a prefix finds the longer word', () => {
    expect(matchPassage([block('The Russian delegation left.')], null, ['russ'])?.blockIndex).toBe(0);
    expect(matchPassage([block('A prussian helmet.')], null, ['russ'])).toBeNull();
  });

  test('is null when only the headline matches, so the row keeps the opening', () => {
    expect(matchPassage([block('Peace plan unveiled'), block('Nothing else here.')], 0, ['peace'])).toBeNull();
    expect(matchPassage([block('Anything')], null, [])).toBeNull();
  });

  test('cuts a long block around its first match, from the start of that sentence, at whole words', () => {
    const filler = 'Officials spoke for many hours about procedure and seating arrangements at length. ';
    const text = `${filler.repeat(3)}Then the sanctions question came up again and stayed. ${filler.repeat(4)}`;
    const passage = matchPassage([block(text)], null, ['sanctions'])!;
    expect(passage.text.startsWith('Then the sanctions question')).toBe(true);
    expect(passage.cutBefore).toBe(true);
    expect(passage.cutAfter).toBe(true);
    expect(passage.text.length).toBeLessThanOrEqual(260);
    expect(text.includes(passage.text)).toBe(true);
    expect(passage.text.endsWith(' ')).toBe(false);
  });

  test('starts a little before the match at a word when its sentence began long before', () => {
    const text = `${'word '.repeat(80)}sanctions ${'word '.repeat(80)}`;
    const passage = matchPassage([block(text)], null, ['sanctions'])!;
    expect(passage.text.startsWith('word ')).toBe(true);
    expect(passage.text.indexOf('sanctions')).toBeGreaterThan(0);
    expect(passage.text.indexOf('sanctions')).toBeLessThanOrEqual(90);
  });

  test('starts at the match when the match opens its sentence, and never returns an empty passage', () => {
    const text = `${'Officials spoke about seating. '.repeat(3)}Sanctions came up again. ${'More words follow here. '.repeat(12)}`;
    expect(matchPassage([block(text)], null, ['sanctions'])!.text.startsWith('Sanctions came up again.')).toBe(true);
    const address = `See ${'x'.repeat(300)} sanctions`;
    expect(matchPassage([block(`sanctions ${address}`)], null, ['sanctions'])!.text.length).toBeGreaterThan(0);
  });

  test('skips text the reader took out of the article', () => {
    const blocks = [block('Sanctions in the caption.'), { ...block('Sanctions in the body.'), start: 100, end: 122 }];
    expect(matchPassage(blocks, null, ['sanctions'], new Set([0]))!.blockIndex).toBe(1);
  });
});

