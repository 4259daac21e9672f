import type { TFunction } from 'i18next';

// The scorer writes its calibration source as "dev: 173 rated texts, 2026-12-02" (eval/run-eval.ts); stored
// results keep that string, so it is read here rather than shown as is.
const GENERATED = /^dev: (\d+) rated texts, (\d{4}-\d{2}-\d{2})$/;

/** Where the score's meaning comes from, in the UI language; an unknown form is shown unchanged. */
export function calibrationSourceText(source: string, t: TFunction): string {
  const match = GENERATED.exec(source);
  if (!match) return source;
  return t('disclosures.judgement.calibrationSourceDev', { count: Number(match[1]), date: match[2] });
}
