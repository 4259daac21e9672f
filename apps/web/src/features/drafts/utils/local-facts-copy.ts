/**
 * Unsaved company facts kept in this browser (localStorage), tied to the version they were edited from. The facts
 * page has two forms, each with its own copy: the listed-company facts (`listed`) and the SME one-pager's (`sme`).
 */
export type FactsCopyPart = 'listed' | 'sme';

interface LocalFactsCopy<T> {
  baseVersion: number;
  state: T;
}

// The listed form's key predates the SME copy: kept, so a copy stored before this change still comes back.
const keyOf = (orgId: string, part: FactsCopyPart) =>
  part === 'listed' ? `ipgn.company-facts.${orgId}` : `ipgn.company-facts.${orgId}.${part}`;

/** The copy, only when nobody has saved since it was made (else restoring it would overwrite their work). */
export function readLocalFactsCopy<T extends object>(
  orgId: string,
  currentVersion: number,
  part: FactsCopyPart,
): T | null {
  try {
    const raw = localStorage.getItem(keyOf(orgId, part));
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalFactsCopy<T>;
    return copy.baseVersion === currentVersion && typeof copy.state === 'object' && copy.state !== null
      ? copy.state
      : null;
  } catch {
    return null;
  }
}

export function writeLocalFactsCopy<T extends object>(
  orgId: string,
  baseVersion: number,
  state: T,
  part: FactsCopyPart,
): void {
  try {
    localStorage.setItem(keyOf(orgId, part), JSON.stringify({ baseVersion, state } satisfies LocalFactsCopy<T>));
  } catch {
    // Storage full or blocked: the leave warning still protects the typing.
  }
}

export function clearLocalFactsCopy(orgId: string, part: FactsCopyPart): void {
  try {
    localStorage.removeItem(keyOf(orgId, part));
  } catch {
    // Nothing stored.
  }
}
