/** Control characters (CR, LF, NUL, DEL…): no id or route holds one. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Why an address cannot be routed, or null when it can. React Router's patterns never match a
 * line break, so `/x%0a` matched no route at all, not even `*`, and the page stayed blank
 * (issue 6, point 9); the app routes such an address to a notice instead.
 * @example describeUnreadablePath('/articles/a/%0D') // 'The address holds a line break or control character …'
 */
export function describeUnreadablePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'The address holds a broken %-escape, so it names no page. Check the link you followed.';
  }
  if (!CONTROL.test(decoded)) return null;
  return 'The address holds a line break or control character, so it names no page. Check the link you followed.';
}
