import { expect, test } from 'vitest';
import { relateFolders } from './guard-out-folder.ts';

test.each([
  ['/work/seeds', '/work/seeds', 'same'],
  ['/work/seeds/out', '/work/seeds', 'inside'],
  ['/work', '/work/seeds', 'contains'],
  ['/', '/work/seeds', 'contains'],
  ['/work/seeds-out', '/work/seeds', 'apart'],
  ['/work/out', '/work/seeds', 'apart'],
  ['/work/..seeds', '/work/seeds', 'apart'],
  ['/work/seeds/..hidden', '/work/seeds', 'inside'],
])('%s relates to %s as %s', (path, folder, relation) => {
  expect(relateFolders(path, folder)).toBe(relation);
});
