/**
 * Escapes every character a regular expression gives a meaning to, so `text` matches itself.
 * @example new RegExp(escapeRegExp('a.b')).test('axb') // false
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
