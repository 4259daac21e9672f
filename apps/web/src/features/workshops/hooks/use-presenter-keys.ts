import { useEffect, useRef } from 'react';

export interface PresenterKeyActions {
  next: () => void;
  previous: () => void;
  toggleResults: () => void;
  toggleLock: () => void;
  toggleHeatMap: () => void;
  fullScreen: () => void;
}

/**
 * The presenter's keys, as in slide software: → or Space next, ← previous, R results, L lock, H heat map,
 * F full screen. Ignored while typing in a field or with a modifier held (browser shortcuts keep working).
 */
export function usePresenterKeys(actions: PresenterKeyActions): void {
  const current = useRef(actions);
  current.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const a = current.current;
      const byKey: Record<string, (() => void) | undefined> = {
        ArrowRight: a.next,
        ' ': a.next,
        ArrowLeft: a.previous,
        r: a.toggleResults,
        R: a.toggleResults,
        l: a.toggleLock,
        L: a.toggleLock,
        h: a.toggleHeatMap,
        H: a.toggleHeatMap,
        f: a.fullScreen,
        F: a.fullScreen,
      };
      const action = byKey[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, []);
}
