/** CSV by papaparse (quoting, embedded commas, newlines and quotes done right); loaded only when someone exports. */
export async function toCsv(rows: readonly object[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return Papa.unparse(rows as object[], { newline: '\r\n' });
}

/** Offers text or bytes (a zip) as a file download. */
export function download(fileName: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; give the browser a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
