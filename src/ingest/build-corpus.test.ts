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
