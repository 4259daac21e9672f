import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Navigation state a page may pass to stay where it is (e.g. swapping the two sides of a comparison). */
export interface KeepPlaceState {
  keepPlace: true;
}

/** How long a new page may take (its chunk, its data) to show the heading that is to take focus. */
const HEADING_WAIT_MS = 10_000;

function keepsPlace(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Partial<KeepPlaceState>).keepPlace === true;
}

/**
 * Where the user lands on a new page (another pathname), for every route at once:
 *
 * - A link or a form that sends the user on (push or replace) starts at the top of the new page: the router keeps the
 *   window's scroll position otherwise, and a result opened from a long form showed its middle. Back and forward
 *   (pop) are left to the browser, which restores where the user was.
 * - Focus goes to the new page's main heading (`h1` in main), so a screen reader starts with its title: it is given
 *   `tabindex="-1"` and focused without scrolling. The page may still be loading (its chunk, its data): the heading is
 *   awaited, and a loading heading replaced by the loaded one hands focus on. A page that places focus itself (a
 *   question it was sent to) wins, and so does the user: once they press a key or click, nothing is moved.
 *   Redirects (replace before the user did anything, e.g. on first load) keep focus where it is, so the skip link
 *   stays the first stop.
 * - `state: { keepPlace: true }` keeps both scroll and focus (a swap of two sides on the same view).
 */
export function usePageLanding(mainRef: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const shownPath = useRef(location.pathname);
  const interacted = useRef(false);
  // Where focus was when the new page was committed, before any page's effect ran (layout effects run before all
  // passive effects): focus that moved inside main after that was put there by the page.
  const focusAtCommit = useRef<Element | null>(null);
  useLayoutEffect(() => {
    focusAtCommit.current = document.activeElement;
  }, [location.pathname]);

  useEffect(() => {
    const seen = () => {
      interacted.current = true;
    };
    document.addEventListener('pointerdown', seen, true);
    document.addEventListener('keydown', seen, true);
    return () => {
      document.removeEventListener('pointerdown', seen, true);
      document.removeEventListener('keydown', seen, true);
    };
  }, []);

  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    const main = mainRef.current;
    if (!main || keepsPlace(location.state)) return;
    // A page that already put focus inside itself (it was sent to a question) has placed the user: leave it.
    const before = focusAtCommit.current;
    const placedByPage = () => {
      const active = document.activeElement;
      return active !== null && active !== before && active !== main && main.contains(active) && !active.matches('h1');
    };
    if (navigationType !== 'POP' && !placedByPage()) window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    if (navigationType === 'REPLACE' && !interacted.current) return;
    return focusHeadingWhenShown(main, placedByPage);
  }, [location.pathname, location.state, navigationType, mainRef]);
}

/**
 * Focuses the `h1` in `main` now or as soon as it appears; keeps handing focus to a replacing `h1` while focus has not
 * gone anywhere else. Stops after HEADING_WAIT_MS, on the user's first key or click, or on the returned cleanup.
 */
function focusHeadingWhenShown(main: HTMLElement, placedByPage: () => boolean): () => void {
  let focused: HTMLElement | null = null;
  // Focus is still where this hook put it: on main, on the heading it focused, or lost with that heading.
  const ours = () => {
    const active = document.activeElement;
    return active === null || active === document.body || active === main || active === focused;
  };
  const tryFocus = () => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading || heading === focused || placedByPage() || !ours()) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    focused = heading;
  };
  const observer = new MutationObserver(tryFocus);
  observer.observe(main, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    document.removeEventListener('pointerdown', stop, true);
    document.removeEventListener('keydown', stop, true);
  };
  const timer = window.setTimeout(stop, HEADING_WAIT_MS);
  document.addEventListener('pointerdown', stop, true);
  document.addEventListener('keydown', stop, true);
  // Until the page shows its heading, main holds focus (as before): a screen reader is at least on the new page.
  if (placedByPage()) return stop;
  main.focus({ preventScroll: true });
  tryFocus();
  return stop;
}
