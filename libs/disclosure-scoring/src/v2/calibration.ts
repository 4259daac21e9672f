import type { Grade } from '../lib/types';
import { CALIBRATION_TABLE } from './calibration-table';
import type { Calibration, OrdinaryCalibration } from './types-v2';

/** One score band of the calibration table: how people rated the calibration set's texts that scored in it. */
export interface CalibrationBand {
  readonly grade: Grade;
  /** Inclusive score range. */
  readonly min: number;
  readonly max: number;
  readonly n: number;
  readonly strong: number;
  readonly medium: number;
  readonly weak: number;
}

export interface CalibrationTable {
  /** Which rated set, which scorer version, when. */
  readonly source: string;
  readonly bands: readonly CalibrationBand[];
  /**
   * The same bands (same grades and ranges) counted on everyday disclosures, most of them weak (since v2.45): the
   * calibration set was collected to include strong examples, and a band's share of strong texts depends on how
   * common they are.
   */
  readonly ordinary?: { readonly source: string; readonly bands: readonly CalibrationBand[] };
}

/** 95 % Wilson score interval for k successes out of n. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function bandFor(score: number, table: CalibrationTable = CALIBRATION_TABLE): CalibrationBand {
  const bands = table.bands;
  for (const b of bands) if (score >= b.min && score <= b.max) return b;
  const last = bands[bands.length - 1];
  if (!last) throw new Error('Empty calibration table');
  return score < (bands[0]?.min ?? 0) ? (bands[0] ?? last) : last;
}

/** The meaning of a score: how often people rated the calibration set's texts at this score as strong (table.source says which). */
export function calibrationFor(score: number, table: CalibrationTable = CALIBRATION_TABLE): Calibration {
  const b = bandFor(score, table);
  const strongRate = b.n === 0 ? 0 : b.strong / b.n;
  const weakRate = b.n === 0 ? 0 : b.weak / b.n;
  const [lo, hi] = wilson(b.strong, b.n);
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  return {
    band: `${b.min}-${b.max}`,
    n: b.n,
    strongRate: round3(strongRate),
    weakRate: round3(weakRate),
    interval: [round3(lo), round3(hi)],
    source: table.source,
    ...ordinaryFor(b, table),
    meaning: {
      ja: `この得点帯（${b.min}〜${b.max}）の評価用テキスト${b.n}件のうち、人の評価で「強い」とされたのは${b.strong}件（${pct(strongRate)}、95%区間 ${pct(lo)}〜${pct(hi)}）、「中程度」は${b.medium}件、「弱い」は${b.weak}件でした。`,
      en: `Of ${b.n} rated texts in this score band (${b.min}-${b.max}), people rated ${b.strong} strong (${pct(strongRate)}, 95% interval ${pct(lo)}-${pct(hi)}), ${b.medium} medium and ${b.weak} weak.`,
    },
  };
}

/** The band's counts on the everyday set, when the table has one. */
function ordinaryFor(b: CalibrationBand, table: CalibrationTable): { ordinary?: OrdinaryCalibration } {
  const o = table.ordinary?.bands.find((x) => x.grade === b.grade && x.min === b.min && x.max === b.max);
  if (!table.ordinary || !o) return {};
  return {
    ordinary: {
      n: o.n,
      strongRate: round3(o.n === 0 ? 0 : o.strong / o.n),
      weakRate: round3(o.n === 0 ? 0 : o.weak / o.n),
      source: table.ordinary.source,
    },
  };
}
