import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useNavigationType } from 'react-router';
import { SEARCH_SHORTCUT_ATTRIBUTE } from '#src/lib/search-shortcut.ts';
import { paths } from '#src/config/paths.ts';
import { holdDrop } from '#src/features/my-pages/pending-drop.ts';

/** Inputs that want "/" as a character, not as the search shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** After a move to another view, start the keyboard and screen reader at its content, not at a link that is gone. */
function useFocusOnNavigation() {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A #bN link focuses its block itself, and a view may focus its own field (the "/" shortcut).
    const main = document.getElementById('main');
    if (!hash && main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    // Back and Forward keep the browser's own scroll restoration; a new view starts at the top.
    if (!hash && navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, hash, navigationType]);
}

/** Moves focus to a landmark without adding `#main` to the address, which is shared as the view's state. */
function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return;
        event.preventDefault();
        element.focus();
        element.scrollIntoView?.({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}

/**
 * Files dragged over any view can be dropped there: they go to My pages and are added (My pages, when
 * open, takes them at once). Its own drop zone handles its drops itself.
 */
function useDropAnywhere(): boolean {
  const navigate = useNavigate();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event) || (event.target instanceof Element && event.target.closest('.drop-zone'))) return;
      event.preventDefault();
      setDragging(true);
      // dragover repeats while the pointer moves or rests over the page; when it stops, the drag has left.
      clearTimeout(timer);
      timer = setTimeout(() => setDragging(false), 300);
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event) || !event.dataTransfer || (event.target instanceof Element && event.target.closest('.drop-zone'))) return;
      event.preventDefault();
      clearTimeout(timer);
      setDragging(false);
      holdDrop(event.dataTransfer);
      void navigate(paths.myPages.href());
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [navigate]);
  return dragging;
}

export function Shell() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useFocusOnNavigation();
  const dragging = useDropAnywhere();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      const target = document.querySelector<HTMLElement>(`[${SEARCH_SHORTCUT_ATTRIBUTE}]`);
      if (target) target.focus();
      else void navigate(paths.articles.href(), { state: { focusSearch: true } });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  return (
    <>
      {/* Mounted empty, so screen readers announce the text when a drag brings it. */}
      <div className={dragging ? 'drop-anywhere' : 'visually-hidden'} role="status">
        {dragging ? 'Drop to add these pages to My pages' : ''}
      </div>
      <SkipLink target="main">Skip to content</SkipLink>
      {/* On the list, 18 tab stops of filters stand between the top and the first article. */}
      {pathname === paths.articles.pattern && <SkipLink target="results">Skip to results</SkipLink>}
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to={paths.articles.href()} className="brand">
            Readout
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                {/* An open article belongs to the Articles section too, though "/" is not its page. */}
                <NavLink to={paths.articles.href()} end className={({ isActive }) => (isActive || pathname.startsWith('/articles/') ? 'nav-active' : undefined)}>
                  Articles
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.people.href()} className={({ isActive }) => (isActive ? 'nav-active' : undefined)}>
                  People
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.quotes.href()} className={({ isActive }) => (isActive ? 'nav-active' : undefined)}>
                  Quotes
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.charts.href()} className={({ isActive }) => (isActive ? 'nav-active' : undefined)}>
                  Charts
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.myPages.href()} className={({ isActive }) => (isActive ? 'nav-active' : undefined)}>
                  My pages
                </NavLink>
              </li>
            </ul>
          </nav>
          <p className="shortcut-hint" aria-hidden="true">
            Press <kbd>/</kbd> to search
          </p>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Readout — news pages read closely: who said what, when, and where it came from.</p>
      </footer>
    </>
  );
}
