import { useCallback, useSyncExternalStore } from 'react';

/** Phones, as the stylesheets mean them (`@media (max-width: 40rem)`). */
export const NARROW_SCREEN = '(max-width: 40rem)';

/**
 * Whether a CSS media query matches now, kept up to date as the window changes. False where the browser (or jsdom)
 * has no matchMedia, so a page renders as on a wide screen.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      if (!list) return () => undefined;
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
