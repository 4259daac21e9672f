import type { TFunction } from 'i18next';

// The scorer writes its calibration source as "analysts: 300 rated texts, sets 75-104, 2026-12-04"
// (eval/analyst-calibration.ts; since v2.45) or, before, "dev: 173 rated texts, 2026-12-02" (eval/run-eval.ts);
// stored results keep that string, so it is read here rather than shown as is.
const ANALYSTS = /^analysts: (\d+) rated texts, sets (\d+)-(\d+), (\d{4}-\d{2}-\d{2})$/;
const DEVELOPMENT = /^dev: (\d+) rated texts, (\d{4}-\d{2}-\d{2})$/;

/** Where the score's meaning comes from, in the UI language; an unknown form is shown unchanged. */
export function calibrationSourceText(source: string, t: TFunction): string {
  const analysts = ANALYSTS.exec(source);
  if (analysts)
    return t('disclosures.judgement.calibrationSourceAnalysts', { count: Number(analysts[1]), date: analysts[4] });
  const dev = DEVELOPMENT.exec(source);
  if (dev) return t('disclosures.judgement.calibrationSourceDev', { count: Number(dev[1]), date: dev[2] });
  return source;
}
