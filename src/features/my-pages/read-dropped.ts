import type { PickedFile } from '#src/ingest/collect-inputs.ts';

/** A File as the pipeline's input, named by its path inside a picked or dropped folder when it has one. */
export function pickedFromFile(file: File, path?: string): PickedFile {
  const name = path ?? (file.webkitRelativePath || file.name);
  return { name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** Pasted text as a page, with a sidecar when the reader gave the page's address. */
export function pickedFromText(text: string, name: string, url: string): PickedFile[] {
  const bytes = new TextEncoder().encode(text);
  const page: PickedFile = { name, size: bytes.length, read: async () => bytes };
  if (!url.trim()) return [page];
  const sidecar = new TextEncoder().encode(JSON.stringify({ url: url.trim() }));
  return [page, { name: `${name}.meta.json`, size: sidecar.length, read: async () => sidecar }];
}

/** Every file of a drop, folders walked (the File and Directory Entries API), each named by its path. */
export async function filesOfDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...transfer.files].map((file) => pickedFromFile(file));
  const files: PickedFile[] = [];
  async function walk(entry: FileSystemEntry, prefix: string): Promise<void> {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      files.push(pickedFromFile(file, `${prefix}${entry.name}`));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries gives at most about a hundred entries a call: read until it gives none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  }
  for (const entry of entries) await walk(entry, '');
  return files;
}
