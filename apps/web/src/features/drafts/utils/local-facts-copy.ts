import type { FactsFormState } from './facts-form-state';

/** Unsaved company facts kept in this browser (localStorage), tied to the version they were edited from. */
interface LocalFactsCopy {
  baseVersion: number;
  state: FactsFormState;
}

const keyOf = (orgId: string) => `ipgn.company-facts.${orgId}`;

/** The copy, only when nobody has saved since it was made (else restoring it would overwrite their work). */
export function readLocalFactsCopy(orgId: string, currentVersion: number): FactsFormState | null {
  try {
    const raw = localStorage.getItem(keyOf(orgId));
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalFactsCopy;
    return copy.baseVersion === currentVersion && typeof copy.state === 'object' && copy.state !== null
      ? copy.state
      : null;
  } catch {
    return null;
  }
}

export function writeLocalFactsCopy(orgId: string, baseVersion: number, state: FactsFormState): void {
  try {
    localStorage.setItem(keyOf(orgId), JSON.stringify({ baseVersion, state } satisfies LocalFactsCopy));
  } catch {
    // Storage full or blocked: the leave warning still protects the typing.
  }
}

export function clearLocalFactsCopy(orgId: string): void {
  try {
    localStorage.removeItem(keyOf(orgId));
  } catch {
    // Nothing stored.
  }
}
