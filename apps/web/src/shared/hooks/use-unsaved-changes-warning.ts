import { useEffect, useRef } from 'react';

/**
 * While `dirty`, leaving asks first: closing or reloading the tab gets the browser's own prompt (beforeunload),
 * and following an in-app link asks `message` (the app uses BrowserRouter, which has no navigation blocker, so
 * link clicks are caught in the capture phase before the router sees them).
 */
export function useUnsavedChangesWarning(dirty: boolean, message: string): void {
  const state = useRef({ dirty, message });
  useEffect(() => {
    state.current = { dirty, message };
  }, [dirty, message]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!state.current.dirty) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!state.current.dirty || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.hash !== ''))
        return;
      if (!window.confirm(state.current.message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
}
