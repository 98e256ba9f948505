import { expect, test } from 'vitest';
import type { Quote } from '../../data/contract.ts';
import { findSameWords, sameWordsKey } from './same-words.ts';

let next = 0;
function quote(articleId: string, text: string, kind: Quote['kind'] = 'direct'): Quote {
  next += 1;
  return { id: `q${next}`, articleId, speakerId: 'a-speaker', text, kind, block: 0, start: 0, end: text.length };
}

test('folds case, accents, punctuation and the kind of marks', () => {
  expect(sameWordsKey('“We won’t sign a bad deal,” she said — café')).toEqual(['we', 'wont', 'sign', 'a', 'bad', 'deal', 'she', 'said', 'cafe']);
});

test('groups equal words across articles and names the other articles', () => {
  const a = quote('article-a', 'The harbour will reopen before the winter storms arrive.');
  const b = quote('article-b', '“The harbour will reopen before the winter storms arrive”');
  const c = quote('article-c', 'The harbour stays shut until spring.');
  const groups = findSameWords([a, b, c]);
  expect(groups.get(a.id)).toEqual(['article-b']);
  expect(groups.get(b.id)).toEqual(['article-a']);
  expect(groups.has(c.id)).toBe(false);
});

test('a trimmed quote of eight or more words joins the longer one it is cut from', () => {
  const whole = quote('article-a', 'We have agreed on a timetable for the new bridge and the first stone is laid in May.');
  const trimmed = quote('article-b', 'agreed on a timetable for the new bridge and the first stone');
  const tooShort = quote('article-c', 'the first stone is laid');
  const groups = findSameWords([whole, trimmed, tooShort]);
  expect(groups.get(trimmed.id)).toEqual(['article-a']);
  expect(groups.get(whole.id)).toEqual(['article-b']);
  expect(groups.has(tooShort.id)).toBe(false);
});

test('never groups short stock answers, reported speech, or repeats inside one article', () => {
  const groups = findSameWords([
    quote('article-a', 'Of course.'),
    quote('article-b', 'Of course.'),
    quote('article-a', 'the council will vote on the budget next week', 'indirect'),
    quote('article-b', 'the council will vote on the budget next week', 'indirect'),
    quote('article-c', 'Nobody here wants another long delay.'),
    quote('article-c', 'Nobody here wants another long delay.'),
  ]);
  expect(groups.size).toBe(0);
});
