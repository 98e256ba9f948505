import { lazy, Suspense, useEffect, useMemo, useRef, type ClipboardEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useHref, useLocation } from 'react-router';
import { paths, parseBlockHash } from '#src/config/paths.ts';
import type { ArticleFile, ArticleSummary, IndexFile, QuoteEntry } from '#src/data/app-files.ts';
import type { Block, Quote } from '#src/data/contract.ts';
import { corpusQueries } from '#src/data/corpus-queries.ts';
import { hiddenBlockStarts } from '#src/data/corrections.ts';
import { CopyButton } from '#src/components/copy-button.tsx';
import { SameWordsNote } from '#src/components/same-words-note.tsx';
import { LinkIcon, QuoteIcon } from '#src/components/icons.tsx';
import { excerptOf } from '#src/lib/excerpt.ts';
import { termRanges } from '#src/lib/highlight.ts';
import { groupBlocks, splitBlockByQuotes } from './block-parts.ts';
import { citedArticleOf } from '#src/lib/cite.ts';
import { CiteButton } from '#src/components/cite-dialog.tsx';
import { renderBlockParts } from './quote-mark.tsx';

// The speaker correction (its dialog, its saving) is loaded after the text, not before it.
const ChangeSpeaker = lazy(() => import('./change-speaker.tsx').then((module) => ({ default: module.ChangeSpeaker })));
// So is marking a block as not article text, and undoing a mark.
const MarkNotText = lazy(() => import('./block-marks.tsx').then((module) => ({ default: module.MarkNotText })));
const UndoMark = lazy(() => import('./block-marks.tsx').then((module) => ({ default: module.UndoMark })));

type Props = { index: IndexFile; summary: ArticleSummary; file: ArticleFile };

const BLOCK_NOUN: Record<Block['type'], string> = { paragraph: 'paragraph', heading: 'heading', 'list-item': 'list item' };

/**
 * The article's own text for a selection: speaker tags and block buttons are Readout's marks, not the page's words,
 * so they are left out, and blocks are separated by blank lines as paragraphs are.
 */
export function copyableText(fragment: DocumentFragment): string {
  const holder = document.createElement('div');
  holder.append(fragment);
  for (const mark of holder.querySelectorAll('.quote-speaker, .block-actions, .same-words-note')) mark.remove();
  const blocks = [...holder.querySelectorAll('.block-text, .block-heading')];
  const text = blocks.length > 0 ? blocks.map((block) => block.textContent ?? '').join('\n\n') : (holder.textContent ?? '');
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

function searchTermsOf(state: unknown): string[] {
  const terms = (state as { searchTerms?: unknown } | null)?.searchTerms;
  return Array.isArray(terms) ? terms.filter((term): term is string => typeof term === 'string') : [];
}

function copyArticleText(event: ClipboardEvent<HTMLElement>) {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < selection.rangeCount; i++) fragment.append(selection.getRangeAt(i).cloneContents());
  event.clipboardData.setData('text/plain', copyableText(fragment));
  event.preventDefault();
}

