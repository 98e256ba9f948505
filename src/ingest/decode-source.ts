import type { Problem } from '../data/contract.ts';

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type DecodedSource =
  | { ok: true; text: string; warnings: Problem[] }
  | { ok: false; problem: Problem };

/**
 * Turns a file's bytes into text, or into a problem a person understands.
 * UTF-16 when a BOM or the pattern of zero bytes says so; else UTF-8 (a BOM is dropped, so
 * offsets count from the first real character); Windows-1252 as the fallback many older news
 * sites still produce. A file with no sentence in it is a problem, not an article.
 * @example decodeSource('a.txt', new TextEncoder().encode('\uFEFFHello there')) // { ok: true, text: 'Hello there', … }
 */
export function decodeSource(sourceFile: string, bytes: Uint8Array): DecodedSource {
  const fail = (message: string): DecodedSource => ({ ok: false, problem: { sourceFile, severity: 'error', message } });
  if (bytes.length === 0) return fail('The file is empty: there is no text to read.');
  if (bytes.length > MAX_SOURCE_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(`The file is ${megabytes} MB, over the 5 MB limit for one page; split it or check it is really a text dump.`);
  }
  const binary = 'The file looks binary (it contains NUL or control bytes), not a text dump of a page.';
  const warnings: Problem[] = [];
  let text: string;
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return fail(binary);
    }
    if (looksBinary(textCodes(text))) return fail(binary);
  } else {
    if (looksBinary(bytes)) return fail(binary);
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
  }
  if (text.trim() === '') return fail('The file holds only whitespace: there is no text to read.');
  if (looksLikeHtml(text)) {
    return fail('The file is an HTML page, not a plain-text dump. Save the page as text (or copy its text) and ingest that.');
  }
  if (!hasSentence(text)) return fail('The file holds no sentence (no line has two words in a row), so there is no article to read.');
  return { ok: true, text, warnings };
}

/** UTF-16 by its BOM, or by zero high bytes: ASCII-heavy UTF-16 has a NUL in every other byte, which UTF-8 text never has. */
function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const units = Math.min(bytes.length, 65536) / 2;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let unit = 0; unit < units; unit++) {
    if (bytes[unit * 2] === 0) zeroEven++;
    if (bytes[unit * 2 + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > units * 0.3 && zeroEven < units * 0.02) return 'utf-16le';
  if (zeroEven > units * 0.3 && zeroOdd < units * 0.02) return 'utf-16be';
  return null;
}

/** The decoded text's code units clipped to bytes, so the same control-character test applies. */
function textCodes(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) codes[index] = Math.min(text.charCodeAt(index), 255);
  return codes;
}

/**
 * Binary when any NUL appears anywhere (not only in the first 8 KB: a binary tail must not become an
 * article), or when control bytes are over 1% of the file or 5% of any 4 KB stretch of it.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const window = 4096;
  let total = 0;
  for (let start = 0; start < bytes.length; start += window) {
    const end = Math.min(bytes.length, start + window);
    let control = 0;
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!;
      if (byte === 0) return true;
      // Tabs, newlines, carriage returns and form feeds are normal in text.
      if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
    }
    if (control > (end - start) * 0.05) return true;
    total += control;
  }
  return total > bytes.length * 0.01;
}

/** Two words in a row on one line, or a run of letters of a script written without spaces. */
function hasSentence(text: string): boolean {
  return /\p{L}{2,}\p{P}*[^\S\r\n]+\p{P}*\p{L}{2,}/u.test(text) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{6,}/u.test(text);
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
