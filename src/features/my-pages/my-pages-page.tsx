import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import type { LibraryBuild } from '#src/data/library.ts';
import { clearLibrary, readCorrections, readStoredPages, readStoredStory } from '#src/data/library-store.ts';
import { STORY_FILE_NAME } from '#src/ingest/lexicon/story-file-name.ts';
import { QueryGate } from '#src/components/query-gate.tsx';
import type { PickedFile } from '#src/ingest/collect-inputs.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { download } from '#src/lib/download.ts';
import { addPages, removeEntry, type Progress } from './add-pages.ts';
import { correctionSidecars, seedsFolder, zipOf } from './export-corrections.ts';
import { receiveDrops, takeHeldDrop } from './pending-drop.ts';
import { libraryRows } from './library-rows.ts';
import { filesOfDrop, pickedFromFile, pickedFromText } from './read-dropped.ts';

const PHASE_LABELS: Record<Progress['phase'], string> = { reading: 'Reading files', building: 'Finding articles, people, quotes and figures', saving: 'Saving in this browser' };

type Work = { state: 'idle' } | { state: 'busy'; progress: Progress } | { state: 'done'; message: string } | { state: 'failed'; message: string };

/** The reader's own pages: add them (drop, pick, paste), see what became of each, remove them. */
export function MyPagesPage() {
  useDocumentTitle('My pages');
  const libraryQuery = useQuery(corpusQueries.library());
  const queryClient = useQueryClient();
  const [work, setWork] = useState<Work>({ state: 'idle' });
  const busy = work.state === 'busy';

  async function run(task: (onProgress: (progress: Progress) => void) => Promise<LibraryBuild | void>, done: (build: LibraryBuild | void) => string) {
    setWork({ state: 'busy', progress: { phase: 'reading', done: 0, total: 0 } });
    try {
      const build = await task((progress) => setWork({ state: 'busy', progress }));
      // Every view reads the merged corpus again: the new articles are in the list, search, people and quotes at once.
      await queryClient.resetQueries({ queryKey: ['corpus'] });
      setWork({ state: 'done', message: done(build) });
    } catch (error) {
      setWork({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const add = (files: PickedFile[]) => {
    if (files.length === 0) return;
    void run(
      (onProgress) => addPages(files, onProgress),
      (build) => {
        const articles = build ? build.pages.reduce((sum, page) => sum + page.articleIds.length, 0) : 0;
        return `Added ${files.length} ${files.length === 1 ? 'file' : 'files'}. Your pages now hold ${articles} ${articles === 1 ? 'article' : 'articles'}.`;
      },
    );
  };

  // Files dropped on another view, or on this one outside the drop zone, arrive here: added as if dropped on it.
  const addRef = useRef(add);
  useEffect(() => {
    addRef.current = add;
  });
  useEffect(() => {
    const held = takeHeldDrop();
    if (held) void held.then((files) => addRef.current(files));
    return receiveDrops((files) => void files.then((picked) => addRef.current(picked)));
  }, []);

  return (
    <div className="page my-pages">
      <h1 className="page-title">My pages</h1>
      <p className="page-intro">
        Add news pages you saved as plain text. They go through the same pipeline as the built-in pages, here in your browser, and are kept in
        this browser only, also offline. The built-in pages are never changed.
      </p>
      <AddPages disabled={busy} onAdd={add} />
      <WorkStatus work={work} />
      <YourCorrections />
      <QueryGate query={libraryQuery} lines={4}>
        {(build) => (
          <LibraryContents
            build={build}
            busy={busy}
            onRemove={(sourceFile) => void run((onProgress) => removeEntry(sourceFile, onProgress), () => `Removed ${sourceFile}.`)}
            onRemoveAll={() => void run(() => clearLibrary(), () => 'Removed all your pages. The built-in pages are still here.')}
          />
        )}
      </QueryGate>
    </div>
  );
}

function AddPages({ disabled, onAdd }: { disabled: boolean; onAdd: (files: PickedFile[]) => void }) {
  const baseId = useId();
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    void filesOfDrop(event.dataTransfer).then(onAdd);
  }

  return (
    <section className="add-pages" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>Add pages</h2>
      <div
        className="drop-zone"
        data-over={over || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop text files or a folder here, or</p>
        <div className="drop-actions">
          <button type="button" className="button" disabled={disabled} onClick={() => filesRef.current?.click()}>
            Choose files
          </button>
          <button type="button" className="button button-quiet" disabled={disabled} onClick={() => folderRef.current?.click()}>
            Choose a folder
          </button>
        </div>
        <p className="drop-hint">A <code>page.txt.meta.json</code> beside a page gives its address, outlet or date, as for the terminal ingest.</p>
        <input
          ref={filesRef}
          type="file"
          multiple
          hidden
          aria-label="Choose files"
          onChange={(event) => {
            onAdd([...(event.target.files ?? [])].map((file) => pickedFromFile(file)));
            event.target.value = '';
          }}
        />
        <input
          ref={folderRef}
          type="file"
          hidden
          aria-label="Choose a folder"
          // A folder picker: not in React's types, but in every current browser.
          {...{ webkitdirectory: '' }}
          onChange={(event) => {
            onAdd([...(event.target.files ?? [])].map((file) => pickedFromFile(file)));
            event.target.value = '';
          }}
        />
      </div>
      <form
        className="paste-page"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          const fileName = `${(name.trim() || `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`).replace(/[/\\]/g, '-')}${/\.txt$/i.test(name.trim()) ? '' : '.txt'}`;
          onAdd(pickedFromText(text, fileName, url));
          setText('');
          setUrl('');
          setName('');
        }}
      >
        <h3>Or paste a page’s text</h3>
        <label htmlFor={`${baseId}-text`}>Page text</label>
        <textarea id={`${baseId}-text`} rows={6} value={text} onChange={(event) => setText(event.target.value)} />
        <div className="paste-fields">
          <label>
            Address of the page (optional)
            <input type="url" value={url} placeholder="https://…" onChange={(event) => setUrl(event.target.value)} />
          </label>
          <label>
            File name (optional)
            <input type="text" value={name} placeholder="my-page.txt" onChange={(event) => setName(event.target.value)} />
          </label>
        </div>
        <button type="submit" className="button" disabled={disabled || !text.trim()}>
          Add this text
        </button>
      </form>
    </section>
  );
}

function WorkStatus({ work }: { work: Work }) {
  if (work.state === 'idle') return <div role="status" className="work-status" />;
  if (work.state === 'busy') {
    const { phase, done, total } = work.progress;
    const determinate = phase !== 'saving' && total > 0;
    return (
      <div role="status" className="work-status">
        <label>
          {PHASE_LABELS[phase]}
          {!determinate ? '…' : phase === 'building' ? ` (${done}%)` : ` (${done} of ${total})`}
          <progress max={determinate ? total : undefined} value={determinate ? done : undefined} />
        </label>
      </div>
    );
  }
  return (
    <div role="status" className={`work-status work-${work.state}`}>
      {work.state === 'failed' ? `Nothing was changed: ${work.message}` : work.message}
    </div>
  );
}

/** Everything the reader brought and corrected, as a seeds folder for `npm run ingest`. */
function SeedsFolderExport({ count }: { count: number }) {
  const indexQuery = useQuery(corpusQueries.index());
  const [failure, setFailure] = useState<string | null>(null);
  async function save() {
    try {
      const [pages, corrections, storyText] = await Promise.all([readStoredPages(), readCorrections(), readStoredStory()]);
      const articlesById = new Map((indexQuery.data?.articles ?? []).map((article) => [article.id, article]));
      const folder = seedsFolder(pages, corrections.values(), articlesById, storyText === undefined ? null : { fileName: STORY_FILE_NAME, text: storyText });
      download('readout-seeds.zip', await zipOf(folder), 'application/zip');
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <section aria-labelledby="seeds-export-heading" className="seeds-export">
      <h2 id="seeds-export-heading">Take your pages to the terminal</h2>
      <p>
        <button type="button" className="button button-quiet" disabled={!indexQuery.data} onClick={() => void save()}>
          Download your {count} {count === 1 ? 'page' : 'pages'} as a seeds folder (.zip)
        </button>{' '}
        <span className="muted">The pages as you added them, their sidecars with your corrections, and your story file: unzip into seeds/ and run npm run ingest.</span>
      </p>
      {failure && <p role="alert">The folder could not be made: {failure}</p>}
    </section>
  );
}

type ContentsProps = { build: LibraryBuild | null; busy: boolean; onRemove: (sourceFile: string) => void; onRemoveAll: () => void };

function LibraryContents({ build, busy, onRemove, onRemoveAll }: ContentsProps) {
  const [confirming, setConfirming] = useState(false);
  const rows = useMemo(() => (build ? libraryRows(build) : []), [build]);
  if (!build || rows.length === 0) return <p className="muted">You have not added any pages yet.</p>;
  const failed = rows.filter((row) => row.articles.length === 0).length;

  return (
    <>
      <section aria-labelledby="my-pages-heading" className="my-pages-list">
        <h2 id="my-pages-heading">
          Your files: {rows.length}
          {failed > 0 && `, ${failed} with no article`}
        </h2>
        <table className="figure-table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">What became of it</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ sourceFile, articles, problems }) => {
              return (
                <tr key={sourceFile}>
                  <th scope="row">{sourceFile}</th>
                  <td>
                    {articles.length > 0 && (
                      <ul className="plain-list">
                        {articles.map(({ id, title }) => (
                          <li key={id}>
                            <Link to={paths.article.href(id)}>{title}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                    {problems.map((problem) => (
                      <p key={problem.message} className={`problem problem-${problem.severity}`}>
                        <span className="tag">{problem.severity === 'error' ? 'not read' : 'note'}</span> {problem.message}
                      </p>
                    ))}
                  </td>
                  <td>
                    <button type="button" className="button button-quiet" disabled={busy} onClick={() => onRemove(sourceFile)} aria-label={`Remove ${sourceFile}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <SeedsFolderExport count={build.pages.length} />
      <section aria-label="Remove all" className="remove-all">
        {confirming ? (
          <p>
            Remove all {build.pages.length} of your pages from this browser?{' '}
            <button type="button" className="button button-danger" disabled={busy} onClick={() => (setConfirming(false), onRemoveAll())}>
              Yes, remove them all
            </button>{' '}
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => setConfirming(true)}>
            Remove all my pages…
          </button>
        )}
      </section>
    </>
  );
}

/** Corrections made in the reader, and the sidecar files that carry them to the terminal ingest. */
function YourCorrections() {
  const correctionsQuery = useQuery(corpusQueries.corrections());
  const indexQuery = useQuery(corpusQueries.index());
  const corrections = [...(correctionsQuery.data?.values() ?? [])];
  if (corrections.length === 0 || !indexQuery.data) return null;
  const articlesById = new Map(indexQuery.data.articles.map((article) => [article.id, article]));
  const { files, kept } = correctionSidecars(corrections, articlesById);
  const names = Object.keys(files).sort();
  return (
    <section aria-labelledby="corrections-heading" className="my-corrections">
      <h2 id="corrections-heading">Your corrections: {corrections.length}</h2>
      <ul>
        {corrections.map((correction) => (
          <li key={correction.articleId}>
            <Link to={paths.article.href(correction.articleId)}>{articlesById.get(correction.articleId)?.title ?? correction.articleId}</Link>
            {kept.includes(correction) && <span className="muted"> (an article inside another page: kept here, no sidecar can carry it)</span>}
          </li>
        ))}
      </ul>
      {names.length > 0 && (
        <p>
          <button type="button" className="button" onClick={async () => download('readout-corrections.zip', await zipOf(files), 'application/zip')}>
            Download {names.length} sidecar {names.length === 1 ? 'file' : 'files'} (.zip)
          </button>{' '}
          <span className="muted">Unzip beside the pages in seeds/ and run npm run ingest: the rebuild keeps your corrections.</span>
        </p>
      )}
    </section>
  );
}
