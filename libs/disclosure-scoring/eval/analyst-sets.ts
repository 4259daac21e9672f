/** Reading the analysts' double-rated sets (analyst-walk/passages-N.jsonl with rater2-set-N.jsonl beside it). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ANALYST_DIR = join(__dirname, 'analyst-walk');

type Features = Record<string, boolean>;

/** A passage as its collector wrote it (label, rank, features) and the second analyst's rating of it. */
export interface DoubleRated {
  readonly id: string;
  readonly language: 'ja' | 'en';
  readonly docType: string;
  readonly company: string;
  readonly text: string;
  readonly label: string;
  readonly features: Features;
  readonly second: { readonly label: string; readonly features: Features };
}

/** The passages of set n that a second analyst rated, in file order; none when the set or its second rating is missing. */
export function doubleRatedSet(n: number): DoubleRated[] {
  const pf = join(ANALYST_DIR, `passages-${n}.jsonl`);
  const rf = join(ANALYST_DIR, `rater2-set-${n}.jsonl`);
  if (!existsSync(pf) || !existsSync(rf)) return [];
  const second = new Map(
    readFileSync(rf, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; label: string; features: Features })
      .map((o) => [o.id, { label: o.label, features: o.features }] as const),
  );
  return readFileSync(pf, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Omit<DoubleRated, 'second'>)
    .flatMap((p) => {
      const s = second.get(p.id);
      return s ? [{ ...p, second: s }] : [];
    });
}

/**
 * A filter that passes each passage text the first time it is seen: two collectors working at the same time once took
 * the same passage (w180-04 in set 174 = w183-05 in set 177), and a text read twice would weigh twice in training and
 * count twice in the calibration.
 */
export function firstTimeOnly(): (p: { readonly text: string }) => boolean {
  const seen = new Set<string>();
  return (p) => {
    const key = p.text.trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
