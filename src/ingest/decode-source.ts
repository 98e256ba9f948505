import type { Problem } from '../data/contract.ts';

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type DecodedSource =
  | { ok: true; text: string; warnings: Problem[] }
  | { ok: false; problem: Problem };

/**
 * Turns a file's bytes into text, or into a problem a person understands.
 * UTF-8 first (a BOM is dropped, so offsets count from the first real character);
 * Windows-1252 as the fallback many older news sites still produce.
 * @example decodeSource('a.txt', new TextEncoder().encode('\uFEFFHello')) // { ok: true, text: 'Hello', … }
 */
export function decodeSource(sourceFile: string, bytes: Uint8Array): DecodedSource {
  const fail = (message: string): DecodedSource => ({ ok: false, problem: { sourceFile, severity: 'error', message } });
  if (bytes.length === 0) return fail('The file is empty: there is no text to read.');
  if (bytes.length > MAX_SOURCE_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(`The file is ${megabytes} MB, over the 5 MB limit for one page; split it or check it is really a text dump.`);
  }
  if (looksBinary(bytes)) return fail('The file looks binary (it contains NUL or control bytes), not a text dump of a page.');

  const warnings: Problem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    warnings.push({
      sourceFile,
      severity: 'warning',
      message: 'The file is not valid UTF-8; it was read as Windows-1252. Check accented letters and quotation marks.',
    });
  }
  if (text.trim() === '') return fail('The file holds only whitespace: there is no text to read.');
  if (looksLikeHtml(text)) {
    return fail('The file is an HTML page, not a plain-text dump. Save the page as text (or copy its text) and ingest that.');
  }
  return { ok: true, text, warnings };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tabs, newlines, carriage returns and form feeds are normal in text.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control > sample.length * 0.01;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  if (/^\s*<!doctype html/.test(head) || /^\s*<html[\s>]/.test(head)) return true;
  const tags = text.slice(0, 20000).match(/<\/?(html|head|body|div|p|span|script|a|meta|link)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 10;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node 20's
 * TextDecoder('windows-1252') decodes those as Latin-1 control characters (nodejs/node#56542),
 * so the table is applied here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
