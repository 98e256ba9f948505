import { describe, expect, test } from 'vitest';
import { decodeSource, MAX_SOURCE_BYTES } from './decode-source.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  test('drops a UTF-8 byte-order mark so offsets start at the first character', () => {
    const result = decodeSource('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Hello there')]));
    expect(result).toMatchObject({ ok: true, text: 'Hello there' });
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

  const page = 'Striker signs for city rivals\nThe club confirmed the transfer on Friday, café owners cheered.\n';
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
    return new Uint8Array(units.flatMap((unit) => (order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])));
  };
  test.each([
    ['little-endian with a BOM', utf16(page, 'le', true)],
    ['big-endian with a BOM', utf16(page, 'be', true)],
    ['little-endian without a BOM', utf16(page, 'le', false)],
    ['big-endian without a BOM', utf16(page, 'be', false)],
  ])('decodes UTF-16 %s, offsets from the first character', (_, bytes) => {
    expect(decodeSource('utf16.txt', bytes)).toMatchObject({ ok: true, text: page, warnings: [] });
  });

  const longText = 'The council approved the city budget after a long debate.\n'.repeat(2000);
  test.each([
    ['a NUL far past the first 8 KB', new Uint8Array([...encode(longText), 0, ...encode(longText)])],
    ['a binary tail after text', new Uint8Array([...encode(longText), ...Array.from({ length: 8192 }, (_, index) => (index * 7919) % 32)])],
    ['50,000 one-character lines', encode('x\n'.repeat(50_000))],
    ['a single word', encode('Hello')],
  ])('reports %s as a problem, not an article', (_, bytes) => {
    expect(decodeSource('odd.txt', bytes)).toMatchObject({ ok: false, problem: { severity: 'error', message: expect.stringMatching(/binary|no sentence/) } });
  });

  test('accepts a sentence of a script written without spaces', () => {
    expect(decodeSource('zh.txt', encode('市议会今天通过了新的城市预算')).ok).toBe(true);
  });
});

