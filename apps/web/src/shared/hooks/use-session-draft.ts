import { useCallback, useEffect, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? initial : (JSON.parse(raw) as T);
  } catch {
    return initial;
  }
}

/**
 * Form state kept in sessionStorage under `key`, so Back (or a reload) brings back what was typed or pasted in
 * this tab. `clear()` forgets it (call after the form's work is done). Storage full or blocked: memory only.
 */
export function useSessionDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Over the storage quota (a very long paste): the text stays on screen, only Back cannot restore it.
    }
  }, [key, value]);
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
  }, [key]);
  return [value, setValue, clear];
}
