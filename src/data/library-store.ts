import type { ArticleCorrection } from './corrections.ts';
import type { LibraryBuild } from './library.ts';

/**
 * The reader's pages and their build, in IndexedDB (through idb), so they are there after a reload and
 * offline. A flag in localStorage says whether there is anything stored: a reader without pages never
 * pays for opening the database (nor for idb's code) on the first view.
 */
const DB_NAME = 'readout-library';
// public/first-view-check.js reads it too, before any of the app's code runs (a test keeps the two alike).
const FLAG = 'readout.has-library';

/** A page as the reader gave it, kept whole so a rebuild (a new page, a new pipeline) starts from the original. */
export type StoredPage = { sourceFile: string; bytes: Uint8Array; sidecarText?: string; addedAt: string };

type Schema = {
  pages: { key: string; value: StoredPage };
  builds: { key: string; value: LibraryBuild };
  story: { key: string; value: string };
  corrections: { key: string; value: ArticleCorrection };
};

function flagged(): boolean {
  try {
    return window.localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

function setFlag(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(FLAG, '1');
    else window.localStorage.removeItem(FLAG);
  } catch {
    // Storage refused (a private window): the pages still work until the tab closes.
  }
}

let connection: ReturnType<typeof connect> | null = null;

/** One connection for the tab: every read and write shares it rather than opening the database again. */
function openLibrary(): ReturnType<typeof connect> {
  connection ??= connect();
  connection.catch(() => {
    connection = null;
  });
  return connection;
}

async function connect() {
  const { openDB } = await import('idb');
  const db = await openDB<Schema>(DB_NAME, 2, {
    // A newer Readout in another tab wants to upgrade: let go, and reconnect on the next read.
    blocking() {
      db.close();
      connection = null;
    },
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('pages', { keyPath: 'sourceFile' });
        db.createObjectStore('builds');
        db.createObjectStore('story');
      }
      if (oldVersion < 2) db.createObjectStore('corrections', { keyPath: 'articleId' });
    },
  });
  return db;
}

let cached: Promise<LibraryBuild | null> | null = null;

/** The current build of the reader's pages, or null when they have none (or the browser keeps no database). */
export function readLibraryBuild(): Promise<LibraryBuild | null> {
  if (typeof indexedDB === 'undefined' || !flagged()) return Promise.resolve(null);
  cached ??= openLibrary()
    .then(async (db) => (await db.get('builds', 'current')) ?? null)
    .catch(() => null);
  return cached;
}

export async function readStoredPages(): Promise<StoredPage[]> {
  if (typeof indexedDB === 'undefined' || !flagged()) return [];
  const db = await openLibrary();
  return db.getAll('pages');
}

export async function readStoredStory(): Promise<string | undefined> {
  if (typeof indexedDB === 'undefined' || !flagged()) return undefined;
  return (await openLibrary()).get('story', 'current');
}

/** Replaces the reader's pages and their build in one transaction: a reload sees the old set or the new, never half. */
export async function saveLibrary(pages: readonly StoredPage[], build: LibraryBuild, storyText: string | undefined): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(['pages', 'builds', 'story'], 'readwrite');
  await tx.objectStore('pages').clear();
  for (const page of pages) await tx.objectStore('pages').put(page);
  await tx.objectStore('builds').put(build, 'current');
  if (storyText === undefined) await tx.objectStore('story').delete('current');
  else await tx.objectStore('story').put(storyText, 'current');
  await tx.done;
  cached = Promise.resolve(build);
  setFlag(pages.length > 0 || build.problems.length > 0 || (await db.count('corrections')) > 0);
}

let cachedCorrections: Promise<Map<string, ArticleCorrection>> | null = null;

/** The reader's corrections by article id; empty (and no database opened) for a reader who never made one. */
export function readCorrections(): Promise<Map<string, ArticleCorrection>> {
  if (typeof indexedDB === 'undefined' || !flagged()) return Promise.resolve(new Map());
  cachedCorrections ??= openLibrary()
    .then(async (db) => new Map((await db.getAll('corrections')).map((correction) => [correction.articleId, correction])))
    .catch(() => new Map());
  return cachedCorrections;
}

/** Saves an article's corrections; a record with no field left is removed (every correction undone). */
export async function saveCorrection(correction: ArticleCorrection): Promise<void> {
  const db = await openLibrary();
  // Loaded here, not up front: saving a correction is rare, and the first view should not carry it.
  const { hasCorrections } = await import('./corrections.ts');
  if (!hasCorrections(correction)) await db.delete('corrections', correction.articleId);
  else await db.put('corrections', correction);
  cachedCorrections = null;
  setFlag(true);
}

/** Removes every page the reader added, and their build; the built-in corpus is untouched. */
export async function clearLibrary(): Promise<void> {
  if (typeof indexedDB !== 'undefined') {
    // Cleared, not deleted: deleting waits for every open connection (other tabs) to close.
    const db = await openLibrary();
    const tx = db.transaction(['pages', 'builds', 'story'], 'readwrite');
    await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('builds').clear(), tx.objectStore('story').clear(), tx.done]);
    cached = Promise.resolve(null);
    // Corrections of built-in articles are the reader's too, and stay; only the pages go.
    setFlag((await db.count('corrections')) > 0);
    return;
  }
  cached = Promise.resolve(null);
  setFlag(false);
}
