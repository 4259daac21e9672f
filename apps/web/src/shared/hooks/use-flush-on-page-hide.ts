import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `flush` when the page is about to go away or be hidden (reload, Back, closing the tab, switching apps on
 * a phone), so a change still waiting in a debounce is sent (with fetch `keepalive`) instead of lost.
 * `pagehide` is the last event a page reliably gets; `visibilitychange` to hidden covers mobile browsers that
 * discard a background tab without one.
 */
export function useFlushOnPageHide(flush: () => void): void {
  const latest = useRef(flush);
  useLayoutEffect(() => {
    latest.current = flush;
  });
  useEffect(() => {
    const onPageHide = () => latest.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') latest.current();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
