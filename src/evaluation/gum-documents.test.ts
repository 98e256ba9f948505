import { expect, test } from 'vitest';
import { splitOf, toPageText } from './gum-documents.ts';

test.each([
  ['GUM_news_homeopathic', 'dev'],
  ['GUM_news_iodine', 'dev'],
  ['GUM_news_nasa', 'test'],
  ['GUM_news_sensitive', 'test'],
  ['GUM_news_anything_else', 'train'],
])('%s is in the %s split', (docId, split) => {
  expect(splitOf(docId)).toBe(split);
});

test('builds a page from the title and paragraphs, without repeating the headline', () => {
  expect(toPageText({ title: 'Storm hits coast', paragraphs: ['Storm hits coast', 'Rain fell.', 'Caption\nCredit.'] })).toBe(
    'Storm hits coast\n\nRain fell.\nCaption\nCredit.\n',
  );
  expect(toPageText({ title: 'Storm hits coast', paragraphs: ['Rain fell.'] })).toBe('Storm hits coast\n\nRain fell.\n');
});
