/**
 * `JSON.stringify(value)` (or, `pretty`, `JSON.stringify(value, null, 1)`) of an object, in pieces: each
 * element of its top-level lists is stringified on its own, so the text of a large file (corpus.json is
 * 136 MB at 10,000 pages) is never one string. Joined, the pieces are exactly what JSON.stringify gives
 * (a test holds them to it).
 */
export function* jsonPieces(value: Readonly<Record<string, unknown>>, { pretty = false }: { pretty?: boolean } = {}): Generator<string> {
  const entries = Object.entries(value).filter(([, field]) => isSerialisable(field));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const stringify = (field: unknown, by: string) => (pretty ? indented(JSON.stringify(field, null, 1), by) : JSON.stringify(field));
  const [open, keyEnd, close, listOpen, listGap, listClose] = pretty ? ['{\n ', ': ', '\n}', '[\n  ', ',\n  ', '\n ]'] : ['{', ':', '}', '[', ',', ']'];
  yield open;
  for (const [position, [key, field]] of entries.entries()) {
    if (position > 0) yield pretty ? ',\n ' : ',';
    yield `${JSON.stringify(key)}${keyEnd}`;
    if (Array.isArray(field) && field.length > 0) {
      yield listOpen;
      for (const [index, element] of field.entries()) yield `${index > 0 ? listGap : ''}${isSerialisable(element) ? stringify(element, '  ') : 'null'}`;
      yield listClose;
    } else {
      yield stringify(field, ' ');
    }
  }
  yield close;
}

/** What JSON.stringify writes for a field (it leaves out undefined, functions and symbols). */
const isSerialisable = (field: unknown) => field !== undefined && typeof field !== 'function' && typeof field !== 'symbol';

/** A nested value's text at a deeper level: JSON's own newlines only ever come before indentation. */
const indented = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
