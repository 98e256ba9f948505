import { expect, test } from 'vitest';
import { jsonPieces } from './json-pieces.ts';

const samples: Record<string, unknown>[] = [
  {},
  { a: 1 },
  { schemaVersion: 1, articles: [], people: [{ id: 'x', aliases: [], nested: { deep: [1, { two: 'a\nb "quoted"' }] } }], skipped: undefined },
  { list: [1, 'two', null, undefined, { three: [] }, [[]]], text: 'line\nbreak', flag: false, nothing: null },
  { only: undefined },
  { unicode: ['ß', 'Зеленский', '\u2028'], object: { inner: { list: [{}] } } },
];

test('joined, the pieces are JSON.stringify(value), or (pretty) JSON.stringify(value, null, 1), whatever the value holds', () => {
  for (const sample of samples) {
    expect([...jsonPieces(sample)].join('')).toBe(JSON.stringify(sample));
    expect([...jsonPieces(sample, { pretty: true })].join('')).toBe(JSON.stringify(sample, null, 1));
  }
});

test('each element of a top-level list is a piece of its own', () => {
  const pieces = [...jsonPieces({ articles: [{ id: 'a' }, { id: 'b' }] })];
  expect(pieces.filter((piece) => piece.includes('"id"'))).toHaveLength(2);
});
