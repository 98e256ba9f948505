import { describe, expect, test } from 'vitest';
import { decodeSource, MAX_SOURCE_BYTES } from './decode-source.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  test('drops a UTF-8 byte-order mark so offsets start at the first character', () => {
    const result = decodeSource('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Hello')]));
    expect(result).toMatchObject({ ok: true, text: 'Hello' });
  });

  test('reads Windows-1252 when the bytes are not UTF-8, with a warning', () => {
    const result = decodeSource('a.txt', new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    expect(result.ok && result.text).toBe('“Hi” café');
    expect(result.ok && result.warnings[0]?.message).toMatch(/Windows-1252/);
  });

  test.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', encode(' \n\n  '), /only whitespace/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), /binary/],
    ['an HTML page', encode('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), /HTML page/],
    ['a file over 5 MB', new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61), /over the 5 MB limit/],
  ])('reports %s as an error a person understands', (_, bytes, message) => {
    const result = decodeSource('bad.txt', bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ sourceFile: 'bad.txt', severity: 'error', message: expect.stringMatching(message) });
  });
});