export function ArticleBody({ index, summary, file }: Props) {
  const { article, quotes } = file;
  const location = useLocation();
  const articleHref = useHref(paths.article.href(article.id));
  const target = parseBlockHash(location.hash);
  const names = useMemo(() => new Map(index.people.map((person) => [person.id, person.name])), [index.people]);
  const articlesById = useMemo(() => new Map(index.articles.map((entry) => [entry.id, entry])), [index.articles]);
  const allPeople = index.people;
  const correction = useQuery(corpusQueries.corrections()).data?.get(article.id);
  const hidden = hiddenBlockStarts(correction);
  const restoredFrom = (block: Block) => Object.values(correction?.blocks ?? {}).find((mark) => mark.kind === 'text' && mark.start <= block.start && block.end <= mark.end);
  const quotesByBlock = useMemo(() => {
    const byBlock = new Map<number, QuoteEntry[]>();
    for (const quote of quotes) byBlock.set(quote.block, [...(byBlock.get(quote.block) ?? []), quote]);
    return byBlock;
  }, [quotes]);

  // The content arrives after the browser's own jump to #bN has failed, so scroll and highlight here.
  // The headline block is the page's h1 (in the header), so the mark is set on the element, not in state.
  useEffect(() => {
    if (target === null) return;
    const element = document.getElementById(`b${target}`);
    if (!element) return;
    // jsdom has no layout, hence no scrollIntoView.
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
    element.setAttribute('data-highlighted', '');
    return () => element.removeAttribute('data-highlighted');
  }, [target, location.key]);

  // Opened from a search: mark the terms (CSS highlights, the DOM untouched) and start at the first block that has one.
  const body = useRef<HTMLDivElement>(null);
  const searchTerms = searchTermsOf(location.state);
  useEffect(() => {
    const root = body.current;
    if (!root || searchTerms.length === 0) return;
    // The whole article, headline included: a title can be the only place a term is.
    const ranges = termRanges(root.closest('article') ?? root, searchTerms);
    const first = ranges.map((range) => range.startContainer.parentElement?.closest<HTMLElement>('.reader-body .block')).find(Boolean);
    if (target === null && first) {
      first.scrollIntoView?.({ block: 'center' });
      first.focus({ preventScroll: true });
    }
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
    if (!registry || ranges.length === 0) return;
    registry.set('search-hit', new Highlight(...ranges));
    return () => void registry.delete('search-hit');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the terms come with the navigation: re-run per location, not per array identity.
  }, [location.key, file]);

  const blockUrl = (n: number) => new URL(`${articleHref}#b${n}`, window.location.origin).href;
  const citedArticle = citedArticleOf(summary, new URL(articleHref, window.location.origin).href);

  function renderBlock(index: number, block: Block): ReactNode {
    const noun = `${BLOCK_NOUN[block.type]} ${index}`;
    // Folded, not gone: the reader sees what they marked and can take it back.
    if (hidden.has(block.start)) {
      const Tag = block.type === 'list-item' ? 'li' : 'div';
      return (
        <Tag key={index} id={`b${index}`} tabIndex={-1} className="block block-hidden">
          <span className="muted">You marked this {BLOCK_NOUN[block.type]} as not article text: “{excerptOf(block.text, 12)}”</span>{' '}
          <Suspense fallback={null}>
            <UndoMark summary={summary} start={block.start} label="Undo" name={`Undo: ${noun} is article text`} />
          </Suspense>
        </Tag>
      );
    }
    const restored = restoredFrom(block);
    const blockQuotes = quotesByBlock.get(index) ?? [];
    const content = renderBlockParts(splitBlockByQuotes(block, blockQuotes), speakerName);
    const actions = (
      <span className="block-actions">
        <CopyButton label={`Copy link to ${noun}`} text={() => blockUrl(index)}>
          <LinkIcon />
        </CopyButton>
        {blockQuotes.map((quote) => (
          <CiteButton
            key={quote.id}
            label={`Cite ${quote.kind === 'indirect' ? 'reported speech of' : 'quote by'} ${speakerName(quote) ?? 'an unnamed speaker'}`}
            article={{ ...citedArticle, readoutUrl: blockUrl(index) }}
            quote={{ speaker: speakerName(quote) ?? 'Unnamed speaker', words: quote.text, kind: quote.kind }}
          >
            <QuoteIcon />
          </CiteButton>
        ))}
        {blockQuotes.length > 0 && (
          <Suspense fallback={null}>
            {blockQuotes.map((quote) => (
              <ChangeSpeaker key={`speaker-${quote.id}`} quote={quote} summary={summary} people={allPeople} speakerName={speakerName(quote)} />
            ))}
          </Suspense>
        )}
        {!restored && (
          <Suspense fallback={null}>
            <MarkNotText summary={summary} file={file} block={block} label={noun} />
          </Suspense>
        )}
      </span>
    );
    const restoredNote = restored && (
      <p className="block-note muted">
        Restored by you from text Readout had cut; its quotes and figures are read when the pages are built again with the exported sidecar.{' '}
        <Suspense fallback={null}>
          <UndoMark summary={summary} start={restored.start} label="Cut it again" name={`Cut ${noun} again`} />
        </Suspense>
      </p>
    );
    // Below the text, outside .block-text, so copying the paragraph copies the page's words only.
    const echoes = blockQuotes
      .filter((quote) => quote.sameWordsIn.length > 0)
      .map((quote) => <SameWordsNote key={`echo-${quote.id}`} quote={quote} articlesById={articlesById} ownOutlet={summary.publisher} />);
    const common = { id: `b${index}`, tabIndex: -1, className: 'block' };
    if (block.type === 'heading') {
      return (
        <div key={index} {...common}>
          <h2 className="block-heading">{content}</h2>
          {actions}
          {echoes}
          {restoredNote}
        </div>
      );
    }
    if (block.type === 'list-item') {
      return (
        <li key={index} {...common}>
          <span className="block-text">{content}</span>
          {actions}
          {echoes}
          {restoredNote}
        </li>
      );
    }
    return (
      <div key={index} {...common}>
        <p className="block-text">{content}</p>
        {actions}
        {echoes}
        {restoredNote}
      </div>
    );
  }

  function speakerName(quote: Quote): string | null {
    return quote.speakerId ? (names.get(quote.speakerId) ?? quote.speakerId) : null;
  }

  return (
    <div className="reader-body" ref={body} onCopy={copyArticleText}>
      {groupBlocks(article.blocks, article.titleBlock).map((group) =>
        group.kind === 'single' ? (
          renderBlock(group.index, article.blocks[group.index]!)
        ) : (
          <ul key={`list-${group.indexes[0]}`} className="block-list">
            {group.indexes.map((i) => renderBlock(i, article.blocks[i]!))}
          </ul>
        ),
      )}
      {article.blocks.length === 0 && <p>The pipeline kept no text from this page. Use “View source” to see what was there.</p>}
    </div>
  );
}
